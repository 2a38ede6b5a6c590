import type { ZonedOfficeId } from './clocked-desk';

/**
 * The instant of the time-zone tests: 23:30 UTC on Monday 7 December is already Tuesday 8 December
 * in both offices (06:30 WIB, 08:30 WIT), and still Monday on a device in UTC (23:30) or New York (18:30).
 */
export const NOW = new Date('2026-12-07T23:30:00Z');

/** What an office's pages must show in one language at `NOW`. */
export interface Expected {
  /** Check-in opening of a booking at 08:00 office time tomorrow (the 9th). */
  readonly opens: string;
  readonly clock: string;
  readonly dayShown: string;
  readonly auditTime: string;
  readonly historyTime: string;
  /** The too-early booking's session on the check-in preview. */
  readonly previewSession: string;
  /** The heading of the offices' one configured session (08:00–10:00) in the day view. */
  readonly sessionHeading: string;
  /** The audit's default "from": a day before `NOW` on the office's wall clock. */
  readonly auditFrom: string;
}

const WIB_ID: Expected = {
  opens: 'dibuka pukul 06.00.',
  clock: 'Selasa, 8 Desember 2026 · 06.30',
  dayShown: '8 Desember 2026',
  auditTime: '8 Des 2026, 06.30.00',
  historyTime: '06.30.00',
  previewSession: '9 Desember 2026, 08.00–10.00',
  sessionHeading: 'Sesi 08.00–10.00',
  auditFrom: '2026-12-07T06:30',
};
const WIT_ID: Expected = {
  opens: 'dibuka pukul 06.00.',
  clock: 'Selasa, 8 Desember 2026 · 08.30',
  dayShown: '8 Desember 2026',
  auditTime: '8 Des 2026, 08.30.00',
  historyTime: '08.30.00',
  previewSession: '9 Desember 2026, 08.00–10.00',
  sessionHeading: 'Sesi 08.00–10.00',
  auditFrom: '2026-12-07T08:30',
};
const WIB_EN: Expected = {
  opens: 'opens at 06:00.',
  clock: 'Tuesday, 8 December 2026 · 06:30',
  dayShown: '8 December 2026',
  auditTime: '8 Dec 2026, 06:30:00',
  historyTime: '06:30:00',
  previewSession: '9 December 2026, 08:00–10:00',
  sessionHeading: 'Session 08:00–10:00',
  auditFrom: '2026-12-07T06:30',
};

/** A device somewhere, an office, a page language, and what its pages must show. */
export interface Case extends Expected {
  readonly office: ZonedOfficeId;
  readonly device: string;
  readonly lang: 'id' | 'en';
}

/** Offices in WIB and WIT, devices in UTC and New York, pages in Indonesian and English. */
export const CASES: readonly Case[] = [
  { office: 'WIB', device: 'UTC', lang: 'id', ...WIB_ID },
  { office: 'WIT', device: 'UTC', lang: 'id', ...WIT_ID },
  { office: 'WIB', device: 'America/New_York', lang: 'en', ...WIB_EN },
  { office: 'WIT', device: 'America/New_York', lang: 'id', ...WIT_ID },
];
