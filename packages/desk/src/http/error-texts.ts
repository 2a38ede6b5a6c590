import type { Language } from '@antrean/core';

/** Every error name the API answers with. */
export type DeskErrorName =
  | 'Unauthenticated'
  | 'BadCredentials'
  | 'TooManyAttempts'
  | 'CsrfRejected'
  | 'Forbidden'
  | 'BadRequest'
  | 'InvalidCode'
  | 'NotFound'
  | 'TooEarly'
  | 'Expired'
  | 'Cancelled'
  | 'AlreadyCheckedIn'
  | 'ReasonRequired'
  | 'InvalidCounter'
  | 'QueueEmpty'
  | 'CounterBusy'
  | 'NothingCalled'
  | 'InvalidDate'
  | 'StoreUnavailable'
  | 'TooManyDisplaysFromClient'
  | 'TooManyDisplays';

/** One sentence per error for the officer, in Indonesian and English. */
const TEXTS: Readonly<Record<DeskErrorName, Readonly<Record<Language, string>>>> = {
  Unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  BadCredentials: { id: 'Nama atau kata sandi salah.', en: 'Wrong name or password.' },
  TooManyAttempts: {
    id: 'Terlalu banyak percobaan masuk. Coba lagi nanti.',
    en: 'Too many sign-in attempts. Try again later.',
  },
  CsrfRejected: { id: 'Permintaan ditolak. Muat ulang halaman.', en: 'Request refused. Reload the page.' },
  Forbidden: { id: 'Hanya supervisor yang boleh.', en: 'Supervisors only.' },
  BadRequest: { id: 'Permintaan tidak valid.', en: 'Invalid request.' },
  InvalidCode: { id: 'Kode booking tidak valid.', en: 'Not a valid booking code.' },
  NotFound: { id: 'Kode tidak ditemukan di kantor ini.', en: 'Code not found at this office.' },
  TooEarly: { id: 'Check-in belum dibuka.', en: 'Check-in is not open yet.' },
  Expired: { id: 'Kode sudah hangus.', en: 'The code has expired.' },
  Cancelled: { id: 'Booking sudah dibatalkan.', en: 'The booking was cancelled.' },
  AlreadyCheckedIn: { id: 'Sudah check-in.', en: 'Already checked in.' },
  ReasonRequired: { id: 'Alasan wajib diisi.', en: 'A reason is required.' },
  InvalidCounter: { id: 'Nomor loket tidak valid.', en: 'Invalid counter number.' },
  QueueEmpty: { id: 'Tidak ada antrean.', en: 'Nobody is waiting.' },
  CounterBusy: {
    id: 'Loket ini masih memanggil nomor lain: tandai selesai atau tidak hadir dulu.',
    en: 'This counter still has a number called: mark it served or absent first.',
  },
  NothingCalled: { id: 'Loket ini belum memanggil nomor.', en: 'This counter has no number called.' },
  InvalidDate: { id: 'Tanggal tidak valid.', en: 'Invalid date.' },
  StoreUnavailable: { id: 'Layanan sedang gangguan. Coba lagi.', en: 'Service unavailable. Try again.' },
  TooManyDisplaysFromClient: {
    id: 'Terlalu banyak layar antrean terbuka dari alamat ini. Tutup salah satu lalu coba lagi.',
    en: 'Too many queue displays are open from this address. Close one and try again.',
  },
  TooManyDisplays: {
    id: 'Terlalu banyak layar antrean terbuka. Coba lagi sebentar lagi.',
    en: 'Too many queue displays are open. Try again shortly.',
  },
};

/** The error's sentence in `language`. */
export const errorText = (name: DeskErrorName, language: Language): string => TEXTS[name][language];

/** A route or file the desk does not have: not "code not found", which is about booking codes. */
const NOT_FOUND_TEXTS: Readonly<Record<Language, string>> = {
  id: 'Halaman atau berkas ini tidak ada di meja layanan.',
  en: 'The desk has no such page or file.',
};

/** The sentence for a route or file the desk does not have, in `language`. */
export const notFoundText = (language: Language): string => NOT_FOUND_TEXTS[language];
