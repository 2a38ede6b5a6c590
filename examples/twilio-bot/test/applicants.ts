import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The receiving numbers of the test deployment: a roomy office and one with few places. */
export const ROOMY_NUMBER = '+14155238886';
export const SMALL_NUMBER = '+14155230001';
/** Places in the small office's one session a day. */
export const SMALL_CAPACITY = 5;

const office = (id: string, capacity: number) => ({
  id,
  name: `Kantor ${id}`,
  timeZone: 'Asia/Jakarta',
  bookingHorizonDays: 30,
  arriveMinutesBefore: 30,
  // Every day, so a test booking for tomorrow is open whatever day the suite runs.
  sessions: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '10:00', capacity },
  ],
});

/** Writes the offices file (`ANTREAN_OFFICE_CONFIG`) into `dir` and returns its path. */
export function writeOfficesFile(dir: string): string {
  const path = join(dir, 'offices.json');
  const offices = [
    { number: ROOMY_NUMBER, office: office('kanim-roomy', 1000) },
    { number: SMALL_NUMBER, office: office('kanim-small', SMALL_CAPACITY) },
  ];
  writeFileSync(path, JSON.stringify(offices));
  return path;
}

/** Tomorrow in Jakarta as DDMMYYYY: always open in the test offices. */
function tomorrow(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + 24 * 3600 * 1000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}${part('month')}${part('year')}`;
}

/** A distinct applicant: a name of letters, an Indonesian mobile number, a booking message. */
export interface Applicant {
  readonly name: string;
  readonly e164: string;
  readonly booking: string;
}

const letters = (n: number): string =>
  [0, 1, 2].map((shift) => String.fromCharCode(65 + (Math.floor(n / 26 ** shift) % 26))).join('');

/** Applicant number `n` of a test run tagged `run` (0–99). */
export function applicant(run: number, n: number): Applicant {
  const name = `WARGA ${letters(run * 1000 + n)}`;
  const e164 = `+628129${String(run).padStart(2, '0')}${String(n).padStart(5, '0')}`;
  return { name, e164, booking: `#${name}#25011987#${tomorrow()}` };
}

/** A booking code as the reply shows it. */
export const BOOKING_CODE = /\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/;
