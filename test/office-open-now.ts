/** An office whose one session can be booked now and checked in at once, whatever the clock says. */
export interface OfficeOpenNow {
  /** The office's JSON, for `--office` and `ANTREAN_OFFICE_CONFIG`. */
  readonly json: string;
  /** Today at the office, `DDMMYYYY`, the booking message's date. */
  readonly today: string;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');
const clockTime = (minutes: number): string =>
  `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;

/**
 * An office in a zone where it is about noon at `now` (`Etc/GMT-N` is UTC+N), so its day does not
 * end during the test, with a session starting 61 to 66 minutes later, every day of the week: it
 * is offered (its check-in deadline, 30 minutes before, is at least 30 minutes ahead) and check-in
 * is already open (from 120 minutes before).
 */
export function officeOpenNow(now: Date): OfficeOpenNow {
  const offsetHours = 12 - now.getUTCHours();
  const local = new Date(now.getTime() + offsetHours * 3_600_000);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const start = Math.ceil((minutes + 61) / 5) * 5;
  const zone =
    offsetHours === 0 ? 'Etc/GMT' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
  const office = {
    id: 'kanim-test',
    name: 'Kantor Imigrasi Uji',
    timeZone: zone,
    bookingHorizonDays: 30,
    arriveMinutesBefore: 30,
    sessions: [
      {
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start: clockTime(start),
        end: clockTime(start + 60),
        capacity: 40,
      },
    ],
    closedDates: [],
  };
  const today = `${twoDigits(local.getUTCDate())}${twoDigits(local.getUTCMonth() + 1)}${local.getUTCFullYear()}`;
  return { json: JSON.stringify(office), today };
}
