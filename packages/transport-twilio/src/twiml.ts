const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Characters XML 1.0 cannot carry at all, even escaped (control characters other than tab and
 * line breaks, lone surrogates, U+FFFE and U+FFFF; C1 controls too, which nothing should show).
 * Twilio would refuse the whole document.
 */
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu;

/** `text` safe inside an XML element: markup escaped, characters XML forbids removed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The TwiML answering a message: one `<Message>` with `text`, or `<Response/>` when it is empty. */
export function twimlReply(text: string): string {
  const escaped = escapeXml(text);
  if (escaped === '') return `${DECLARATION}<Response/>`;
  return `${DECLARATION}<Response><Message>${escaped}</Message></Response>`;
}

/** A TwiML response with Twilio's content type. */
export function twimlResponse(text: string, status = 200): Response {
  return new Response(twimlReply(text), { status, headers: { 'content-type': 'text/xml; charset=utf-8' } });
}
