import {
  createHostApp,
  createHostDispatcher,
  createHostMetrics,
  createLogger,
  listen,
  loadOffices,
  onShutdown,
  openStore,
  readEnvironment,
} from '@antrean/bot-host';
import { systemClock } from '@antrean/core';
import { whatsappEnvironment } from './environment';
import { graphSendReply } from './graph-send';
import { createOfficeRoute } from './office-targets';
import { addWebhookRoute } from './webhook-route';

/** Stops before serving anything: one line naming what is wrong, and a non-zero exit. */
const refuse = (message: string, code: number): never => {
  process.stderr.write(`antrean whatsapp-bot: ${message}\n`);
  process.exit(code);
};

// The bot's entry point: read the environment, open the offices and the store, serve the webhook,
// send replies from the outbox, and shut down cleanly on SIGTERM or SIGINT.
async function main(): Promise<void> {
  const env = readEnvironment(whatsappEnvironment, process.env);
  if (env.isErr()) return refuse(env.error.message, 2);
  const config = env.value;
  const logger = createLogger({ name: 'whatsapp-bot', level: config.LOG_LEVEL });
  const offices = await loadOffices(
    config.ANTREAN_OFFICE_CONFIG,
    config.WHATSAPP_PHONE_NUMBER_ID,
    'WHATSAPP_PHONE_NUMBER_ID',
  );
  if (offices.isErr()) return refuse(offices.error.message, 2);
  const opened = await openStore({
    databaseUrl: config.DATABASE_URL,
    schema: config.ANTREAN_DATABASE_SCHEMA,
    sqlitePath: config.ANTREAN_SQLITE_PATH,
    onPoolError: (error) => logger.warn({ error: error.message }, 'database connection lost'),
  });
  if (opened.isErr()) return refuse(opened.error.message, 1);
  const { store } = opened.value;
  const metrics = createHostMetrics();
  const route = createOfficeRoute(offices.value, store, systemClock, metrics);
  const dispatcher = createHostDispatcher({
    store,
    send: graphSendReply({
      accessToken: config.WHATSAPP_ACCESS_TOKEN,
      graphUrl: config.WHATSAPP_GRAPH_URL,
      timeoutMs: config.WHATSAPP_SEND_TIMEOUT_MS,
    }),
    clock: systemClock,
    ratePerSecond: config.WHATSAPP_SEND_RATE,
    tuning: config,
    logger,
    metrics,
  });
  if (route.isErr()) return refuse(route.error.message, 2);
  if (dispatcher.isErr()) return refuse(dispatcher.error.message, 2);

  const app = createHostApp({ logger, metrics, health: () => store.health() });
  addWebhookRoute(app, {
    appSecret: config.WHATSAPP_APP_SECRET,
    verifyToken: config.WHATSAPP_VERIFY_TOKEN,
    route: route.value,
    metrics,
  });
  const server = await listen(app, config.PORT, config.HOST);
  dispatcher.value.start();
  const numbers = [...offices.value.keys()];
  logger.info({ port: server.port, store: opened.value.engine, offices: numbers.length }, 'listening');

  onShutdown(
    [
      { name: 'http', run: () => server.close() },
      { name: 'dispatcher', run: () => dispatcher.value.stop() },
      { name: 'store', run: () => opened.value.close() },
    ],
    { logger, timeoutMs: config.ANTREAN_SHUTDOWN_TIMEOUT_MS },
  );
}

main().catch((cause: unknown) =>
  refuse(`unexpected failure: ${(cause as Error)?.message ?? String(cause)}`, 1),
);
