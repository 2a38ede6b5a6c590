/** The fewest digits a queue number shows: `A-001`. */
export const TICKET_DIGITS = 3;

/** A queue number as people see and hear it: series, dash, the sequence with at least three digits. */
export const formatTicketNumber = (series: string, sequence: number): string =>
  `${series}-${String(sequence).padStart(TICKET_DIGITS, '0')}`;

/** The series and sequence of a number `formatTicketNumber` wrote; undefined for anything else. */
export const parseTicketNumber = (
  number: string,
): { readonly series: string; readonly sequence: number } | undefined => {
  const dash = number.lastIndexOf('-');
  const digits = number.slice(dash + 1);
  if (dash < 1 || !/^\d{3,}$/.test(digits)) return undefined;
  const sequence = Number(digits);
  // A longer number never starts with 0, so each (series, sequence) has exactly one spelling.
  if (digits.length > TICKET_DIGITS && digits.startsWith('0')) return undefined;
  return { series: number.slice(0, dash), sequence };
};
