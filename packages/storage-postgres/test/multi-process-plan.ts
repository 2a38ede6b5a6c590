import { centralJakartaOffice, type OfficeConfig } from '@antrean/core';

/** One delivery of a message, as a worker receives it. */
export interface PlannedMessage {
  readonly channel: string;
  readonly messageId: string;
  readonly from: string;
  readonly text: string;
}

/** What one worker process is given. */
export interface WorkerInput {
  /** The instant every worker's clock is stopped at (ISO-8601). */
  readonly now: string;
  readonly messages: readonly PlannedMessage[];
}

/** Two sessions of 50 on weekdays: on 3 dates, 300 places in all (the rest as the example office). */
export const multiProcessOffice: OfficeConfig = {
  ...centralJakartaOffice,
  id: 'kanim-multi',
  name: 'Kantor Imigrasi Uji',
  timeZone: 'Asia/Jakarta',
  bookingHorizonDays: 30,
  arriveMinutesBefore: 30,
  sessions: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '10:00', capacity: 50 },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '12:00', capacity: 50 },
  ],
  closedDates: [],
  country: 'ID',
  numberBindingDays: 30,
  retentionDays: 30,
  language: 'id',
};

/** A Friday morning in Jakarta; the arrival dates are the Monday to Wednesday after. */
export const PLAN_NOW = '2030-03-01T01:00:00Z';
const ARRIVAL_DATES = ['04032030', '05032030', '06032030'];

// Names may hold letters only: the applicant's number written in letters keeps them distinct.
const lettersOf = (n: number): string => {
  let text = '';
  for (let rest = n; text.length < 4 || rest > 0; rest = Math.floor(rest / 26)) {
    text = String.fromCharCode(65 + (rest % 26)) + text;
  }
  return text;
};

/** Applicant `i`'s booking message: its own name, number and one of the three dates. */
export const messageOf = (i: number): PlannedMessage => ({
  channel: 'multi',
  messageId: `m${i}`,
  from: `+62812${String(10_000_000 + i)}`,
  text: `#WARGA ${lettersOf(i)}#25011987#${ARRIVAL_DATES[i % ARRIVAL_DATES.length]}`,
});

/**
 * Spread `applicants` messages over `workers`, message i to worker i mod n; every tenth message
 * is delivered again to the next worker, at the same place in its list, so the two deliveries
 * are handled at about the same time by different processes.
 */
export const planDeliveries = (applicants: number, workers: number): PlannedMessage[][] => {
  const lists: { i: number; message: PlannedMessage }[][] = Array.from({ length: workers }, () => []);
  for (let i = 0; i < applicants; i += 1) {
    const message = messageOf(i);
    lists[i % workers]!.push({ i, message });
    if (i % 10 === 0) lists[(i + 1) % workers]!.push({ i, message });
  }
  return lists.map((list) => list.sort((a, b) => a.i - b.i).map(({ message }) => message));
};
