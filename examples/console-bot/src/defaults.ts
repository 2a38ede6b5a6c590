/** Sender used when `--from` is absent: a plausible Indonesian mobile number. */
export const DEFAULT_SENDER = '081234567890';

/** Where bookings are kept when `--db` is absent, relative to the working directory. */
export const DEFAULT_DB = 'data/antrean.sqlite';
