/**
 * The randomized lease check: fast-check plans rounds in which several holders, each through one
 * of the stores, ask for one lease at the same instant, with releases between rounds. A model
 * says who may hold it; at any instant at most one holder does.
 */
import fc from 'fast-check';
import { later, NOW } from '../fixtures';
import { settled } from '../support';
import { type BackplaneStore, uniqueName } from './backplane-support';

const HOLDERS = ['p1', 'p2', 'p3', 'p4'] as const;

interface Round {
  /** Minutes since the previous round (time never runs back). */
  readonly step: number;
  /** Who asks in this round, and through which store. */
  readonly askers: readonly { readonly holder: number; readonly via: number }[];
  /** Minutes the lease is asked for. */
  readonly minutes: number;
  /** A holder that releases after the round, if any. */
  readonly releases?: number;
}

const roundArb = fc.record(
  {
    step: fc.integer({ min: 0, max: 6 }),
    askers: fc.uniqueArray(fc.record({ holder: fc.integer({ min: 0, max: 3 }), via: fc.nat(7) }), {
      minLength: 1,
      maxLength: 4,
      selector: (asker) => asker.holder,
    }),
    minutes: fc.integer({ min: 1, max: 5 }),
    releases: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ['step', 'askers', 'minutes'] },
);

/** Plays `rounds` against the stores and the model; throws, saying where, at the first disagreement. */
const play = async (stores: readonly BackplaneStore[], rounds: readonly Round[]): Promise<void> => {
  const name = uniqueName('lease');
  let now = NOW;
  let held: { holder: string; until: Date } | undefined;
  for (const [index, round] of rounds.entries()) {
    now = later(now, round.step);
    const until = later(now, round.minutes);
    const asks = round.askers.map(({ holder, via }) => ({ holder: HOLDERS[holder]!, via }));
    const got = await Promise.all(
      asks.map(({ holder, via }) =>
        settled(stores[via % stores.length]!.acquireLease({ name, holder, now, until })),
      ),
    );
    const winners = asks.filter((_, i) => got[i]).map((ask) => ask.holder);
    const live = held && held.until.getTime() > now.getTime() ? held.holder : undefined;
    const allowed = live === undefined ? asks.map((a) => a.holder) : [live];
    const wrong = winners.length > 1 || winners.some((w) => !allowed.includes(w));
    const freeButRefused = live === undefined && winners.length === 0;
    const kept = live !== undefined && asks.some((a) => a.holder === live) && winners.length === 0;
    if (wrong || freeButRefused || kept) {
      throw new Error(
        `round ${index} at +${(now.getTime() - NOW.getTime()) / 60_000} min: lease held by ${live ?? 'nobody'}, asked by ${asks.map((a) => a.holder).join(', ')}, granted to ${winners.join(', ') || 'nobody'}`,
      );
    }
    if (winners[0] !== undefined) held = { holder: winners[0], until };
    if (round.releases !== undefined) {
      const holder = HOLDERS[round.releases]!;
      await settled(stores[0]!.releaseLease({ name, holder }));
      if (held?.holder === holder) held = undefined;
    }
  }
};

/** The property over `stores` (one store, or two on one database): a fresh lease name per run. */
export const leaseProperty = (stores: () => readonly BackplaneStore[]): Promise<void> =>
  fc.assert(
    fc.asyncProperty(fc.array(roundArb, { minLength: 1, maxLength: 8 }), (rounds) => play(stores(), rounds)),
    { numRuns: 20 },
  );
