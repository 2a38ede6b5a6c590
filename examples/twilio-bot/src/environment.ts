import { hostEnvironment, optionalText, requiredText } from '@antrean/bot-host';

const isHttpUrl = (value: string): boolean => /^https?:\/\//.test(value) && URL.canParse(value);

/** Every variable the Twilio bot reads, checked at start (docs: the root README). */
export const twilioEnvironment = {
  ...hostEnvironment,
  /** The account's Auth Token: the key of `X-Twilio-Signature`. */
  TWILIO_AUTH_TOKEN: requiredText(),
  /**
   * The webhook URL exactly as typed into Twilio's console (what Twilio signs), e.g.
   * `https://bot.example.org/twilio`: behind a proxy the request's own URL differs.
   */
  TWILIO_PUBLIC_URL: requiredText().refine(isHttpUrl, { error: 'must be an http:// or https:// URL' }),
  /** The account SID (`AC…`), only for messages sent outside a webhook reply. */
  TWILIO_ACCOUNT_SID: optionalText().refine(
    (value) => value === undefined || /^AC[0-9a-fA-F]{32}$/.test(value),
    {
      error: 'must be AC followed by 32 hexadecimal digits',
    },
  ),
  /** The receiving number (`To`, E.164) of the office; required unless ANTREAN_OFFICE_CONFIG lists numbers. */
  TWILIO_NUMBER: optionalText(),
};
