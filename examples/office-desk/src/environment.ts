import { dataFilePath, hostEnvironment, optionalText, requiredText, wholeNumber } from '@antrean/bot-host';
import { z } from 'zod';

/** The desk's own variables; a host that mounts the desk spreads them into its environment. */
export const deskVariables = {
  /** The users file (`add-user` writes it); unset: `desk-users.json` in the data folder. */
  ANTREAN_DESK_USERS: optionalText(),
  /** The session cookie's key: at least 32 random characters. */
  ANTREAN_DESK_SECRET: requiredText(),
  /** One walk-in is called after this many bookings. */
  ANTREAN_DESK_WALK_IN_EVERY: wholeNumber(3, 1, 100),
  /** Public display streams open at once from one client address (429 past it). */
  ANTREAN_DESK_DISPLAY_STREAMS_PER_CLIENT: wholeNumber(10, 1, 10_000),
  /** Public display streams open at once in all (429 past it). */
  ANTREAN_DESK_DISPLAY_STREAMS_TOTAL: wholeNumber(200, 1, 100_000),
  /** The desk's page files (start.mjs names the package's `assets/`). */
  ANTREAN_DESK_ASSETS: optionalText(),
  /** Origins besides the request's own host that may post (a proxy that rewrites Host), comma-separated. */
  ANTREAN_DESK_ORIGINS: optionalText(),
  /** `true` behind a proxy: the sign-in limits count the address the proxy appended to `X-Forwarded-For`. */
  ANTREAN_DESK_TRUST_PROXY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  ),
  /** With `ANTREAN_DESK_TRUST_PROXY=true`, the proxies in front of the desk: the client is the entry this far from the right. */
  ANTREAN_DESK_PROXY_HOPS: wholeNumber(1, 1, 100),
};

/** Every variable the office desk reads, checked at start. */
export const officeDeskEnvironment = { ...hostEnvironment, ...deskVariables };

/** The desk's variables as read. */
export interface DeskConfig {
  readonly ANTREAN_DESK_USERS: string;
  readonly ANTREAN_DESK_SECRET: string;
  readonly ANTREAN_DESK_WALK_IN_EVERY: number;
  readonly ANTREAN_DESK_DISPLAY_STREAMS_PER_CLIENT: number;
  readonly ANTREAN_DESK_DISPLAY_STREAMS_TOTAL: number;
  readonly ANTREAN_DESK_ASSETS?: string | undefined;
  readonly ANTREAN_DESK_ORIGINS?: string | undefined;
  readonly ANTREAN_DESK_TRUST_PROXY: 'true' | 'false';
  readonly ANTREAN_DESK_PROXY_HOPS: number;
}

/** The users file `add-user` writes and the desk reads: `ANTREAN_DESK_USERS`, else the data folder's. */
export function deskUsersFile(env: {
  readonly ANTREAN_DESK_USERS?: string | undefined;
  readonly ANTREAN_DATA_DIR?: string | undefined;
}): string {
  return env.ANTREAN_DESK_USERS || dataFilePath(env.ANTREAN_DATA_DIR, 'desk-users.json');
}
