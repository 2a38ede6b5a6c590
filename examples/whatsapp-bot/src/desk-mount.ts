import type { HostParts, ShutdownStep } from '@antrean/bot-host';
import { type DeskApp, type DeskUser, loadUsersFile } from '@antrean/desk';
import { type DeskConfig, mountDesk } from '@antrean/office-desk';
import { err, ok, type Result } from 'neverthrow';

/** The desk's variables as the bot reads them: the users file and the secret may be unset. */
type OptionalDeskConfig = Omit<DeskConfig, 'ANTREAN_DESK_USERS' | 'ANTREAN_DESK_SECRET'> & {
  readonly ANTREAN_DESK_USERS?: string | undefined;
  readonly ANTREAN_DESK_SECRET?: string | undefined;
};

/** The desk the bot serves beside its webhook, once the host's parts exist. */
export interface BotDesk {
  /** Mounts the desk under `/desk` (nothing when the desk is not configured). */
  mount(parts: HostParts): Result<unknown, { readonly message: string }>;
  /** Ends the desk's event streams; run before HTTP closes. */
  readonly step: ShutdownStep;
}

/**
 * Reads the desk's users file when `ANTREAN_DESK_USERS` and `ANTREAN_DESK_SECRET` are both set
 * (neither: no desk; one alone is refused, naming the other).
 */
export async function prepareDesk(config: OptionalDeskConfig): Promise<Result<BotDesk, string>> {
  const { ANTREAN_DESK_USERS: usersFile, ANTREAN_DESK_SECRET: secret } = config;
  let desk: DeskApp | undefined;
  const step: ShutdownStep = { name: 'desk', run: async () => desk?.close() };
  if (usersFile === undefined && secret === undefined) return ok({ mount: () => ok(undefined), step });
  if (usersFile === undefined) return err('ANTREAN_DESK_USERS is required when ANTREAN_DESK_SECRET is set');
  if (secret === undefined) return err('ANTREAN_DESK_SECRET is required when ANTREAN_DESK_USERS is set');
  const users = await loadUsersFile(usersFile);
  if (users.isErr()) return err(`ANTREAN_DESK_USERS ${users.error.message}`);
  const deskConfig = { ...config, ANTREAN_DESK_USERS: usersFile, ANTREAN_DESK_SECRET: secret };
  const mount = (parts: HostParts) =>
    mountDesk(parts, deskConfig, users.value as readonly DeskUser[]).map((mounted) => {
      desk = mounted;
      return true;
    });
  return ok({ mount, step });
}
