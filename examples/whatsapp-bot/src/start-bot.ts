import {
  createHostApp,
  createHostDispatcher,
  createHostMetrics,
  createLogger,
  type Environment,
  type Logger,
  listen,
  loadOffices,
  openStore,
  readEnvironment,
  type ShutdownStep,
} from '@antrean/bot-host';
import { systemClock } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';
import { whatsappEnvironment } from './environment';
import { graphSendReply } from './graph-send';
import { createOfficeRoute } from './office-targets';
import { addWebhookRoute } from './webhook-route';

/** Why the bot did not start: a line for the operator, and the exit code (2 configuration, 1 store). */
export interface StartRefused {
  readonly type: 'StartRefused';
  readonly message: string;
  readonly exitCode: 1 | 2;
}

/** A bot serving its webhook and sending from its outbox. */
export interface RunningBot {
  readonly port: number;
  readonly logger: Logger;
  readonly shutdownTimeoutMs: number;
  /** Stop accepting and finish requests, stop the dispatcher after its sends, close the store. */
  readonly shutdownSteps: readonly ShutdownStep[];
}

const refused = (message: string, exitCode: 1 | 2): Result<never, StartRefused> =>
  err({ type: 'StartRefused', message, exitCode });

/** Reads `env`, opens the offices and the store, serves the webhook and starts the dispatcher. */
export async function startWhatsAppBot(source: Environment): Promise<Result<RunningBot, StartRefused>> {
  const env = readEnvironment(whatsappEnvironment, source);
  if (env.isErr()) return refused(env.error.message, 2);
  const config = env.value;
  // A send still waiting for Meta when its lease ends may be sent again by another claim.
  if (config.ANTREAN_OUTBOX_LEASE_MS <= config.WHATSAPP_SEND_TIMEOUT_MS)
    return refused('ANTREAN_OUTBOX_LEASE_MS must be longer than WHATSAPP_SEND_TIMEOUT_MS', 2);
  const logger = createLogger({ name: 'whatsapp-bot', level: config.LOG_LEVEL });
  const numberVariable = 'WHATSAPP_PHONE_NUMBER_ID';
  const offices = await loadOffices(
    config.ANTREAN_OFFICE_CONFIG,
    config.WHATSAPP_PHONE_NUMBER_ID,
    numberVariable,
  );
  if (offices.isErr()) return refused(offices.error.message, 2);
  const opened = await openStore({
    databaseUrl: config.DATABASE_URL,
    schema: config.ANTREAN_DATABASE_SCHEMA,
    sqlitePath: config.ANTREAN_SQLITE_PATH,
    onPoolError: (error) => logger.warn({ error: error.message }, 'database connection lost'),
  });
  if (opened.isErr()) return refused(opened.error.message, 1);
  const { store } = opened.value;
  const metrics = createHostMetrics();
  const route = createOfficeRoute(offices.value, store, systemClock, metrics);
  const graph = {
    accessToken: config.WHATSAPP_ACCESS_TOKEN,
    graphUrl: config.WHATSAPP_GRAPH_URL,
    timeoutMs: config.WHATSAPP_SEND_TIMEOUT_MS,
  };
  const dispatcher = createHostDispatcher({
    store,
    send: graphSendReply(graph),
    clock: systemClock,
    ratePerSecond: config.WHATSAPP_SEND_RATE,
    tuning: config,
    logger,
    metrics,
  });
  const parts = route.andThen((officeRoute) =>
    dispatcher.map((replyDispatcher) => ({ officeRoute, replyDispatcher })),
  );
  if (parts.isErr()) {
    await opened.value.close();
    return refused(parts.error.message, 2);
  }
  const { officeRoute, replyDispatcher } = parts.value;

  const app = createHostApp({ logger, metrics, health: () => store.health() });
  const { WHATSAPP_APP_SECRET: appSecret, WHATSAPP_VERIFY_TOKEN: verifyToken } = config;
  addWebhookRoute(app, { appSecret, verifyToken, route: officeRoute, metrics });
  const server = await listen(app, config.PORT, config.HOST).catch((cause: Error) => cause);
  if (server instanceof Error) {
    await opened.value.close();
    return refused(`PORT ${config.PORT} cannot be listened on: ${server.message}`, 1);
  }
  replyDispatcher.start();
  logger.info({ port: server.port, store: opened.value.engine, offices: offices.value.size }, 'listening');
  return ok({
    port: server.port,
    logger,
    shutdownTimeoutMs: config.ANTREAN_SHUTDOWN_TIMEOUT_MS,
    shutdownSteps: [
      { name: 'http', run: () => server.close() },
      { name: 'dispatcher', run: () => replyDispatcher.stop() },
      { name: 'store', run: () => opened.value.close() },
    ],
  });
}
