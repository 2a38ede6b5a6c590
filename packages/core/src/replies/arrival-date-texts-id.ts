import { formatDateField } from '../grammar/format-message';
import { dateInWords, messageDate } from './date-words';
import { exampleArrival, exampleLine, type TextContext, textContext } from './reply-context';
import type { RejectedOf, RejectionTexts } from './reply-texts';

type ArrivalReason =
  | 'InvalidArrivalDate'
  | 'ArrivalDateInPast'
  | 'ArrivalDateTooFar'
  | 'OfficeClosed'
  | 'FullyBooked';

const example = (c: TextContext, preferred?: string): string => exampleLine('Contoh', c, preferred);

/** The date a refusal lists and offers: the first of `nextDates`, none (and no example) when empty. */
const nextDatesId = (o: RejectedOf<'OfficeClosed' | 'FullyBooked'>, c: TextContext): string =>
  o.nextDates.length === 0
    ? `Belum ada tanggal yang masih ada tempat dalam ${c.office.bookingHorizonDays} hari ke depan. Coba lagi nanti.`
    : `Tanggal terdekat yang masih ada tempat:\n${o.nextDates.map((d) => `- ${dateInWords(d, 'id')}`).join('\n')}` +
      example(c, o.nextDates[0]);

/** How to write an unreadable arrival date, shown on an arrival date (the applicant's own, corrected, if it can be). */
function invalidArrivalDate(o: RejectedOf<'InvalidArrivalDate'>, c: TextContext): string {
  const date = exampleArrival(c, o.suggestion);
  const sample =
    date === undefined ? '' : `, misalnya ${messageDate(date)} atau ${formatDateField(date, '-')}`;
  const why =
    o.problem === 'impossible'
      ? 'tidak ada di kalender (misalnya 31 November). Periksa hari dan bulannya.'
      : o.problem === 'twoDigitYear'
        ? `memakai tahun 2 angka. Tulis tahun lengkap 4 angka: DDMMYYYY${sample}.`
        : `tidak terbaca. Tulis hari, bulan dan tahun: DDMMYYYY${sample}.`;
  const meant =
    o.suggestion !== undefined && date === o.suggestion ? ` Maksud Anda ${dateInWords(date, 'id')}?` : '';
  return `Tanggal datang ${why}${meant}${example(c, o.suggestion)}`;
}

/** The arrival-date refusals in Bahasa Indonesia; every example is an open date inside the horizon. */
export const arrivalDateTextsId = {
  InvalidArrivalDate: invalidArrivalDate,
  ArrivalDateInPast: (o, c) => {
    const why =
      o.date === o.today
        ? 'Sesi hari ini sudah lewat atau terlalu dekat batas waktu datang.'
        : `Tanggal datang ${dateInWords(o.date, 'id')} sudah lewat.`;
    const context = c.today === undefined ? textContext(c.office, { today: o.today }) : c;
    return `${why} Pilih tanggal yang belum lewat.${example(context)}`;
  },
  ArrivalDateTooFar: (o, c) =>
    `Tanggal datang ${dateInWords(o.date, 'id')} terlalu jauh. Booking paling lambat untuk ` +
    `${dateInWords(o.lastDate, 'id')}.${example(c)}`,
  OfficeClosed: (o, c) =>
    `Kantor tidak melayani pada ${dateInWords(o.date, 'id')} (hari libur atau tanpa sesi).\n${nextDatesId(o, c)}`,
  FullyBooked: (o, c) => `Kuota ${dateInWords(o.date, 'id')} sudah penuh.\n${nextDatesId(o, c)}`,
} satisfies Pick<RejectionTexts, ArrivalReason>;
