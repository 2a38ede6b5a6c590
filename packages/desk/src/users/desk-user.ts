/** What an officer may do: supervisors also read the audit trail and export the day as CSV. */
export type DeskRole = 'officer' | 'supervisor';

/** One account of the users file. */
export interface DeskUser {
  /** The sign-in name, unique in the file. */
  readonly name: string;
  readonly role: DeskRole;
  /** The office (`OfficeConfig.id`) the account works at: it sees only that office's codes. */
  readonly office: string;
  /** `scrypt$N$r$p$saltB64$hashB64`, see `hashPassword`. */
  readonly passwordHash: string;
}
