/** Longest name the shortcut answers for; longer ones take the full path, which counts code points. */
const MAX_PLAIN_LENGTH = 60;

/**
 * The name `parseName` would return for `raw`, when `raw` is already plain: ASCII letters and
 * `'`, `-`, `.`, single spaces between, at least one letter, at most 60 characters. Such text
 * is left as it is by folding, NFKC, space collapsing and trimming, and passes every check, so
 * upper-casing is all there is to do. Undefined for anything else: the full path then decides.
 */
export function plainAsciiName(raw: string): string | undefined {
  const length = raw.length;
  if (length === 0 || length > MAX_PLAIN_LENGTH) return undefined;
  let letter = false;
  let previous = 32;
  for (let i = 0; i < length; i++) {
    const unit = raw.charCodeAt(i);
    const lower = unit | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) letter = true;
    else if (unit === 32 ? previous === 32 : unit !== 0x27 && unit !== 0x2d && unit !== 0x2e)
      return undefined;
    previous = unit;
  }
  return letter && previous !== 32 ? raw.toUpperCase() : undefined;
}
