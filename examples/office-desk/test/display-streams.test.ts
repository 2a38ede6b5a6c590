import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { middayZone, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import { PASSWORD } from '../../../packages/desk/test/support/desk-under-test';
import { sseReader } from '../../../packages/desk/test/support/sse-reader';
import type { DeskProcess } from './desk-process';
import { runAddUser } from './desk-process';
import { useDeskRun } from './desk-run';

// The display stream caps as an office sets them, over real sockets: the address is the socket's
// peer (127.0.0.1 for every stream here) and a stream's place is freed when its socket closes.
describe('the office desk caps public display streams from its environment', () => {
  const run = useDeskRun('sqlite', {
    ANTREAN_DESK_SECRET: 'a-secret-for-the-desk-process-tests-0123456789',
    ANTREAN_SWEEP_MS: '0',
    ANTREAN_DESK_DISPLAY_STREAMS_PER_CLIENT: '2',
  });
  let desk: DeskProcess;

  beforeAll(async () => {
    const office = testOffice('A', middayZone(new Date()));
    writeFileSync(run.officesFile, JSON.stringify([{ number: 'A', office }]));
    const added = await runAddUser(['siti', '--role', 'officer', '--office', 'A'], run.env, PASSWORD);
    expect(added, added.output).toMatchObject({ code: 0 });
    desk = await run.start();
  }, 90_000);

  it('opens ANTREAN_DESK_DISPLAY_STREAMS_PER_CLIENT streams from one address, answers 429 to one more, and takes one again once a stream is closed', async () => {
    const url = `${desk.url}/desk/display/A/events`;
    const streams = [];
    for (let i = 0; i < 2; i++) {
      const controller = new AbortController();
      const answer = await fetch(url, { signal: controller.signal });
      expect(answer.status).toBe(200);
      const reader = sseReader(answer);
      expect((await reader.next()).event).toBe('snapshot');
      streams.push({ controller, reader });
    }
    const refused = await fetch(url);
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([
      429,
      'TooManyDisplaysFromClient',
    ]);
    streams[0]?.controller.abort();
    const deadline = Date.now() + 10_000;
    let again = await fetch(url);
    while (again.status === 429 && Date.now() < deadline) {
      await again.body?.cancel();
      again = await fetch(url);
    }
    expect(again.status).toBe(200);
    const reader = sseReader(again);
    expect((await reader.next()).event).toBe('snapshot');
    await reader.close();
    await streams[1]?.reader.close();
  });
});
