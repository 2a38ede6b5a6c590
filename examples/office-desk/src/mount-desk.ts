import type { HostParts, Logger } from '@antrean/bot-host';
import type { OfficeConfig } from '@antrean/core';
import { createDesk, type DeskApp, type DeskEvent, type DeskUser } from '@antrean/desk';
import type { Result } from 'neverthrow';
import type { DeskConfig } from './environment';

/** Where hosts mount the desk. */
export const DESK_PATH = '/desk';

/** Which variable a refused desk option comes from. */
const VARIABLE: Readonly<Record<string, string>> = {
  secret: 'ANTREAN_DESK_SECRET',
  users: 'ANTREAN_DESK_USERS',
  offices: 'ANTREAN_OFFICE_CONFIG',
  trustProxy: 'ANTREAN_DESK_PROXY_HOPS',
};

/** A desk event as one log line: ids and counts, never a name or a code. */
const logDeskEvent = (logger: Logger, event: DeskEvent): void => {
  const line = { event: event.type, office: event.officeId, detail: event.detail };
  if (event.type === 'StoreFailed') logger.error(line, 'desk');
  else logger.warn({ event: event.type }, 'desk');
};

/** The deployment's offices once each (a list may serve one office on several numbers). */
const distinctOffices = (offices: Iterable<OfficeConfig>): OfficeConfig[] => [
  ...new Map([...offices].map((office) => [office.id, office])).values(),
];

/**
 * The desk over the host's offices and store, mounted under `/desk` of the host's app; a refused
 * option comes back naming its variable.
 */
export function mountDesk(
  parts: HostParts,
  config: DeskConfig,
  users: readonly DeskUser[],
): Result<DeskApp, { readonly message: string }> {
  return createDesk({
    offices: distinctOffices(parts.offices.values()).map((office) => ({ office, store: parts.store })),
    users,
    secret: config.ANTREAN_DESK_SECRET,
    walkInEvery: config.ANTREAN_DESK_WALK_IN_EVERY,
    displayStreams: {
      perClient: config.ANTREAN_DESK_DISPLAY_STREAMS_PER_CLIENT,
      total: config.ANTREAN_DESK_DISPLAY_STREAMS_TOTAL,
    },
    ...(config.ANTREAN_DESK_ASSETS === undefined ? {} : { assetsDir: config.ANTREAN_DESK_ASSETS }),
    allowedOrigins: (config.ANTREAN_DESK_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    trustProxy: config.ANTREAN_DESK_TRUST_PROXY === 'true' && { hops: config.ANTREAN_DESK_PROXY_HOPS },
    onEvent: (event) => logDeskEvent(parts.logger, event),
  })
    .map((desk) => {
      parts.app.route(DESK_PATH, desk.app);
      return desk;
    })
    .mapErr((error) => ({
      message: error.message.replace(error.option, VARIABLE[error.option] ?? error.option),
    }));
}
