import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';

describe('a machine without Chromium', () => {
  it('fails the browser tests with the command that installs it, instead of skipping them', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      /Chromium at \/nonexistent\/chromium\. Install it with: apt-get update && apt-get install -y chromium/,
    );
  });
});
