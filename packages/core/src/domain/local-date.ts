/** A calendar date in the office's time zone, as `YYYY-MM-DD`. */
export type LocalDate = string;

/** A wall-clock time in the office's time zone, as `HH:MM` (24-hour). */
export type LocalTime = string;

/** A phone number in E.164 form, e.g. `+6281299004406`. */
export type E164 = string;
