import fc from 'fast-check';
import { bookingMessageArb } from './messages';
import { nearValidMessageArb } from './near-valid-messages';
import { indonesianMobileArb } from './office';

const loneSurrogateArb = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const controlArb = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((unit) => String.fromCharCode(unit));

/**
 * Pieces an attacker or a broken client puts into a message: NUL and other control characters,
 * lone surrogates, bidi overrides and isolates, zero-width characters, line breaks, a link to click.
 */
export const hostileFragmentArb: fc.Arbitrary<string> = fc.oneof(
  controlArb,
  loneSurrogateArb,
  fc.constantFrom(
    '\u0000',
    '\n',
    '\r\n',
    '\n\nKLIK bit.ly/x',
    '\u001b[31m',
    '\u202e',
    '\u202d',
    '\u2066',
    '\u2069',
    '\u200b',
    '\u200f',
    '\ufeff',
    '\u2028',
    '\ud83d',
    '\ude00',
    'https://evil.example/x',
  ),
);

/** `text` with `fragments` put in at the given positions. */
const insertAll = (text: string, fragments: readonly (readonly [number, string])[]): string =>
  fragments.reduce((out, [at, piece]) => {
    const cut = at % (out.length + 1);
    return out.slice(0, cut) + piece + out.slice(cut);
  }, text);

const baseTextArb = fc.oneof(
  bookingMessageArb,
  nearValidMessageArb,
  fc.constantFrom('#CEK#QA6Y-AU5H', '#BATAL#QA6Y-AU5H', '#HELP#', '#BUDI#25011987#02122026#x', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A booking message whose last field (echoed when unknown) carries hostile fragments. */
const hostileFieldArb = fc
  .tuple(
    fc.constantFrom('#BUDI#25011987#02122026#', '#BUDI#25011987#02122026#BARU#', 'BUDI#25011987#02122026#'),
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.array(fc.tuple(fc.nat(), hostileFragmentArb), { minLength: 1, maxLength: 4 }),
  )
  .map(([head, word, fragments]) => head + insertAll(word, fragments));

const anywhereArb = fc
  .record({
    base: baseTextArb,
    fragments: fc.array(fc.tuple(fc.nat(), hostileFragmentArb), { maxLength: 6 }),
    padding: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 900, max: 5000 })),
    padWith: hostileFragmentArb,
  })
  .map(({ base, fragments, padding, padWith }) => {
    const text = insertAll(base, fragments);
    return padding === 0 ? text : text + padWith.repeat(Math.ceil(padding / Math.max(1, padWith.length)));
  });

/**
 * A message text an applicant, a forwarder or an attacker might send: a real or near-real message
 * with hostile fragments put anywhere, often in the field some replies echo, sometimes padded to
 * several thousand characters.
 */
export const hostileMessageTextArb: fc.Arbitrary<string> = fc.oneof(anywhereArb, hostileFieldArb);

/**
 * A `from` as a provider might hand it: a real mobile number, one with hostile fragments, an
 * empty string, letters around digits, or thousands of characters of anything.
 */
export const hostileSenderArb: fc.Arbitrary<string> = fc.oneof(
  indonesianMobileArb,
  fc
    .tuple(
      indonesianMobileArb,
      fc.array(fc.tuple(fc.nat(), hostileFragmentArb), { minLength: 1, maxLength: 4 }),
    )
    .map(([phone, fragments]) => insertAll(phone, fragments)),
  fc.constantFrom('', 'x081299004406', '\u0000', 'whatsapp:+6281299004406'),
  fc.string({ unit: 'binary', minLength: 65, maxLength: 3000 }),
  fc
    .tuple(hostileFragmentArb, fc.integer({ min: 20, max: 2000 }))
    .map(([piece, times]) => piece.repeat(times)),
);
