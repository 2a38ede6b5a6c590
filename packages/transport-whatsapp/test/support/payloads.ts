/** Builders of webhook payloads in Meta's documented shape, for tests. */

export const OFFICE_NUMBER_ID = '106540352242922';
export const OTHER_NUMBER_ID = '209871234567890';
export const APPLICANT = '6281299004406';
export const TIMESTAMP = '1749416383';

type Json = Record<string, unknown>;

/** One change of field `messages` for a business number. */
export const change = (phoneNumberId: string, value: { messages?: Json[]; statuses?: Json[] }): Json => ({
  field: 'messages',
  value: {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
    contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: APPLICANT }],
    ...value,
  },
});

/** The envelope around entries, each a list of changes. */
export const payload = (...entries: Json[][]): string =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: entries.map((changes, index) => ({ id: `10229012934039${index}`, changes })),
  });

/** A text message from the applicant. */
export const text = (id: string, body: string, from: string = APPLICANT): Json => ({
  from,
  id,
  timestamp: TIMESTAMP,
  type: 'text',
  text: { body },
});

/** A message of another kind (image, audio, location, reaction...) with its own member. */
export const ofType = (id: string, type: string, member: Json = {}): Json => ({
  from: APPLICANT,
  id,
  timestamp: TIMESTAMP,
  type,
  [type]: member,
});

/** A delivery report for a reply we sent. */
export const status = (id: string, state: string, errors?: Json[]): Json => ({
  id,
  status: state,
  timestamp: TIMESTAMP,
  recipient_id: APPLICANT,
  ...(errors ? { errors } : {}),
});

/** The message the transport must read from `text(id, body)`. */
export const inbound = (id: string, body: string, from: string = APPLICANT) => ({
  channel: 'whatsapp',
  messageId: id,
  from,
  text: body,
  receivedAt: new Date(Number(TIMESTAMP) * 1000),
});
