import { backplaneStatements, deskStatements } from './schema-desk';
import { ledgerStatements } from './schema-ledger';

/** One schema change: applied once, in version order, recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements (MySQL commits DDL as it runs: each is written to be safe to run again). */
  /** The statements, for the server's no-pad binary utf8mb4 collation. */
  readonly statements: (collation: string) => readonly string[];
}

/**
 * The schema's history. Append new steps; never edit or remove an applied one, because replicas
 * that already ran it will not run it again.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'bookings, slot counters, messages with the reply outbox, number bindings',
    statements: ledgerStatements,
  },
  {
    version: 2,
    name: 'desk: queue tickets, ticket days and the append-only audit log',
    statements: deskStatements,
  },
  {
    version: 3,
    name: 'desk backplane: revoked sessions and users, work leases',
    statements: backplaneStatements,
  },
];
