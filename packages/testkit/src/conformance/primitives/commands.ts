import fc from 'fast-check';

const office = fc.nat({ max: 1 });
const day = fc.nat({ max: 1 });
const slot = fc.nat({ max: 3 });
const capacity = fc.integer({ min: 1, max: 3 });
const code = fc.nat({ max: 3 });
const message = fc.nat({ max: 3 });
const person = { applicant: fc.nat({ max: 3 }), phone: fc.nat({ max: 2 }) };
const instant = fc.nat({ max: 10 });
const series = fc.constantFrom('A', 'B');
const status = fc.constantFrom('waiting' as const, 'called' as const, 'served' as const, 'absent' as const);
// What a counter expects of a ticket is mostly right: the wrong guesses are the rarer case.
const expected = fc.oneof(
  { arbitrary: fc.constant('waiting' as const), weight: 3 },
  { arbitrary: fc.constant('called' as const), weight: 2 },
  { arbitrary: status, weight: 1 },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

type Fields<F> = { readonly [P in keyof F]: F[P] extends fc.Arbitrary<infer T> ? T : never };

const kind = <K extends string, F extends Record<string, fc.Arbitrary<unknown>>>(
  name: K,
  fields: F,
): fc.Arbitrary<{ readonly kind: K } & Fields<F>> =>
  fc.record({ kind: fc.constant(name), ...fields }) as unknown as fc.Arbitrary<
    { readonly kind: K } & Fields<F>
  >;

/**
 * The commands, by kind. Indexes name the run's universe (offices, sessions, people, codes,
 * instants); `book` is the reservation's own sequence (facts, a place, the write) and `issue` a
 * ticket's (lock, next number, insert), so rows stay as the core's use cases make them.
 */
const kinds = {
  book: kind('book', {
    office,
    slot,
    capacity,
    ...person,
    message: maybe(message),
    delivery: fc.boolean(),
    bindingWindow: fc.nat({ max: 2 }),
  }),
  takePlace: kind('takePlace', { office, slot, capacity }),
  changeStatus: kind('changeStatus', {
    codes: fc.uniqueArray(code, { minLength: 1, maxLength: 4 }),
    transition: fc.nat({ max: 2 }),
  }),
  findBooking: kind('findBooking', { code }),
  reserveFacts: kind('reserveFacts', { message: maybe(message), ...person, code }),
  findReply: kind('findReply', { message }),
  recordReply: kind('recordReply', { message, delivery: fc.boolean() }),
  lapsedBookings: kind('lapsedBookings', {
    before: instant,
    office: maybe(office),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
  issue: kind('issue', { office, day, series, code: maybe(code) }),
  nextSequence: kind('nextSequence', { office, day, series }),
  dayTickets: kind('dayTickets', { office, day }),
  ticketOfCode: kind('ticketOfCode', { office, code }),
  updateTicket: kind('updateTicket', {
    office,
    day,
    ticket: fc.nat({ max: 5 }),
    to: status,
    expect: expected,
  }),
  appendAudit: kind('appendAudit', {
    office,
    code: maybe(code),
    detail: maybe(fc.constantFrom('lost passport', 'damaged', '')),
  }),
  purgeRows: kind('purgeRows', { session: instant, lapsed: instant, messages: instant, bindings: instant }),
};

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** One call of the primitives, as data: the same command runs on the store and on the model. */
export type Command = { [K in keyof typeof kinds]: ValueOf<(typeof kinds)[K]> }[keyof typeof kinds];

// Writes weigh more, so runs build state worth reading.
const weights: Record<keyof typeof kinds, number> = {
  book: 6,
  takePlace: 2,
  changeStatus: 4,
  findBooking: 1,
  reserveFacts: 1,
  findReply: 1,
  recordReply: 2,
  lapsedBookings: 1,
  issue: 4,
  nextSequence: 1,
  dayTickets: 1,
  ticketOfCode: 1,
  updateTicket: 3,
  appendAudit: 2,
  purgeRows: 1,
};

/** Any one command. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  ...Object.entries(kinds).map(([name, arbitrary]) => ({
    arbitrary: arbitrary as fc.Arbitrary<Command>,
    weight: weights[name as keyof typeof kinds],
  })),
);

/** A transaction: its commands, and whether its work then rejects (nothing of it may stay). */
export interface TransactionPlan {
  readonly commands: readonly Command[];
  readonly rejects: boolean;
}

/** A run: transactions one after another; one in four rejects after its commands. */
export const runArb: fc.Arbitrary<readonly TransactionPlan[]> = fc.array(
  fc.record({
    commands: fc.array(commandArb, { minLength: 1, maxLength: 4 }),
    rejects: fc.oneof(
      { arbitrary: fc.constant(false), weight: 3 },
      { arbitrary: fc.constant(true), weight: 1 },
    ),
  }),
  { minLength: 4, maxLength: 12 },
);
