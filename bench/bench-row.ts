/** One line of the benchmark table: how fast one store did one kind of work. */
export interface BenchRow {
  /** The store measured, e.g. `memory`, `sqlite (libsql)`. */
  store: string;
  /** Through the library, the same work as raw SQL, or a plain in-process baseline. */
  variant: 'library' | 'raw-sql' | 'baseline';
  bookings: number;
  seconds: number;
  perSecond: number;
}
