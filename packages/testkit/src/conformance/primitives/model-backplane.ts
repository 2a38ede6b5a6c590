import type { AuditEntry, DeskBackplane, StoreError } from '@antrean/core';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';

/** Answers `value()` as a result, or the store's error once closed or when it throws. */
type Answer = <T>(operation: string, value: () => T) => ResultAsync<T, StoreError>;

/**
 * The model store's desk backplane, kept as plainly as possible: the feed filters the model's
 * audit rows, a watch compares the row count every `pollMs`, revocations and leases are two maps.
 * One process only, like the model itself.
 */
export const modelBackplane = (audit: () => readonly AuditEntry[], closed: () => boolean): DeskBackplane => {
  const answer: Answer = (operation, value) => {
    if (closed())
      return errAsync({ type: 'StoreUnavailable', message: `model store is closed (${operation})` });
    try {
      return okAsync(value());
    } catch (cause) {
      return errAsync({ type: 'StoreUnavailable', message: `model ${operation} failed`, cause });
    }
  };
  const sessionsVoid = new Set<string>();
  const usersVoidBefore = new Map<string, number>();
  const leases = new Map<string, { holder: string; until: number }>();
  const ofOffice = (officeId: string) => audit().filter((row) => row.officeId === officeId);
  return {
    auditAfter: ({ officeId, afterId, limit }) =>
      answer('auditAfter', () =>
        ofOffice(officeId)
          .filter((row) => row.id > afterId)
          .slice(0, limit)
          .map((row) => ({ ...row, at: new Date(row.at) })),
      ),
    latestAuditId: (officeId) =>
      answer('latestAuditId', () => Math.max(0, ...ofOffice(officeId).map((r) => r.id))),
    watchDesk: (listener, options) => {
      let seen = audit().length;
      const timer = setInterval(() => {
        if (audit().length === seen) return;
        seen = audit().length;
        listener();
      }, options?.pollMs ?? 250);
      timer.unref();
      return () => clearInterval(timer);
    },
    revokeSession: ({ sessionId }) => answer('revokeSession', () => void sessionsVoid.add(sessionId)),
    revokeUserSessions: ({ userName, before }) =>
      answer('revokeUserSessions', () => {
        const latest = Math.max(usersVoidBefore.get(userName) ?? 0, before.getTime());
        usersVoidBefore.set(userName, latest);
      }),
    isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
      answer(
        'isSessionRevoked',
        () => sessionsVoid.has(sessionId) || issuedAt.getTime() <= (usersVoidBefore.get(userName) ?? -1),
      ),
    acquireLease: ({ name, holder, now, until }) =>
      answer('acquireLease', () => {
        const held = leases.get(name);
        if (held && held.holder !== holder && held.until > now.getTime()) return false;
        if (until.getTime() <= now.getTime()) return false;
        leases.set(name, { holder, until: until.getTime() });
        return true;
      }),
    releaseLease: ({ name, holder }) =>
      answer('releaseLease', () => {
        if (leases.get(name)?.holder === holder) leases.delete(name);
      }),
  };
};
