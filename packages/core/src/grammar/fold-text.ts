/**
 * Invisible format characters (Unicode category Cf): zero-width space, joiner and non-joiner,
 * LRM/RLM, bidi embeddings, overrides and isolates, the BOM, the soft hyphen. Phones and
 * copy-paste insert them unseen; they would split a keyword or make two spellings of one name.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Any UTF-16 unit above ASCII (surrogates included, as the pattern has no `u` flag). */
const NON_ASCII = /[\u0080-\uffff]/;

/** True when every character is ASCII: such text has no format character and NFKC leaves it as it is. */
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);

/**
 * Folds text before it is read: format characters removed, then Unicode NFKC, which turns
 * full-width `＃` and `ＪＯＳＥ` and other compatibility forms into plain `#` and `JOSE`.
 * Removed first so that `e`, a zero-width space and a combining accent still compose to `é`;
 * removed again since NFKC may bring one back. Idempotent; never throws, lone surrogates included.
 */
export function foldText(text: string): string {
  if (isAscii(text)) return text;
  return text.replace(FORMAT_CHARACTERS, '').normalize('NFKC').replace(FORMAT_CHARACTERS, '');
}
