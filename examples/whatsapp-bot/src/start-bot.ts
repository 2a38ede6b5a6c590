import {
  createHostDispatcher,
  type Environment,
  type RunningHost,
  readEnvironment,
  type StartRefused,
  startHost,
} from '@antrean/bot-host';
import { systemClock } from '@antrean/core';
import { err, type Result } from 'neverthrow';
import { prepareDesk } from './desk-mount';
import { whatsappEnvironment } from './environment';
import { graphSendReply } from './graph-send';
import { createOfficeRoute } from './office-targets';
import { addWebhookRoute } from './webhook-route';

const refused = (message: string): Result<never, StartRefused> =>
  err({ type: 'StartRefused', message, exitCode: 2 });

/**
 * Reads `env` and starts the shared host with the webhook route and the reply dispatcher, started
 * once the port listens and stopped after HTTP, before the store closes.
 */
export async function startWhatsAppBot(source: Environment): Promise<Result<RunningHost, StartRefused>> {
  const env = readEnvironment(whatsappEnvironment, source);
  if (env.isErr()) return refused(env.error.message);
  const config = env.value;
  // A send still waiting for Meta when its lease ends may be sent again by another claim.
  if (config.ANTREAN_OUTBOX_LEASE_MS <= config.WHATSAPP_SEND_TIMEOUT_MS)
    return refused('ANTREAN_OUTBOX_LEASE_MS must be longer than WHATSAPP_SEND_TIMEOUT_MS');
  const desk = await prepareDesk(config);
  if (desk.isErr()) return refused(desk.error);
  const started = await startHost({
    name: 'whatsapp-bot',
    config,
    defaultNumber: config.WHATSAPP_PHONE_NUMBER_ID,
    numberVariable: 'WHATSAPP_PHONE_NUMBER_ID',
    setup: ({ offices, store, metrics, app, logger }) => {
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
      const mounted = desk.value.mount({ offices, store, metrics, app, logger });
      if (mounted.isErr()) return err(mounted.error);
      return createOfficeRoute(offices, store, systemClock, metrics).andThen((route) =>
        dispatcher.map((replyDispatcher) => {
          const { WHATSAPP_APP_SECRET: appSecret, WHATSAPP_VERIFY_TOKEN: verifyToken } = config;
          addWebhookRoute(app, { appSecret, verifyToken, route, metrics });
          return {
            start: () => replyDispatcher.start(),
            steps: [{ name: 'dispatcher', run: () => replyDispatcher.stop() }],
          };
        }),
      );
    },
  });
  // The desk's event streams end first: an open stream would hold the HTTP server's close.
  return started.map((host) => ({ ...host, shutdownSteps: [desk.value.step, ...host.shutdownSteps] }));
}
