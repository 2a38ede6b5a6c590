import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskClient } from './support/desk-client';
import { freshCode } from './support/desk-fixtures';
import { PASSWORD } from './support/desk-under-test';
import { type SmallDesk, smallDesk } from './support/small-desk';

const PAGE_ID = 'Halaman atau berkas ini tidak ada di meja layanan.';
const PAGE_EN = 'The desk has no such page or file.';
const CODE_TEXT = 'Kode tidak ditemukan';

describe("the desk's own not-found and its favicon", () => {
  let small: SmallDesk;
  const get = (path: string, init: RequestInit = {}) => small.host.request(`${small.base}${path}`, init);

  beforeAll(async () => {
    small = await smallDesk();
  });
  afterAll(async () => {
    await small.desk.close();
  });

  it('answers a page, an asset, an office or a method it does not have with a small page in the asked language, never the booking code text', async () => {
    for (const [path, init] of [
      ['no-such-page', {}],
      ['assets/no-such-file.js', {}],
      ['assets/..%2Fpackage.json', {}],
      ['display/ZZ', {}],
      ['display/ZZ/events', {}],
      ['display/ZZ/office', {}],
      ['check-in/extra', {}],
      ['login', { method: 'DELETE' }],
    ] as const) {
      const answer = await get(path, init);
      const text = await answer.text();
      expect([path, answer.status, answer.headers.get('content-type')]).toEqual([
        path,
        404,
        'text/html; charset=UTF-8',
      ]);
      expect(text, path).toContain(PAGE_ID);
      expect(text, path).not.toContain(CODE_TEXT);
    }
    const english = await get('no-such-page?lang=en');
    expect(await english.text()).toContain(PAGE_EN);
  });

  it('answers an API route it does not have with JSON NotFound and the same sentence', async () => {
    const client = new DeskClient(small.base, async (url, init) => small.host.request(url, init));
    expect((await client.login('siti', PASSWORD)).status).toBe(200);
    for (const answer of [await client.get('api/no-such-route'), await client.post('api/no-such-route', {})])
      expect([answer.status, answer.body]).toEqual([404, { error: 'NotFound', message: PAGE_ID }]);
    expect((await client.get('api/no-such-route?lang=en')).body.message).toBe(PAGE_EN);
    // A booking code that is not the office's keeps its own sentence.
    const code = await client.post('api/check-in', { code: freshCode() });
    expect([code.status, code.body]).toEqual([
      404,
      { error: 'NotFound', message: `${CODE_TEXT} di kantor ini.` },
    ]);
  });

  it('serves its favicon where browsers look and where the pages link it', async () => {
    for (const path of ['favicon.svg', 'favicon.ico', 'assets/favicon.svg']) {
      const answer = await get(path);
      expect([path, answer.status, answer.headers.get('content-type')]).toEqual([path, 200, 'image/svg+xml']);
      expect(await answer.text()).toMatch(/^<svg /);
    }
    const assets = fileURLToPath(new URL('../assets/', import.meta.url));
    const pages = readdirSync(assets).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages)
      expect(readFileSync(`${assets}${page}`, 'utf8'), page).toMatch(
        /<link rel="icon" href="(\.\.\/)?assets\/favicon\.svg" type="image\/svg\+xml">/,
      );
  });

  it('answers with its not-found when it is served on its own, not mounted', async () => {
    const answer = await small.desk.app.request('http://desk.test/no/such/page', { method: 'POST' });
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain(PAGE_ID);
  });
});
