import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOMY_NUMBER } from './applicants';
import { baseEnvironment, removeBotCache, spawnBot } from './bot-process';
import { sqliteStore, type TestStore } from './test-stores';

// A bot that cannot run as configured stops before serving, naming the variable, never its value.
describe('the bot refusing its configuration', () => {
  const graphUrl = 'http://127.0.0.1:9/v26.0';
  let store: TestStore;

  beforeAll(() => {
    store = sqliteStore();
  });
  afterAll(async () => {
    removeBotCache();
    await store?.close();
  });

  const exitOf = (env: Record<string, string>) => {
    const { child, output } = spawnBot(env);
    return new Promise<{ code: number | null; output: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, output: output() })),
    );
  };

  it.each([
    'WHATSAPP_APP_SECRET',
    'WHATSAPP_VERIFY_TOKEN',
    'WHATSAPP_ACCESS_TOKEN',
    'WHATSAPP_PHONE_NUMBER_ID',
  ])('stops at start when %s is missing, naming it', async (variable) => {
    const env: Record<string, string> = {
      ...baseEnvironment(graphUrl),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
    };
    delete env[variable];
    const { code, output } = await exitOf(env);
    expect(code).toBe(2);
    expect(output.trim()).toBe(`antrean whatsapp-bot: ${variable} is required`);
  });

  it.each([
    [
      'a bad variable, naming it and not its value',
      { WHATSAPP_SEND_RATE: 'lots' },
      'WHATSAPP_SEND_RATE must be a whole number',
    ],
    [
      'a lease no longer than the send timeout (a slow send could go out twice)',
      { WHATSAPP_SEND_TIMEOUT_MS: '5000', ANTREAN_OUTBOX_LEASE_MS: '5000' },
      'ANTREAN_OUTBOX_LEASE_MS must be longer than WHATSAPP_SEND_TIMEOUT_MS',
    ],
  ])('stops at start on %s', async (_case, variables, message) => {
    const env = {
      ...baseEnvironment(graphUrl),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
      ...variables,
    };
    const { code, output } = await exitOf(env);
    expect(code).toBe(2);
    expect(output).toContain(message);
    expect(output).not.toContain('lots');
  });

  it('stops with exit code 1, naming PORT, when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const env = {
        ...baseEnvironment(graphUrl),
        ...store.env,
        WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
        PORT: String(port),
      };
      const { code, output } = await exitOf(env);
      expect(code).toBe(1);
      expect(output).toContain(`PORT ${port} cannot be listened on`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
