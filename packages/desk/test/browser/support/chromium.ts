import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: the browser tests drive the one the office PCs and CI install with apt. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches headless Chromium. A machine without it fails the run with the command that installs
 * it, never a silent skip (`.ci/run` installs it on CI).
 */
export async function launchChromium(path = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(path))
    throw new Error(
      `The desk's browser tests need Debian's Chromium at ${path}. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
    );
  return chromium.launch({
    executablePath: path,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
