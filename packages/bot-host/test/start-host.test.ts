import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok } from 'neverthrow';
import { afterEach, describe, expect, it } from 'vitest';
import { readEnvironment } from '../src/env-config';
import { hostEnvironment } from '../src/host-environment';
import { startHost } from '../src/start-host';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const config = () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-start-host-'));
  dirs.push(dir);
  const env = {
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ANTREAN_SQLITE_PATH: join(dir, 'a.sqlite'),
  };
  return readEnvironment(hostEnvironment, env)._unsafeUnwrap();
};

describe('startHost', () => {
  it('serves the shared routes and the bot’s, starts its workers after listening, and stops in order', async () => {
    const events: string[] = [];
    const started = await startHost({
      name: 'test-bot',
      config: config(),
      defaultNumber: '+14155238886',
      numberVariable: 'TEST_NUMBER',
      setup: ({ app, offices }) => {
        events.push(`setup ${[...offices.keys()].join()}`);
        app.get('/mine', (c) => c.text('mine'));
        return ok({
          start: () => events.push('start'),
          steps: [{ name: 'worker', run: async () => void events.push('worker') }],
        });
      },
    });
    const host = started._unsafeUnwrap();
    const base = `http://127.0.0.1:${host.port}`;
    expect(await (await fetch(`${base}/mine`)).text()).toBe('mine');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(host.shutdownSteps.map((step) => step.name)).toEqual(['http', 'scheduler', 'worker', 'store']);
    for (const step of host.shutdownSteps) await step.run();
    expect(events).toEqual(['setup +14155238886', 'start', 'worker']);
  });

  it('refuses a single office without its number, naming the variable (exit 2)', async () => {
    const started = await startHost({
      name: 'test-bot',
      config: config(),
      defaultNumber: undefined,
      numberVariable: 'TEST_NUMBER',
      setup: () => ok({}),
    });
    expect(started._unsafeUnwrapErr()).toMatchObject({ exitCode: 2, message: 'TEST_NUMBER is required' });
  });

  it('passes a setup refusal on with exit code 2, serving nothing', async () => {
    const started = await startHost({
      name: 'test-bot',
      config: config(),
      defaultNumber: '+1',
      numberVariable: 'TEST_NUMBER',
      setup: () => err({ message: 'no route' }),
    });
    expect(started._unsafeUnwrapErr()).toEqual({ type: 'StartRefused', message: 'no route', exitCode: 2 });
  });
});
