import {
  type Environment,
  type RunningHost,
  readEnvironment,
  type StartRefused,
  startHost,
} from '@antrean/bot-host';
import { systemClock } from '@antrean/core';
import { err, type Result } from 'neverthrow';
import { twilioEnvironment } from './environment';
import { createOfficeRoute } from './office-targets';
import { addWebhookRoute } from './webhook-route';

/**
 * Reads `env` and starts the shared host with `POST /twilio` added. Replies go back in the
 * webhook's TwiML, recorded with the booking first, so no dispatcher runs: nothing is queued.
 */
export async function startTwilioBot(source: Environment): Promise<Result<RunningHost, StartRefused>> {
  const env = readEnvironment(twilioEnvironment, source);
  if (env.isErr()) return err({ type: 'StartRefused', message: env.error.message, exitCode: 2 });
  const config = env.value;
  return startHost({
    name: 'twilio-bot',
    config,
    defaultNumber: config.TWILIO_NUMBER,
    numberVariable: 'TWILIO_NUMBER',
    setup: ({ offices, store, metrics, app }) =>
      createOfficeRoute(offices, store, systemClock, metrics).map((route) => {
        const { TWILIO_AUTH_TOKEN: authToken, TWILIO_PUBLIC_URL: publicUrl } = config;
        addWebhookRoute(app, { authToken, publicUrl, route, metrics });
        return {};
      }),
  });
}
