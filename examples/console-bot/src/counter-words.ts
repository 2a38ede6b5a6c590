import type { CodeState, Language } from '@antrean/core';

/** The words of the counter's lines at a terminal (`/checkin`, `/list`), in one language. */
export interface CounterWords {
  /** `CODE (NAME, session WHEN)`. */
  readonly who: (code: string, name: string, when: string) => string;
  readonly checkedIn: (code: string, name: string, when: string) => string;
  readonly tooEarly: (who: string, opens: string) => string;
  readonly expired: (who: string, deadline: string) => string;
  readonly cancelled: (who: string) => string;
  readonly alreadyCheckedIn: (who: string, at: string) => string;
  readonly notFound: (code: string, office: string) => string;
  readonly invalidCode: (typed: string) => string;
  /** The day list's first line. */
  readonly dayHeading: (date: string, count: number) => string;
  /** A booking's state in the day list. */
  readonly states: Readonly<Record<CodeState, string>>;
  readonly checkInUsage: string;
  readonly listUsage: string;
  readonly unreadableDate: (typed: string) => string;
  readonly storeError: (message: string) => string;
}

const ENGLISH: CounterWords = {
  who: (code, name, when) => `${code} (${name}, session ${when})`,
  checkedIn: (code, name, when) => `checked in ${code}: ${name}, ${when}`,
  tooEarly: (who, opens) => `too early: ${who}; check-in opens ${opens}`,
  expired: (who, deadline) =>
    `hangus: ${who} expired at its check-in deadline ${deadline}; the applicant may book again`,
  cancelled: (who) => `cancelled: ${who} was cancelled; not checked in`,
  alreadyCheckedIn: (who, at) => `already checked in: ${who} at ${at}`,
  notFound: (code, office) => `not found: no booking ${code} at ${office}`,
  invalidCode: (typed) => `not a booking code: "${typed}" (codes look like QA6Y-AU5H)`,
  dayHeading: (date, count) => `${date}: ${count} booking(s)`,
  states: { active: 'active', checked_in: 'checked_in', expired: 'expired', cancelled: 'cancelled' },
  checkInUsage: 'usage: /checkin <code>, e.g. /checkin QA6Y-AU5H',
  listUsage: 'usage: /list [YYYY-MM-DD], e.g. /list 2026-12-07 (or 07122026 as applicants write it)',
  unreadableDate: (typed) => `cannot read the date "${typed}"`,
  storeError: (message) => `store error: ${message}`,
};

const INDONESIAN: CounterWords = {
  who: (code, name, when) => `${code} (${name}, sesi ${when})`,
  checkedIn: (code, name, when) => `sudah check-in ${code}: ${name}, ${when}`,
  tooEarly: (who, opens) => `terlalu awal: ${who}; check-in dibuka ${opens}`,
  expired: (who, deadline) => `hangus: ${who} lewat batas check-in ${deadline}; pemohon boleh booking lagi`,
  cancelled: (who) => `dibatalkan: ${who} sudah dibatalkan; tidak di-check-in`,
  alreadyCheckedIn: (who, at) => `sudah check-in sebelumnya: ${who} pada ${at}`,
  notFound: (code, office) => `tidak ditemukan: tidak ada booking ${code} di ${office}`,
  invalidCode: (typed) => `bukan kode booking: "${typed}" (kode seperti QA6Y-AU5H)`,
  dayHeading: (date, count) => `${date}: ${count} booking`,
  states: { active: 'aktif', checked_in: 'check-in', expired: 'hangus', cancelled: 'batal' },
  checkInUsage: 'cara pakai: /checkin <kode>, mis. /checkin QA6Y-AU5H',
  listUsage: 'cara pakai: /list [YYYY-MM-DD], mis. /list 2026-12-07 (atau 07122026 seperti tulisan pemohon)',
  unreadableDate: (typed) => `tanggal "${typed}" tidak terbaca`,
  storeError: (message) => `kesalahan penyimpanan: ${message}`,
};

/** The counter's words in `language` (the bot's `--lang`, else the office's). */
export const counterWords = (language: Language): CounterWords => (language === 'en' ? ENGLISH : INDONESIAN);
