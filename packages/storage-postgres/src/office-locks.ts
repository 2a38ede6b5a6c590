import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';

// Transaction-scoped advisory locks keyed (schema, office), taken in the order of the array.
const LOCK_OFFICES = `SELECT pg_advisory_xact_lock(hashtext($1), hashtext(office))
  FROM unnest($2::text[]) WITH ORDINALITY AS locks(office, n) ORDER BY n`;

/**
 * Lock the offices a batch writes for, before any of its rows, in one global order (by name).
 * A batch holds every row lock it takes until it commits, and its members take them in the
 * order they arrived; without this, two processes' batches on one office would often lock the
 * same session counters in crossed order and deadlock (detected only after `deadlock_timeout`).
 * With it, batches for one office take turns and batches for different offices still overlap.
 */
export const lockOffices = async (
  client: ClientLike,
  schema: string,
  offices: ReadonlySet<string>,
): Promise<void> => {
  if (offices.size === 0) return;
  await runNamed(client, LOCK_OFFICES, [schema, [...offices].sort()]);
};
