import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Write a small office file into `dir`: two weekday sessions of one place each, so a full day is
 * reached in a few messages (08:00, check-in by 07:30; 10:00, by 09:30; Christmas closed).
 */
export function writeTinyOffice(dir: string, id = 'kanim-test', name = 'Kantor Imigrasi Uji'): string {
  const file = join(dir, `${id}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      id,
      name,
      timeZone: 'Asia/Jakarta',
      bookingHorizonDays: 30,
      arriveMinutesBefore: 30,
      sessions: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '10:00', capacity: 1 },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '12:00', capacity: 1 },
      ],
      closedDates: ['2026-12-25'],
    }),
  );
  return file;
}
