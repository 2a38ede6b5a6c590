import type { DateProblem, MessageField, NameProblem } from '../domain/rejection';
import { MAX_NAME_LENGTH } from '../grammar';
import { MAX_AGE_YEARS } from '../rules';
import { arrivalDateTextsId } from './arrival-date-texts-id';
import { callingCodeOf, EXAMPLE_CODE, exampleLine, quoted, type TextContext } from './reply-context';
import type { RejectionTexts } from './reply-texts';

const example = (c: TextContext, preferred?: string): string => exampleLine('Contoh', c, preferred);

const MISSING_FIELD: Readonly<Record<Exclude<MessageField, 'applicationType' | 'code'>, string>> = {
  fields:
    'Format pesan belum benar. Untuk booking kirim #NAMA#TANGGAL LAHIR#TANGGAL DATANG (tanggal DDMMYYYY).',
  name: 'Nama pemohon belum diisi. Tulis nama lengkap di kolom pertama.',
  birthDate: 'Tanggal lahir belum diisi. Tulis DDMMYYYY di kolom kedua.',
  arrivalDate: 'Tanggal datang belum diisi. Tulis DDMMYYYY di kolom ketiga.',
};

const NAME_PROBLEM: Readonly<Record<NameProblem, string>> = {
  empty: 'Nama pemohon belum diisi. Tulis nama lengkap di kolom pertama.',
  tooLong: `Nama terlalu panjang: paling banyak ${MAX_NAME_LENGTH} karakter.`,
  noLetter: 'Nama harus berisi huruf.',
  badCharacter: "Nama hanya boleh berisi huruf, spasi, tanda ' - dan titik (tanpa angka atau emoji).",
};

const DATE_PROBLEM: Readonly<Record<DateProblem, string>> = {
  format: 'tidak terbaca. Tulis DDMMYYYY, misalnya 25011987 atau 25-01-1987.',
  twoDigitYear: 'memakai tahun 2 angka. Tulis tahun lengkap 4 angka: 25011987, bukan 250187.',
  impossible: 'tidak ada di kalender (misalnya 31 Februari). Periksa hari dan bulannya.',
  future: 'belum terjadi (di masa depan). Periksa tahunnya.',
  tooOld: `lebih dari ${MAX_AGE_YEARS} tahun lalu. Periksa tahunnya.`,
};

/** Refusals in Bahasa Indonesia: each says what to fix and shows a message that would work. */
export const rejectionTextsId = {
  MalformedMessage: (o, c) => {
    if (o.field === 'code') {
      return `Kode booking belum ditulis dengan benar.\nContoh: #CEK#${EXAMPLE_CODE} atau #BATAL#${EXAMPLE_CODE}`;
    }
    if (o.field === 'applicationType') {
      const got = o.got === undefined ? '' : ` ${quoted(o.got)}`;
      const line = example(c);
      return (
        `Jenis permohonan${got} tidak dikenal. Tulis BARU, PERPANJANG atau GANTI di kolom keempat, ` +
        `atau kosongkan.${line && `${line}#BARU`}`
      );
    }
    return MISSING_FIELD[o.field] + example(c);
  },
  MessageTooLong: (o, c) =>
    `Pesan terlalu panjang (${o.length} karakter, paling banyak ${o.max}). Kirim pesan singkat.${example(c)}`,
  InvalidName: (o, c) => NAME_PROBLEM[o.problem] + example(c),
  InvalidBirthDate: (o, c) => `Tanggal lahir ${DATE_PROBLEM[o.problem]}${example(c)}`,
  LostOrDamagedPassport: (o, c) =>
    `Permohonan paspor ${o.applicationType === 'lost' ? 'hilang' : 'rusak'} tidak bisa lewat pesan. ` +
    `Silakan datang langsung ke loket ${c.office.name} dengan dokumen asli.\n` +
    `Jika paspor tidak ${o.applicationType === 'lost' ? 'hilang' : 'rusak'}, kirim tanpa kolom itu.` +
    example(c),
  NotPersonalNumber: (o, c) => {
    const why = {
      notMobile:
        'Nomor ini bukan nomor HP. Booking hanya dari nomor HP pribadi pemohon (bukan telepon rumah atau kantor).',
      otherCountry: `Booking hanya dari nomor HP dalam negeri (+${callingCodeOf(c.office.country)}). Kirim dari nomor HP pribadi pemohon.`,
      unreadable: 'Nomor pengirim tidak terbaca sebagai nomor HP. Kirim dari nomor HP pribadi pemohon.',
      boundToOther:
        `Nomor ini sudah dipakai booking untuk pemohon lain dalam ${c.office.numberBindingDays} hari terakhir. ` +
        'Satu nomor HP hanya untuk satu pemohon: pemohon lain booking dari nomornya sendiri.',
    }[o.problem];
    return why + example(c);
  },
  ...arrivalDateTextsId,
  AlreadyBooked: (o) =>
    o.code === undefined
      ? 'Pemohon ini sudah punya booking aktif, dibuat dari nomor lain. Satu pemohon hanya satu booking. ' +
        'Cek atau batalkan dari nomor yang dipakai saat booking, dengan #CEK#KODE atau #BATAL#KODE.'
      : `Anda sudah punya booking aktif: ${o.code}. Satu pemohon hanya satu booking.\n` +
        `Cek jadwal: #CEK#${o.code}\nGanti tanggal: batalkan dulu dengan #BATAL#${o.code}, lalu booking lagi.`,
  CodeRequired: (o) =>
    `Untuk ${o.command === 'cancel' ? 'membatalkan' : 'mengecek'} booking, kirim kode bookingnya, bukan nama dan tanggal lahir. ` +
    'Kode ada di pesan konfirmasi booking. Lupa kode? Kirim lagi pesan booking yang sama dari nomor yang dipakai ' +
    `saat booking: balasannya memuat kode.\nContoh: #${o.command === 'cancel' ? 'BATAL' : 'CEK'}#${EXAMPLE_CODE}`,
  CodeNotFound: (o) =>
    o.problem === 'invalid'
      ? 'Kode booking tidak valid. Kode terdiri dari 8 huruf dan angka (tanpa O, I, L, 0, 1). ' +
        `Periksa lagi kodenya.\nContoh: #CEK#${EXAMPLE_CODE}`
      : 'Kode booking tidak ditemukan untuk nomor ini, atau sudah tidak aktif. Kode hanya bisa dicek ' +
        `atau dibatalkan dari nomor yang membuat booking.\nContoh: #CEK#${EXAMPLE_CODE}`,
} satisfies RejectionTexts;
