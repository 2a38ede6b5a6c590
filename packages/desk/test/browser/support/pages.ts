import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DeskServer } from './desk-server';
import { PASSWORD } from './desk-server';

/**
 * Where the test run saves its screenshots: `test-results/desk-screenshots/` (ignored by git), or
 * the ones docs/desk.md shows when `ANTREAN_UPDATE_SCREENSHOTS=1`, so a plain test run leaves the
 * checkout as it found it.
 */
export const SCREENSHOTS = fileURLToPath(
  new URL(
    process.env.ANTREAN_UPDATE_SCREENSHOTS === '1'
      ? '../../../../../docs/desk-screenshots/'
      : '../../../../../test-results/desk-screenshots/',
    import.meta.url,
  ),
);

/**
 * The zone the browser tests' device is set to: UTC, as many office PCs and TVs are, or WIT when
 * the office itself is in UTC. Never the office's own, which would hide a page using the device's.
 */
export const deviceZoneFor = (officeZone: string): string => (officeZone === 'UTC' ? 'Asia/Jayapura' : 'UTC');

/** A tablet-sized browser window, Indonesian, on a device set to another zone than the office's. */
export async function officeContext(
  browser: Browser,
  desk: Pick<DeskServer, 'zone'>,
  size = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  return browser.newContext({ viewport: size, timezoneId: deviceZoneFor(desk.zone), locale: 'id-ID' });
}

/** The little of the page's DOM the waits read (the DOM types are not in this Node project's lib). */
interface PageDocument {
  readonly activeElement: { readonly id: string } | null;
  getElementById(id: string): { readonly textContent: string | null } | null;
}

/** The id of the element that has the keyboard focus. */
export const focusedId = (page: Page): Promise<string> =>
  page.evaluate(() => (globalThis as unknown as { document: PageDocument }).document.activeElement?.id ?? '');

/** Waits until the element `#id` has the keyboard focus. */
export async function waitForFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (id) => (globalThis as unknown as { document: PageDocument }).document.activeElement?.id === id,
    id,
  );
}

/**
 * Waits until the text of `#id` matches `pattern`, checked on every animation frame. A function,
 * not a string: the pages' CSP forbids evaluating strings.
 */
export async function waitForText(page: Page, id: string, pattern: RegExp, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ({ id, source, flags }) => {
      const doc = (globalThis as unknown as { document: PageDocument }).document;
      return new RegExp(source, flags).test(doc.getElementById(id)?.textContent ?? '');
    },
    { id, source: pattern.source, flags: pattern.flags },
    { timeout, polling: 'raf' },
  );
}

/** Signs in from the sign-in page with the keyboard alone and lands on `page` (check-in by default). */
export async function signInByKeyboard(
  page: Page,
  desk: Pick<DeskServer, 'base'>,
  name: string,
  next = '',
): Promise<void> {
  await page.goto(`${desk.base}login${next ? `?next=${next}` : ''}`);
  await waitForFocus(page, 'name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${desk.base}${next || 'check-in'}`);
}

/** Saves a full-page PNG into `SCREENSHOTS`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Checks `code` in with the page's session through the API, as a second desk would; its ticket. */
export async function checkInThroughApi(page: Page, code: string): Promise<{ number: string }> {
  const base = new URL('./', page.url());
  const session = await (await page.request.get(new URL('api/session', base).toString())).json();
  const answer = await page.request.post(new URL('api/check-in', base).toString(), {
    data: { code },
    headers: { origin: base.origin, 'x-csrf-token': session.csrfToken },
  });
  if (answer.status() !== 200) throw new Error(`check-in failed: ${await answer.text()}`);
  return (await answer.json()).ticket;
}
