import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DeskClient } from '../support/desk-client';
import { useDeskInBrowser } from './support/browser-suite';
import { type DeskServer, PASSWORD } from './support/desk-server';
import { screenshot, waitForText } from './support/pages';

const HOUR = 3_600_000;

/** The screens an office hangs in a waiting room, portrait included. */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
] as const;

/** The widest numbers: `W-999` and one of each booking series' widths. */
const NUMBERS = ['W-999', 'A-001', 'B-100', 'E-888'] as const;

/** Counter names of 1..12 characters of the widest glyphs, as the API names them. */
const COUNTERS = Array.from({ length: 12 }, (_, i) => `Loket ${'WM'.repeat(6).slice(0, i + 1)}`);

/**
 * "As large as fits": the number's font size is at least this share of the largest with which its
 * one line would still fit in its panel (the panel's width, and its height less the heading and the
 * counter line), and its text spans at least `MIN_SCREEN_SHARE` of the screen's width.
 */
const FIT_SHARE = 0.8;
const MIN_SCREEN_SHARE = 0.4;

interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/** What the test reads of the page's DOM (the DOM types are not in this Node project's lib). */
interface MeasuredElement {
  readonly clientWidth: number;
  readonly clientHeight: number;
  getBoundingClientRect(): Rect;
}
interface MeasureWindow {
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly document: {
    getElementById(id: string): MeasuredElement;
    querySelector(selector: string): MeasuredElement;
    createRange(): { selectNodeContents(node: MeasuredElement): void; getClientRects(): Iterable<Rect> } & {
      getBoundingClientRect(): Rect;
    };
  };
  getComputedStyle(element: MeasuredElement): Record<string, string>;
}

/** The number's and the counter's text lines and boxes, the panel and the screen, as drawn. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as MeasureWindow;
    const text = (id: string) => {
      const range = w.document.createRange();
      range.selectNodeContents(w.document.getElementById(id));
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { lines: tops.size, box: range.getBoundingClientRect() };
    };
    const panel = w.document.querySelector('.now');
    const style = w.getComputedStyle(panel);
    const pad = (side: string) => Number.parseFloat(style[`padding${side}`] ?? '0');
    const number = w.document.getElementById('now-number');
    return {
      screen: { width: w.innerWidth, height: w.innerHeight },
      panel: panel.getBoundingClientRect(),
      panelInner: {
        width: panel.clientWidth - pad('Left') - pad('Right'),
        height: panel.clientHeight - pad('Top') - pad('Bottom'),
      },
      heading: w.document.getElementById('now-heading').getBoundingClientRect().height,
      number: {
        ...text('now-number'),
        fontSize: Number.parseFloat(w.getComputedStyle(number).fontSize ?? '0'),
      },
      counter: {
        ...text('now-counter'),
        element: w.document.querySelector('.now-counter').getBoundingClientRect(),
      },
    };
  });

const inside = (inner: Rect, outer: { left?: number; top?: number; width: number; height: number }) => {
  const left = outer.left ?? 0;
  const top = outer.top ?? 0;
  return (
    inner.left >= left - 0.5 &&
    inner.top >= top - 0.5 &&
    inner.right <= left + outer.width + 0.5 &&
    inner.bottom <= top + outer.height + 0.5
  );
};

/** Resolves once the page's fonts are loaded and two frames have been drawn since. */
const drawn = (page: Page) =>
  page.evaluate(async () => {
    const w = globalThis as unknown as {
      document: { fonts: { ready: Promise<unknown> } };
      requestAnimationFrame(callback: () => void): void;
    };
    await w.document.fonts.ready;
    for (let frame = 0; frame < 2; frame++)
      await new Promise<void>((resolve) => w.requestAnimationFrame(resolve));
  });

