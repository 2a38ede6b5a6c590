/** Types of office-time.js, for the unit test that compares it with the core. */

/** Sets the office's IANA zone. */
export declare function useOfficeZone(zone: unknown): void;
/** The office's IANA zone. */
export declare function officeTimeZone(): string;
/** The office's date at `instant` as `YYYY-MM-DD`. */
export declare function officeDateOf(instant: Date): string;
/** `instant` as a datetime-local value on the office's clock. */
export declare function officeInputValue(instant: Date): string;
/** The instant an office wall-clock value names; undefined when unreadable. */
export declare function instantOfOfficeInput(value: unknown): Date | undefined;
