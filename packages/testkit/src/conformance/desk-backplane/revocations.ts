/**
 * Session revocations: a voided session stays void (to this store, another store on the same
 * data, and after a reopen); a user's revocation voids sessions issued at or before its instant,
 * the latest instant wins; a session nobody revoked is never reported revoked.
 */
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { skipReason } from '../store-maintenance/shared-database';
import { settled, skipNote } from '../support';
import { type BackplaneStore, backplaneOf, uniqueName } from './backplane-support';

/** The revocations one test makes, and what each store must answer about them. */
const scenario = () => {
  const user = uniqueName('user');
  const revoked = { sessionId: uniqueName('session'), userName: uniqueName('user'), issuedAt: NOW };
  const kept = { sessionId: uniqueName('session'), userName: revoked.userName, issuedAt: NOW };
  const session = (issuedAt: Date) => ({ sessionId: uniqueName('session'), userName: user, issuedAt });
  return {
    revoke: async (store: BackplaneStore) => {
      await settled(store.revokeSession({ sessionId: revoked.sessionId, expiresAt: later(NOW, 60) }));
      await settled(store.revokeUserSessions({ userName: user, before: later(NOW, 10) }));
      // An older instant arriving later must not shorten the newer revocation.
      await settled(store.revokeUserSessions({ userName: user, before: later(NOW, 5) }));
    },
    answers: async (store: BackplaneStore) =>
      Promise.all(
        [revoked, kept, session(later(NOW, 7)), session(later(NOW, 10)), session(later(NOW, 11))].map(
          (query) => settled(store.isSessionRevoked(query)),
        ),
      ),
  };
};

/** What `answers` gives after `revoke`: the voided session, not its sibling; issued ≤ +10 min void. */
const EXPECTED = [true, false, true, true, false];

/** Declares the revocation tests. */
export function revocationTests(context: SuiteContext): void {
  const { api, harness, options, replaceHarness, capabilities } = context;
  const { it, expect } = api;

  it('voids one session, and a user’s sessions issued at or before the latest instant', async () => {
    const store = backplaneOf(harness());
    const s = scenario();
    expect(await s.answers(store)).toEqual([false, false, false, false, false]);
    await s.revoke(store);
    expect(await s.answers(store)).toEqual(EXPECTED);
  });

  const shared = skipReason(context);
  it.skipIf(shared !== undefined)(
    `multiProcess: revocations made by one store are seen by another${skipNote(shared !== undefined, shared ?? '')}`,
    async () => {
      const first = harness();
      const second = await options.connectAnother!(first);
      try {
        const s = scenario();
        await s.revoke(backplaneOf(first));
        expect(await s.answers(backplaneOf(second))).toEqual(EXPECTED);
      } finally {
        await second.dispose();
      }
    },
  );

  const durable = !capabilities.durable
    ? 'store declares durable=false'
    : options.reopen
      ? undefined
      : 'no reopen() given to the suite';
  it.skipIf(durable !== undefined)(
    `durable: revocations survive reopen${skipNote(durable !== undefined, durable ?? '')}`,
    async () => {
      const s = scenario();
      await s.revoke(backplaneOf(harness()));
      const after = await options.reopen!(harness());
      replaceHarness(after);
      expect(await s.answers(backplaneOf(after))).toEqual(EXPECTED);
    },
  );
}
