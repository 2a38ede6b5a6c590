import { normalizeSender } from '@antrean/core';

/** How `/from` takes its number, for the usage line. */
export const FROM_USAGE = '/from <phone>, e.g. /from 0812 3456 7890 or /from +62 812 3456 7890';

/** What `/from <text>` means: a number to send from (perhaps one the service refuses), or not a number. */
export type SenderReading =
  | { readonly type: 'Mobile'; readonly e164: string }
  | { readonly type: 'NotMobile'; readonly why: string }
  | { readonly type: 'NotANumber' };

/**
 * Reads a `/from` argument with the service's own rule. Landlines and foreign numbers are kept
 * (typing one is how to see the service refuse it); only text that is no phone number is refused.
 */
export function readSender(text: string, country: string): SenderReading {
  const number = normalizeSender(text, country);
  if (number.isOk()) return { type: 'Mobile', e164: number.value };
  const problem = number.error.type === 'NotPersonalNumber' ? number.error.problem : 'unreadable';
  if (problem === 'otherCountry') return { type: 'NotMobile', why: `a foreign number (not ${country})` };
  if (problem === 'notMobile') return { type: 'NotMobile', why: 'not a mobile number' };
  return { type: 'NotANumber' };
}
