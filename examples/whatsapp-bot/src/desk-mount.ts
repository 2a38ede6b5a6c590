import type { HostParts, ShutdownStep } from '@antrean/bot-host';
import { type DeskApp, type DeskUser, loadUsersFile } from '@antrean/desk';
import { type DeskConfig, deskUsersFile, mountDesk } from '@antrean/office-desk';
import { err, ok, type Result } from 'neverthrow';

/** The desk's variables as the bot reads them: the users file and the secret may be unset. */
type OptionalDeskConfig = Omit<DeskConfig, 'ANTREAN_DESK_USERS' | 'ANTREAN_DESK_SECRET'> & {
  readonly ANTREAN_DATA_DIR?: string | undefined;
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
 * Reads the desk's users file when `ANTREAN_DESK_SECRET` is set: `ANTREAN_DESK_USERS`, else the
 * data folder's, the file `add-user` writes by default (no secret: no desk; a users file without
 * a secret is refused, naming the secret).
 */
export async function prepareDesk(config: OptionalDeskConfig): Promise<Result<BotDesk, string>> {
  const secret = config.ANTREAN_DESK_SECRET;
  let desk: DeskApp | undefined;
  const step: ShutdownStep = { name: 'desk', run: async () => desk?.close() };
  if (config.ANTREAN_DESK_USERS === undefined && secret === undefined)
    return ok({ mount: () => ok(undefined), step });
  if (secret === undefined) return err('ANTREAN_DESK_SECRET is required when ANTREAN_DESK_USERS is set');
  const usersFile = deskUsersFile(config);
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
