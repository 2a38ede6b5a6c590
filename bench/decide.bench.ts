/**
 * Decisions a second on one core: the path a booking message takes inside the core, without the
 * store: parse, the rules, allocation over in-memory counts, the reply text. Each task iteration
 * decides a fresh mix of 1,000 messages for an office with room for all of them.
 */
import {
  allocateSlot,
  applicantKey,
  centralJakartaOffice,
  checkArrivalDate,
  type LocalDate,
  localDateOf,
  type OfficeConfig,
  type Outcome,
  parseMessage,
  type Rejection,
  rejectedOutcome,
  renderReply,
} from '@antrean/core';
import { Bench } from 'tinybench';
import { confirmedOutcome } from '../packages/core/src/replies/outcome-builders';
import { checkApplicationType } from '../packages/core/src/rules/check-application-type';
import { checkBirthDate } from '../packages/core/src/rules/check-birth-date';
import { codeOf } from './bench-plan';
import { messageMix } from './message-mix';
import { type BenchOptions, type BenchReport, perSecond, rounded } from './report';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const OFFICE: OfficeConfig = {
  ...centralJakartaOffice,
  closedDates: [],
  sessions: [
    { days: EVERY_DAY, start: '08:00', end: '10:00', capacity: 400 },
    { days: EVERY_DAY, start: '10:00', end: '12:00', capacity: 400 },
  ],
};
const NOW = new Date('2030-03-01T01:00:00Z');

/** One message decided: its reply text, given the counts and applicants booked so far. */
const decide = (text: string, n: number, counts: Map<string, number>, booked: Set<string>): string => {
  const today = localDateOf(NOW, OFFICE.timeZone) as LocalDate;
  const reply = (outcome: Outcome) => renderReply(outcome, OFFICE, 'id', { today });
  const refuse = (rejection: Rejection) => reply(rejectedOutcome(rejection));
  const parsed = parseMessage(text);
  if (parsed.isErr()) return refuse(parsed.error);
  if (parsed.value.kind !== 'book') return reply({ kind: 'help' });
  const request = parsed.value.request;
  const checked = checkApplicationType(request.applicationType).andThen(() =>
    checkBirthDate(request.birthDate, today),
  );
  if (checked.isErr()) return refuse(checked.error);
  const applicant = { name: request.name, birthDate: request.birthDate };
  const key = applicantKey(applicant);
  if (booked.has(key)) return refuse({ type: 'AlreadyBooked' });
  const arrival = checkArrivalDate(request.arrivalDate, NOW, OFFICE);
  if (arrival.isErr()) return refuse(arrival.error);
  const slot = allocateSlot(arrival.value, counts);
  if (slot.isErr()) return refuse({ type: 'FullyBooked', date: request.arrivalDate, nextDates: [] });
  counts.set(slot.value.slotId, (counts.get(slot.value.slotId) ?? 0) + 1);
  booked.add(key);
  const { slotId, date, startsAt, checkInDeadline } = slot.value;
  // One plain literal: spreading literals into a literal took V8's slow copy path (and a
  // dictionary-mode object), which cost more than the whole decision being measured.
  const booking = {
    code: codeOf(n),
    officeId: OFFICE.id,
    applicantKey: key,
    applicant,
    applicationType: request.applicationType,
    phone: `+62812${n}`,
    slotId,
    date,
    startsAt,
    checkInDeadline,
    status: 'active' as const,
    createdAt: NOW,
    updatedAt: NOW,
  };
  return reply(confirmedOutcome(booking, OFFICE));
};

/** Decides the mix over and over for the Bench's time; opsPerSec is messages decided a second. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const mix = messageMix(1_000);
  let replied = 0;
  const bench = new Bench({ time: quick ? 500 : 3_000, iterations: quick ? 3 : 10, warmupIterations: 2 });
  bench.add('decide', () => {
    const counts = new Map<string, number>();
    const booked = new Set<string>();
    mix.forEach((text, n) => {
      replied += decide(text, n, counts, booked).length > 0 ? 1 : 0;
    });
  });
  await bench.run();
  const opsPerSec = (mix.length * 1000) / (bench.tasks[0]?.result?.latency.mean ?? Number.NaN);
  if (replied === 0) throw new Error('no message was answered');
  return {
    figures: { opsPerSec: rounded(opsPerSec) },
    lines: [['messages decided, one core (target >= 200,000)', perSecond(opsPerSec)]],
  };
}
