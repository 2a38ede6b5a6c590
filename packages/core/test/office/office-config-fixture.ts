import { type OfficeConfigError, parseOfficeConfig } from '@antrean/core';
import { expect } from 'vitest';

/** The issue's example office config, as JSON text. */
export const EXAMPLE = `{ "id": "kanim-jakpus", "name": "Kantor Imigrasi Kelas I Jakarta Pusat",
  "timeZone": "Asia/Jakarta", "bookingHorizonDays": 30, "arriveMinutesBefore": 30,
  "sessions": [
    { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "10:00", "capacity": 40 },
    { "days": ["mon","tue","wed","thu","fri"], "start": "10:00", "end": "12:00", "capacity": 40 } ],
  "closedDates": ["2026-12-25"] }`;

/** A fresh copy of the example, to change. */
export const example = (): Record<string, unknown> => JSON.parse(EXAMPLE);

/** The issues of a refused config; fails the test when the config was accepted. */
export const issuesOf = (input: unknown): OfficeConfigError['issues'] => {
  const result = parseOfficeConfig(input);
  if (result.isOk()) throw new Error('expected the config to be refused');
  expect(result.error.type).toBe('InvalidOfficeConfig');
  return result.error.issues;
};

/** The paths of a refused config's issues. */
export const pathsOf = (input: unknown): string[] => issuesOf(input).map((issue) => issue.path);

/** The example with one session changed. */
export const withSession = (index: number, change: Record<string, unknown>): Record<string, unknown> => {
  const config = example();
  const sessions = config.sessions as Record<string, unknown>[];
  sessions[index] = { ...sessions[index], ...change };
  return config;
};
