/** What an officer did at the desk; every one is written to the audit trail. */
export type AuditAction = 'check_in' | 'walk_in' | 'call' | 'recall' | 'served' | 'absent';

/** One row of the append-only audit trail. */
export interface AuditEntry {
  /** Increasing in the order rows were written, per store. */
  readonly id: number;
  readonly officeId: string;
  readonly at: Date;
  /** The signed-in officer's user name. */
  readonly officer: string;
  readonly action: AuditAction;
  /** The booking code acted on, if any. */
  readonly code?: string;
  /** The queue number acted on, if any (`A-001`). */
  readonly ticket?: string;
  readonly counter?: string;
  /** Free text: a walk-in's reason. */
  readonly detail?: string;
}
