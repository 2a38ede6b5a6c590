import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { useDeskInBrowser } from './support/browser-suite';
import type { DeskServer } from './support/desk-server';
import {
  checkInThroughApi,
  officeContext,
  signInByKeyboard,
  waitForFocus,
  waitForText,
} from './support/pages';
import { slowAnswers } from './support/slow-answers';

const HOUR = 3_600_000;

/** Each page in the state worth checking: filled with data, a preview or a number on screen. */
const PAGES: readonly { name: string; open: (page: Page, desk: DeskServer) => Promise<void> }[] = [
  { name: 'login', open: async (page, desk) => void (await page.goto(`${desk.base}login`)) },
  {
    name: 'check-in with a preview',
    open: async (page, desk) => {
      await page.goto(`${desk.base}check-in`);
      await waitForFocus(page, 'code'); // the page's script is ready: it focuses the field last
      await page.fill('#code', await desk.seed(HOUR));
      await page.press('#code', 'Enter');
      await page.waitForSelector('#preview:not([hidden])');
    },
  },
  {
    name: 'counter with a number called',
    open: async (page, desk) => {
      await page.goto(`${desk.base}counter`);
      await waitForFocus(page, 'counter'); // the page's script is ready: it focuses the field last
      await page.fill('#counter', String(page.viewportSize()?.width)); // one counter per window size
      await page.press('#counter', 'Enter');
      await page.keyboard.press('n');
      await waitForText(page, 'current-number', /\d/);
    },
  },
  {
    name: 'day view',
    open: async (page, desk) => {
      await page.goto(`${desk.base}day`);
      await page.waitForSelector('#sessions table');
    },
  },
  {
    name: 'audit trail',
    open: async (page, desk) => {
      await page.goto(`${desk.base}audit`);
      await page.waitForSelector('#entries table');
    },
  },
  {
    name: 'waiting-room display',
    open: async (page, desk) => {
      await page.goto(`${desk.base}display/A?speech=1`);
      await waitForText(page, 'now-number', /\d/);
    },
  },
];

// axe-core's WCAG 2.1 A/AA and best-practice rules on every page, on a desk PC and on an 8-inch
// tablet held upright: no serious or critical violation.
describe('accessibility of the desk pages (axe-core in Chromium)', () => {
  const suite = useDeskInBrowser(async ({ browser, desk }) => {
    const context = await officeContext(browser, desk);
    const page = await context.newPage();
    await signInByKeyboard(page, desk, 'rina');
    for (const code of [await desk.seed(HOUR), await desk.seed(HOUR)]) await checkInThroughApi(page, code);
    await context.close();
  });

  it('finds a violation where there is one (a field without a label), so a clean page means something', async () => {
    const page = await suite.browser.newPage();
    await page.setContent('<!doctype html><html lang="id"><title>x</title><main><input></main></html>');
    expect((await seriousViolations(page)).map((violation) => violation.id)).toContain('label');
    await page.close();
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 600, height: 960 },
  ])
    it(`has no serious violation, script error or CSP refusal on any page at ${size.width}×${size.height}`, async () => {
      const context = await officeContext(suite.browser, suite.desk, size);
      const page = await context.newPage();
      // Each page's script starts 300 ms late, as on a loaded machine: acting on a page before its
      // script is ready fails here every run instead of now and then.
      await slowAnswers(page, 'api/session', 300);
      // Script errors and CSP refusals (an inline script or style would be one) fail the test too.
      const broken: string[] = [];
      page.on('pageerror', (error) => broken.push(error.message));
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) broken.push(message.text());
      });
      await signInByKeyboard(page, suite.desk, 'rina');
      const found: Record<string, unknown> = {};
      for (const { name, open } of PAGES) {
        await open(page, suite.desk);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[name] = violations;
      }
      expect(found).toEqual({});
      expect(broken).toEqual([]);
      await context.close();
    });
});
