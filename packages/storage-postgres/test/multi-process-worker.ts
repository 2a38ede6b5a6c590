/**
 * One booking process of the multi-process test, bundled by the test and run with plain `node`.
 * Reads its deliveries from the JSON file in ANTREAN_WORKER_INPUT, answers them through the real
 * booking service over the PostgreSQL store (ANTREAN_DB_URL, ANTREAN_DB_SCHEMA) a few at a time,
 * and prints one JSON line per answered delivery.
 */
import { readFileSync } from 'node:fs';
import { createBookingService, fixedClock, type InboundMessage, nanoidCodeGenerator } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import pg from 'pg';
import { multiProcessOffice, type WorkerInput } from './multi-process-plan';

const CONCURRENCY = 6;

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const input = JSON.parse(readFileSync(env('ANTREAN_WORKER_INPUT'), 'utf8')) as WorkerInput;
  const pool = new pg.Pool({ connectionString: env('ANTREAN_DB_URL'), max: CONCURRENCY });
  const store = (await createPostgresStore(pool, { schema: env('ANTREAN_DB_SCHEMA') }))._unsafeUnwrap();
  const service = createBookingService({
    office: multiProcessOffice,
    store,
    clock: fixedClock(new Date(input.now)),
    generateCode: nanoidCodeGenerator,
  })._unsafeUnwrap();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < input.messages.length) {
      const message = input.messages[next++]!;
      const inbound: InboundMessage = { ...message, receivedAt: new Date(input.now) };
      const handled = await service.handle(inbound);
      if (handled.isErr()) throw new Error(`${message.messageId}: ${handled.error.message}`);
      const { text, outcome, replayed } = handled.value;
      process.stdout.write(
        `${JSON.stringify({ messageId: message.messageId, text, kind: outcome.kind, replayed })}\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  await pool.end();
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
