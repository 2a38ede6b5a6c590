import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { type DeskServer, startDeskServer } from './desk-server';

/** The browser and the running desk that a test file's tests share. */
export interface BrowserSuite {
  readonly browser: Browser;
  readonly desk: DeskServer;
}

/**
 * Launches Chromium and starts the office desk before the file's tests, and stops both after.
 * Each test opens its own browser context (its own cookies), so tests do not lean on each other's
 * sessions; `prepare` seeds what the file needs.
 */
export function useDeskInBrowser(prepare?: (suite: BrowserSuite) => Promise<void>): BrowserSuite {
  let browser: Browser | undefined;
  let desk: DeskServer | undefined;
  const suite: BrowserSuite = {
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    get desk() {
      if (!desk) throw new Error('the desk is not running');
      return desk;
    },
  };
  beforeAll(async () => {
    browser = await launchChromium();
    desk = await startDeskServer();
    await prepare?.(suite);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  }, 30_000);
  return suite;
}
