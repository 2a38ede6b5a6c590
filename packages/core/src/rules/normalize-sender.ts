import { isSupportedCountry, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { err, ok, Result } from 'neverthrow';
import type { E164 } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';

/** Spaces, dashes, dots and brackets people and providers put inside numbers. */
const SEPARATORS = /[\s\-.()\u2010-\u2015]/gu;
const WRITTEN_NUMBER = /^\+?\d{4,17}$/;

const parse = Result.fromThrowable(
  (text: string, country: string): PhoneNumber | undefined =>
    isSupportedCountry(country)
      ? parsePhoneNumberFromString(text, { defaultCountry: country })
      : parsePhoneNumberFromString(text),
  () => undefined,
);

const validNumber = (text: string, country: string): PhoneNumber | undefined => {
  const phone = parse(text, country).unwrapOr(undefined);
  return phone?.isValid() ? phone : undefined;
};

/**
 * Reads the number as written. Digits without `+` that do not start with the trunk `0` are first
 * read as international: WhatsApp gives `6281299004406`, and a foreign number such as
 * `821012345678` must not pass for an Indonesian `0821…` one.
 */
const readNumber = (compact: string, country: string): PhoneNumber | undefined => {
  if (compact.startsWith('+') || compact.startsWith('0')) return validNumber(compact, country);
  return validNumber(`+${compact}`, country) ?? validNumber(compact, country);
};

const notPersonal = (problem: 'notMobile' | 'otherCountry' | 'unreadable'): Rejection => ({
  type: 'NotPersonalNumber',
  problem,
});

/**
 * The sender's number in E.164, if it is a mobile number of `country` (a shared landline or a
 * foreign number cannot book). Accepts `0812…`, `+62…`, `62…`, with spaces or dashes. Never throws.
 */
export const normalizeSender = (raw: string, country: string): Result<E164, Rejection> => {
  const compact = typeof raw === 'string' ? raw.replace(SEPARATORS, '') : '';
  if (!WRITTEN_NUMBER.test(compact)) return err(notPersonal('unreadable'));
  const phone = readNumber(compact, country);
  if (!phone) return err(notPersonal('unreadable'));
  // A foreign number is told so apart from a landline: the fix differs (another SIM, not another phone).
  if (phone.country !== country) return err(notPersonal('otherCountry'));
  const type = phone.getType();
  const mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
  return mobile ? ok(phone.number) : err(notPersonal('notMobile'));
};
