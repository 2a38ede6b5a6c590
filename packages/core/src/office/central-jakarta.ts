import type { OfficeConfig } from './office-config';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/**
 * National holidays of 2026 and 2027 whose dates are fixed or follow from the Easter date.
 * Holidays set each year by the lunar calendars (Idul Fitri, Idul Adha, Nyepi, Waisak, Islamic
 * New Year, Maulid, Isra Mi'raj) and collective leave days are announced by joint ministerial
 * decree: an office adds them to its own config once published.
 */
const NATIONAL_HOLIDAYS = [
  '2026-01-01', // Tahun Baru Masehi
  '2026-02-17', // Tahun Baru Imlek 2577
  '2026-04-03', // Wafat Yesus Kristus (Good Friday)
  '2026-05-01', // Hari Buruh
  '2026-05-14', // Kenaikan Yesus Kristus (Ascension)
  '2026-06-01', // Hari Lahir Pancasila
  '2026-08-17', // Hari Kemerdekaan
  '2026-12-25', // Natal
  '2027-01-01',
  '2027-02-06', // Tahun Baru Imlek 2578
  '2027-03-26', // Good Friday
  '2027-05-01',
  '2027-05-06', // Ascension
  '2027-06-01',
  '2027-08-17',
  '2027-12-25',
] as const;

/** The office from the example: two morning sessions on weekdays, 40 places each. */
export const centralJakartaOffice: OfficeConfig = {
  id: 'kanim-jakpus',
  name: 'Kantor Imigrasi Kelas I Jakarta Pusat',
  timeZone: 'Asia/Jakarta',
  bookingHorizonDays: 30,
  arriveMinutesBefore: 30,
  checkInOpensMinutesBefore: 120,
  sessions: [
    { days: WEEKDAYS, start: '08:00', end: '10:00', capacity: 40 },
    { days: WEEKDAYS, start: '10:00', end: '12:00', capacity: 40 },
  ],
  closedDates: NATIONAL_HOLIDAYS,
  country: 'ID',
  numberBindingDays: 30,
  retentionDays: 30,
  language: 'id',
  address: 'Jl. Merpati Blok B-12 No. 3, Kemayoran, Jakarta Pusat',
};
