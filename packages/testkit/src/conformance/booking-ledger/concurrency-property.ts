/**
 * The randomized concurrency check: fast-check plans batches of reserve, cancel and check-in
 * calls (the clock moving forward between batches, so bookings lapse); each batch runs all at
 * once. After every batch the answers must fit the model (`concurrency-model.ts`), no session may
 * hold more than its capacity, the held counts of sessions still open must equal the model's, and
 * no applicant may have two active rows.
 */
import type { SessionSlot } from '@antrean/core';
import fc from 'fast-check';
import type { StoreHarness, SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  type Fixtures,
  fixtures,
  later,
  markInput,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { settled } from '../support';
import {
  applyBatch,
  batchProblems,
  type DoneCall,
  type ModelBooking,
  modelActive,
  modelCounts,
} from './concurrency-model';

type PlannedCall =
  | { kind: 'reserve'; applicant: number; phone: number }
  | { kind: 'cancel'; target: number; wrongPhone: boolean }
  | { kind: 'checkIn'; target: number };

const APPLICANTS = 6;
const callArb: fc.Arbitrary<PlannedCall> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('reserve' as const),
      applicant: fc.nat(APPLICANTS - 1),
      phone: fc.nat(1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      target: fc.nat(30),
      wrongPhone: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('checkIn' as const), target: fc.nat(30) }) },
);
const planArb = fc.record({
  capacities: fc.tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 3 }),
  ),
  batches: fc.array(
    fc.record({
      advanceMinutes: fc.constantFrom(0, 0, 15, 30, 60, 90),
      calls: fc.array(callArb, { minLength: 1, maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

interface Run {
  readonly f: Fixtures;
  readonly slots: readonly SessionSlot[];
  readonly people: readonly {
    applicantKey: string;
    applicant: ReturnType<Fixtures['applicant']>['applicant'];
    phones: string[];
  }[];
  readonly bookings: Map<string, ModelBooking>;
  readonly unknownCode: string;
}

const runCall = async (
  { store }: StoreHarness,
  run: Run,
  call: PlannedCall,
  known: readonly string[],
  now: Date,
): Promise<DoneCall> => {
  if (call.kind === 'reserve') {
    const person = run.people[call.applicant]!;
    const phone = person.phones[call.phone]!;
    const draft = newBooking(run.f, {
      applicant: person.applicant,
      applicantKey: person.applicantKey,
      phone,
    });
    const candidates = run.slots.filter((s) => s.checkInDeadline.getTime() > now.getTime());
    const result = await settled(store.reserve(reserveInput(draft, candidates, { now })));
    return {
      kind: 'reserve',
      applicantKey: person.applicantKey,
      phone,
      code: draft.code,
      candidates,
      result,
    };
  }
  const code = known[call.target % (known.length + 1)] ?? run.unknownCode;
  if (call.kind === 'checkIn')
    return {
      kind: 'checkIn',
      code,
      result: await settled(store.markCheckedIn(markInput({ officeId: run.f.officeId, code }, now))),
    };
  const owner = run.bookings.get(code)?.phone;
  const rightPhone = owner !== undefined && !call.wrongPhone;
  const phone = rightPhone ? owner : run.f.phone();
  const result = await settled(store.cancel(cancelInput({ officeId: run.f.officeId, code, phone }, now)));
  return { kind: 'cancel', code, rightPhone, result };
};

const stateProblems = async ({ store, probe }: StoreHarness, run: Run, now: Date): Promise<string[]> => {
  const problems: string[] = [];
  const expected = modelCounts(run.bookings);
  const counted = await settled(store.countBySlot(run.f.officeId, [DAY]));
  for (const s of run.slots) {
    const held = await probe.heldInSlot(run.f.officeId, s.slotId);
    const model = expected.get(s.slotId) ?? 0;
    if (held > s.capacity) problems.push(`${s.slotId} holds ${held} > capacity ${s.capacity}`);
    const open = s.checkInDeadline.getTime() >= now.getTime();
    if (open && (held !== model || (counted.get(s.slotId) ?? 0) !== model)) {
      problems.push(`${s.slotId}: rows ${held}, countBySlot ${counted.get(s.slotId) ?? 0}, model ${model}`);
    }
    if (!open && held > model) problems.push(`${s.slotId}: lapsed session holds ${held} > model ${model}`);
  }
  for (const person of run.people) {
    const rows = await probe.activeForApplicant(person.applicantKey);
    if (rows > 1) problems.push(`${person.applicantKey} has ${rows} active rows`);
    const found = (await settled(store.findActiveByApplicant(person.applicantKey, now)))?.code;
    const model = modelActive(run.bookings, person.applicantKey, now.getTime());
    if (found !== model) problems.push(`${person.applicantKey}: active ${found}, model ${model}`);
  }
  for (const b of run.bookings.values()) {
    const status = (await probe.booking(b.code))?.status;
    const lapsed = b.status === 'active' && b.deadline < now.getTime();
    if (status !== b.status && !(lapsed && status === 'expired'))
      problems.push(`${b.code}: row ${status}, model ${b.status}`);
  }
  return problems;
};

/** Declares the fast-check property: random concurrent batches against the model. */
export function concurrencyPropertyTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  it('property: random concurrent batches never exceed capacity and match the allocateSlot model', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async ({ capacities, batches }) => {
        const f = fixtures();
        const slots = [
          slot(DAY, '08:00', capacities[0]),
          slot(DAY, '10:00', capacities[1]),
          slot(DAY, '13:00', capacities[2]),
        ];
        const people = Array.from({ length: APPLICANTS }, () => ({
          ...f.applicant(),
          phones: [f.phone(), f.phone()],
        }));
        const run: Run = { f, slots, people, bookings: new Map(), unknownCode: f.code() };
        let now = new Date(`${DAY}T00:00:00Z`);
        for (const batch of batches) {
          now = later(now, batch.advanceMinutes);
          const known = [...run.bookings.keys()];
          const at = now;
          const calls = await Promise.all(
            batch.calls.map((call) => runCall(harness(), run, call, known, at)),
          );
          const answers = batchProblems(run.bookings, now.getTime(), calls);
          expect(answers, answers.join('\n')).toEqual([]);
          applyBatch(run.bookings, calls);
          const state = await stateProblems(harness(), run, now);
          expect(state, state.join('\n')).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
}
