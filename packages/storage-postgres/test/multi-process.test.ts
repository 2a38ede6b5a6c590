import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleScript } from './bundle-script';
import { multiProcessOffice, PLAN_NOW, planDeliveries } from './multi-process-plan';
import { openTestDatabase, queryIn } from './test-database';

/**
 * Issue 3, item 6: several Node processes book on one database at once, through the real booking
 * service, and the rows are then checked in SQL. Runs on PGlite too (its socket server takes many
 * connections, one transaction at a time), and against the real server when CI sets the URL.
 */
const db = await openTestDatabase();
const WORKERS = 4;
const APPLICANTS = 2000;
const PLACES = 3 * multiProcessOffice.sessions.reduce((sum, s) => sum + s.capacity, 0);

// Inside the package's node_modules so the bundle's `import 'pg'` resolves like the tests' own.
const workDir = fileURLToPath(
  new URL(`../node_modules/.cache/antrean-multi-process-${randomBytes(4).toString('hex')}/`, import.meta.url),
);
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await db.close();
});

interface Answer {
  messageId: string;
  text: string;
  kind: string;
  replayed: boolean;
}

const bundleWorker = (): Promise<string> =>
  bundleScript(new URL('./multi-process-worker.ts', import.meta.url), `${workDir}worker.mjs`);

const runWorker = (
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });

const rows = (sql: string) => queryIn(db.pool(1), sql);

describe('many processes, one database', () => {
  it(`${WORKERS} processes book ${APPLICANTS} applicants for ${PLACES} places, 10% of messages twice`, async () => {
    mkdirSync(workDir, { recursive: true });
    const schema = db.freshSchema();
    const script = await bundleWorker();
    const plans = planDeliveries(APPLICANTS, WORKERS);
    const runs = await Promise.all(
      plans.map((messages, w) => {
        const file = `${workDir}input-${w}.json`;
        writeFileSync(file, JSON.stringify({ now: PLAN_NOW, messages }));
        return runWorker(script, {
          ANTREAN_DB_URL: db.url,
          ANTREAN_DB_SCHEMA: schema,
          ANTREAN_WORKER_INPUT: file,
        });
      }),
    );
    for (const run of runs) expect(run.err, run.err).toBe('');
    expect(runs.map((r) => r.code)).toEqual(plans.map(() => 0));

    // Every delivery answered, and both deliveries of a message answered with the same text.
    const answers: Answer[] = runs.flatMap((r) =>
      r.out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Answer),
    );
    expect(answers).toHaveLength(plans.flat().length);
    const byMessage = new Map<string, Answer[]>();
    for (const answer of answers)
      byMessage.set(answer.messageId, [...(byMessage.get(answer.messageId) ?? []), answer]);
    expect(byMessage.size).toBe(APPLICANTS);
    const twice = [...byMessage.values()].filter((a) => a.length === 2);
    expect(twice).toHaveLength(APPLICANTS / 10);
    for (const [first, second] of twice) expect(second!.text).toBe(first!.text);
    const confirmed = [...byMessage.values()].filter((a) => a[0]!.kind === 'confirmed');
    expect(confirmed).toHaveLength(PLACES);

    const t = (name: string) => `"${schema}".${name}`;
    // No session over capacity, and the counters agree with the rows.
    const perSlot = await rows(
      `SELECT s.slot_id, s.held, count(b.code)::int AS booked FROM ${t('slots')} s
       LEFT JOIN ${t('bookings')} b ON b.office_id = s.office_id AND b.slot_id = s.slot_id
         AND b.status IN ('active', 'checked_in')
       GROUP BY s.slot_id, s.held ORDER BY s.slot_id`,
    );
    expect(perSlot).toHaveLength(6);
    for (const slot of perSlot) {
      expect(slot.booked).toBeLessThanOrEqual(50);
      expect(Number(slot.held)).toBe(slot.booked);
    }
    const total = await rows(`SELECT count(*)::int AS n FROM ${t('bookings')} WHERE status = 'active'`);
    expect(total[0]?.n).toBe(PLACES);
    // Every applicant at most one active booking; every message recorded once, with the text sent.
    expect(
      await rows(
        `SELECT applicant_key FROM ${t('bookings')} WHERE status = 'active' GROUP BY 1 HAVING count(*) > 1`,
      ),
    ).toEqual([]);
    const stored = await rows(`SELECT message_id, reply_text FROM ${t('messages')}`);
    expect(stored).toHaveLength(APPLICANTS);
    for (const { message_id, reply_text } of stored)
      expect(byMessage.get(message_id)?.[0]?.text).toBe(reply_text);
  }, 600_000);
});
