/** A form's fields in the order sent, repeated keys kept. */
export type FormFields = readonly (readonly [string, string])[];

/** A parsed form: its fields, and whether every byte and escape decoded as UTF-8. */
export interface ParsedForm {
  readonly fields: FormFields;
  /** False when some part was not UTF-8: its characters were replaced by U+FFFD in `fields`. */
  readonly wellFormed: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Bytes as UTF-8, with U+FFFD for what is not, and whether everything was. */
function decode(bytes: Uint8Array): { text: string; wellFormed: boolean } {
  try {
    return { text: strict.decode(bytes), wellFormed: true };
  } catch {
    return { text: lenient.decode(bytes), wellFormed: false };
  }
}

/** `%XX` escapes and `+` of one name or value, as bytes (a broken escape is kept as written). */
function unescapeBytes(part: string): Uint8Array {
  const bytes: number[] = [];
  const raw = new TextEncoder().encode(part.replaceAll('+', ' '));
  for (let index = 0; index < raw.length; index += 1) {
    const byte = raw[index]!;
    const hex = String.fromCharCode(raw[index + 1] ?? 0, raw[index + 2] ?? 0);
    if (byte === 0x25 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Reads an `application/x-www-form-urlencoded` body as the URL standard does (`&` separated,
 * `+` a space, `%XX` escapes), but notices bytes that are not UTF-8 instead of silently replacing
 * them: the signature is still checked over the replaced text, and the handler refuses to read on.
 */
export function parseForm(body: Uint8Array): ParsedForm {
  const whole = decode(body);
  let wellFormed = whole.wellFormed;
  const fields: (readonly [string, string])[] = [];
  for (const pair of whole.text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    const decodedName = decode(unescapeBytes(name));
    const decodedValue = decode(unescapeBytes(value));
    wellFormed &&= decodedName.wellFormed && decodedValue.wellFormed;
    fields.push([decodedName.text, decodedValue.text]);
  }
  return { fields, wellFormed };
}