/** One display snapshot as the stream sends it: the newest call first. */
const snapshot = (calls: readonly { number: string; counter: string; finished?: boolean }[]) =>
  `retry: 600000\nevent: snapshot\ndata: ${JSON.stringify({
    calls: calls.map((call) => ({ calls: 1, finished: false, ...call })),
  })}\n\n`;

/** A morning at office A through the API: three numbers served or absent, two being called. */
async function callSome(desk: DeskServer): Promise<void> {
  const siti = new DeskClient(desk.base, (url, init) => fetch(url, init));
  if ((await siti.login('siti', PASSWORD)).status !== 200) throw new Error('siti cannot sign in');
  for (let i = 0; i < 4; i++) await siti.post('api/check-in', { code: await desk.seed(HOUR) });
  await siti.post('api/walk-in', { reason: 'Paspor hilang' });
  for (const [counter, outcome] of [
    ['1', 'served'],
    ['Loket-2', 'absent'],
    ['3', 'served'],
    ['loket 12', undefined],
    ['4', undefined],
  ] as const) {
    const call = await siti.post('api/call-next', { counter });
    if (call.status !== 200) throw new Error(`call-next failed: ${JSON.stringify(call.body)}`);
    if (outcome) await siti.post(`api/${outcome}`, { counter });
  }
}

// The display's stream is answered by the test (a snapshot with the number to measure), so every
// size and name is drawn by the page's own code from the data a real stream carries. The
// screenshots show the real stream after a few calls.
describe('the waiting-room display at every screen size', () => {
  const suite = useDeskInBrowser(async ({ desk }) => callSome(desk));

  const open = async (screen: { width: number; height: number }) => {
    const context = await suite.browser.newContext({ viewport: screen, timezoneId: 'UTC', locale: 'id-ID' });
    const page = await context.newPage();
    let body = snapshot([]);
    await page.route('**/display/A/events', (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body }),
    );
    const show = async (calls: Parameters<typeof snapshot>[0]) => {
      body = snapshot(calls);
      await page.goto(`${suite.desk.base}display/A`);
      await expect.poll(() => page.textContent('#now-number')).toBe(calls[0]?.number);
      await drawn(page);
    };
    return { context, page, show };
  };

  for (const screen of SCREENS) {
    it(`keeps the called number on one line, inside the screen and as large as fits at ${screen.width}×${screen.height}`, async () => {
      const { context, page, show } = await open(screen);
      const cases = [
        ...COUNTERS.map((counter) => ({ number: 'W-999', counter })),
        ...NUMBERS.map((number) => ({ number, counter: COUNTERS[11] ?? '' })),
      ];
      for (const call of cases) {
        await show([call]);
        const seen = await measure(page);
        const where = `${call.number} at ${call.counter}, ${screen.width}×${screen.height}`;
        expect(seen.number.lines, where).toBe(1);
        expect(inside(seen.number.box, seen.screen), where).toBe(true);
        expect(inside(seen.number.box, seen.panel), where).toBe(true);
        const room = seen.panelInner.height - seen.heading - seen.counter.element.height;
        const largest = Math.min(
          (seen.number.fontSize * seen.panelInner.width) / seen.number.box.width,
          (seen.number.fontSize * room) / seen.number.box.height,
        );
        expect(seen.number.fontSize, where).toBeGreaterThanOrEqual(FIT_SHARE * largest);
        expect(seen.number.box.width / seen.screen.width, where).toBeGreaterThanOrEqual(MIN_SCREEN_SHARE);
        expect(seen.counter.lines, where).toBe(1);
        expect(inside(seen.counter.box, seen.panel), where).toBe(true);
      }
      await page.unrouteAll();
      await page.goto(`${suite.desk.base}display/A`);
      await waitForText(page, 'connection', /^Terhubung$/);
      await expect.poll(() => page.locator('#recent tr').count()).toBe(4);
      // The snapshot does not flash; fonts and two frames drawn are enough.
      await drawn(page);
      await screenshot(page, `display-${screen.width}x${screen.height}`);
      await context.close();
    });
  }
});
