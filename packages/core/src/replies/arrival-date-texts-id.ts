import { arrivalDateTexts } from './arrival-date-texts';

/** The arrival-date refusals in Bahasa Indonesia. */
export const arrivalDateTextsId = arrivalDateTexts({
  language: 'id',
  exampleLabel: 'Contoh',
  forExample: (compact, dashed) => `, misalnya ${compact} atau ${dashed}`,
  unreadable: (problem, sample) =>
    problem === 'impossible'
      ? 'Tanggal datang tidak ada di kalender (misalnya 31 November). Periksa hari dan bulannya.'
      : problem === 'twoDigitYear'
        ? `Tanggal datang memakai tahun 2 angka. Tulis tahun lengkap 4 angka: DDMMYYYY${sample}.`
        : `Tanggal datang tidak terbaca. Tulis hari, bulan dan tahun: DDMMYYYY${sample}.`,
  meant: (date) => `Maksud Anda ${date}?`,
  past: (o, date) =>
    `${o.date === o.today ? 'Sesi hari ini sudah lewat atau terlalu dekat batas waktu datang.' : `Tanggal datang ${date} sudah lewat.`} ` +
    'Pilih tanggal yang belum lewat.',
  tooFar: (date, lastDate) => `Tanggal datang ${date} terlalu jauh. Booking paling lambat untuk ${lastDate}.`,
  closed: (date) => `Kantor tidak melayani pada ${date} (hari libur atau tanpa sesi).`,
  full: (date) => `Kuota ${date} sudah penuh.`,
  noDateWithRoom: (days) =>
    `Belum ada tanggal yang masih ada tempat dalam ${days} hari ke depan. Coba lagi nanti.`,
  nearestDates: 'Tanggal terdekat yang masih ada tempat:',
});
