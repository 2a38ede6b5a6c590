import type { WorkLeases } from '@antrean/core';
import type { Run } from './desk-backplane';

/** A lease's holder and the instant it ends. */
export interface HeldLease {
  readonly holder: string;
  readonly until: Date;
}

/**
 * Work leases in this process's memory. Each call checks and writes synchronously, so two
 * callers in the process can never both take a lease.
 */
export const memoryLeases = (leases: Map<string, HeldLease>, run: Run): WorkLeases => ({
  acquireLease: ({ name, holder, now, until }) =>
    run('acquireLease', () => {
      const held = leases.get(name);
      // A lease that ended at or before `now` is free: `until <= now` never counts as held.
      const free = !held || held.holder === holder || held.until.getTime() <= now.getTime();
      if (free) leases.set(name, { holder, until: new Date(until) });
      return free;
    }),
  releaseLease: ({ name, holder }) =>
    run('releaseLease', () => {
      if (leases.get(name)?.holder === holder) leases.delete(name);
    }),
});
