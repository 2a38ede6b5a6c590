/**
 * The feed across processes (capability `multiProcess`): a row appended through one store is
 * read by another store on the same data, and wakes that store's watch within 1 s. Needs
 * `options.connectAnother`; otherwise reported as skipped with the reason in its name.
 */
import { waitUntil } from '../../wait-until';
import type { SuiteContext } from '../conformance-types';
import { fixtures } from '../fixtures';
import { skipReason } from '../store-maintenance/shared-database';
import { settled, skipNote } from '../support';
import { appendRows, backplaneOf, readOnWake } from './backplane-support';
import { WAKE_WITHIN_MS } from './feed';

/** Declares the two-stores feed test (skipped, saying why, when it cannot run). */
export function sharedFeedTests(context: SuiteContext): void {
  const { api, harness, options } = context;
  const { it, expect } = api;
  const reason = skipReason(context);
  const note = skipNote(reason !== undefined, reason ?? '');

  it.skipIf(reason !== undefined)(
    `multiProcess: a row appended by one store is read and wakes a watch at another${note}`,
    async () => {
      const first = harness();
      const second = await options.connectAnother!(first);
      const [a, b] = [backplaneOf(first), backplaneOf(second)];
      const f = fixtures();
      const watch = readOnWake(b, f.officeId);
      try {
        await appendRows(a, f.officeId, ['from a']);
        await waitUntil(
          'a wake-up at the other store that reads the row',
          () => watch.read().includes('from a'),
          {
            timeoutMs: WAKE_WITHIN_MS,
          },
        );
        const rows = await settled(b.auditAfter({ officeId: f.officeId, afterId: 0, limit: 10 }));
        expect(rows.map((row) => row.detail)).toEqual(['from a']);
        expect(await settled(b.latestAuditId(f.officeId))).toBe(rows[0]!.id);
        await appendRows(b, f.officeId, ['from b']);
        const later = await settled(a.auditAfter({ officeId: f.officeId, afterId: rows[0]!.id, limit: 10 }));
        expect(later.map((row) => row.detail)).toEqual(['from b']);
      } finally {
        watch.stop();
        await second.dispose();
      }
    },
  );
}
