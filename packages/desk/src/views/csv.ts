/** Characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a quote, comma or line break (quotes doubled), and a value
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is prefixed with `'` so it stays text.
 */
export const csvField = (value: string | number | undefined): string => {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV text with CRLF line ends (RFC 4180). */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string =>
  `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
