import { type AuditEntry, displayCode } from '@antrean/core';

/** An audit row as the API shows it: the booking code as printed, like every other code the desk shows. */
export interface AuditJson {
  readonly id: number;
  readonly at: string;
  readonly officer: string;
  readonly action: string;
  readonly code?: string;
  readonly ticket?: string;
  readonly counter?: string;
  readonly detail?: string;
}

/** `entry` for the API, its time as an ISO instant; the store keeps the code canonical, without its dash. */
export const auditJson = (entry: AuditEntry): AuditJson => ({
  id: entry.id,
  at: entry.at.toISOString(),
  officer: entry.officer,
  action: entry.action,
  ...(entry.code === undefined ? {} : { code: displayCode(entry.code) }),
  ...(entry.ticket === undefined ? {} : { ticket: entry.ticket }),
  ...(entry.counter === undefined ? {} : { counter: entry.counter }),
  ...(entry.detail === undefined ? {} : { detail: entry.detail }),
});
