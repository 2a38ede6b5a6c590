/** The channel of every message typed at the terminal: part of the deduplication key. */
export const CHANNEL = 'console';

/** The largest body the web-standard handler reads: far more than anyone types. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
