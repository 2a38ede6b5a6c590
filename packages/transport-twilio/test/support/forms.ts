import type { InboundMessage } from '@antrean/core';
import type { Fields } from './sign';

export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const OFFICE_NUMBER = '+14155238886';
export const APPLICANT = '+6281299004406';
export const RECEIVED_AT = new Date('2026-11-29T01:00:00Z');

/** The form of a WhatsApp message through Twilio, as its webhook posts it. */
export const whatsappForm = (sid: string, body: string, extra: Fields = []): Fields => [
  ['SmsMessageSid', sid],
  ['NumMedia', '0'],
  ['ProfileName', 'Siti'],
  ['MessageType', 'text'],
  ['SmsSid', sid],
  ['WaId', APPLICANT.slice(1)],
  ['SmsStatus', 'received'],
  ['Body', body],
  ['To', `whatsapp:${OFFICE_NUMBER}`],
  ['NumSegments', '1'],
  ['ReferralNumMedia', '0'],
  ['MessageSid', sid],
  ['AccountSid', ACCOUNT_SID],
  ['From', `whatsapp:${APPLICANT}`],
  ['ApiVersion', '2010-04-01'],
  ...extra,
];

/** The form of an SMS, as Twilio's webhook posts it. */
export const smsForm = (sid: string, body: string, extra: Fields = []): Fields => [
  ['ToCountry', 'US'],
  ['ToState', 'CA'],
  ['SmsMessageSid', sid],
  ['NumMedia', '0'],
  ['FromCountry', 'ID'],
  ['SmsSid', sid],
  ['SmsStatus', 'received'],
  ['Body', body],
  ['To', OFFICE_NUMBER],
  ['NumSegments', '1'],
  ['MessageSid', sid],
  ['AccountSid', ACCOUNT_SID],
  ['From', APPLICANT],
  ['ApiVersion', '2010-04-01'],
  ...extra,
];

/** The message the transport must read from such a form. */
export const inbound = (
  channel: 'twilio-whatsapp' | 'twilio-sms',
  messageId: string,
  text: string,
): InboundMessage => ({
  channel,
  messageId,
  from: APPLICANT,
  text,
  receivedAt: RECEIVED_AT,
});

/** `fields` with every value of `name` replaced by `value`. */
export const withField = (fields: Fields, name: string, value: string): Fields =>
  fields.map(([key, old]) => [key, key === name ? value : old] as const);
