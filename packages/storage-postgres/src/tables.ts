/** The store's fully qualified table names, for one schema. */
export interface Tables {
  readonly schema: string;
  /** The schema as a quoted identifier, e.g. `"antrean"`. */
  readonly quotedSchema: string;
  readonly migrations: string;
  readonly bookings: string;
  readonly slots: string;
  readonly messages: string;
  readonly bindings: string;
  /** The sequence outbox item ids are drawn from. */
  readonly deliveryIds: string;
  /** The desk's queue tickets. */
  readonly tickets: string;
  /** One row per office day with tickets: the lock that serialises its numbers and calls. */
  readonly ticketDays: string;
  /** The desk's append-only audit trail. */
  readonly audit: string;
  /** The trigger function refusing changes to the audit trail. */
  readonly auditGuard: string;
}

/** PostgreSQL truncates longer identifiers, which would silently put two stores in one schema. */
const MAX_IDENTIFIER_BYTES = 63;

/** Quote a name as an SQL identifier: any text is safe once inner quotes are doubled. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Why a schema name cannot be used, or undefined when it can. */
export const schemaNameProblem = (schema: string): string | undefined => {
  if (schema.length === 0) return 'the schema name is empty';
  if (schema.includes('\u0000')) return 'the schema name contains a NUL character';
  if (new TextEncoder().encode(schema).length > MAX_IDENTIFIER_BYTES) {
    return `the schema name is longer than ${MAX_IDENTIFIER_BYTES} bytes`;
  }
  return undefined;
};

/** Every table of the store, qualified with the (quoted) schema. */
export const tablesIn = (schema: string): Tables => {
  const quotedSchema = quoteIdentifier(schema);
  const table = (name: string) => `${quotedSchema}.${name}`;
  return {
    schema,
    quotedSchema,
    migrations: table('schema_migrations'),
    bookings: table('bookings'),
    slots: table('slots'),
    messages: table('messages'),
    bindings: table('bindings'),
    deliveryIds: table('delivery_ids'),
    tickets: table('queue_tickets'),
    ticketDays: table('ticket_days'),
    audit: table('audit_log'),
    auditGuard: table('audit_log_append_only'),
  };
};
