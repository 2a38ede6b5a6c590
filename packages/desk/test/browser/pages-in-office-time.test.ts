import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { type ClockedDesk, startClockedDesk, type ZonedOfficeId } from './support/clocked-desk';
import { CASES, type Case, NOW } from './support/office-time-cases';
import { checkInThroughApi, signInByKeyboard, waitForFocus, waitForText } from './support/pages';

/** `hh:mm` on `date` in the office's zone, as an instant (both offices have a fixed offset). */
const officeInstant = (office: ZonedOfficeId, date: string, time: string) =>
  new Date(`${date}T${time}:00${office === 'WIB' ? '+07:00' : '+09:00'}`);

describe('the desk in the office time zone, on a device set to another zone', () => {
  let browser: Browser;
  let desk: ClockedDesk;
  beforeAll(async () => {
    browser = await launchChromium();
    desk = await startClockedDesk(NOW);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  }, 30_000);

  /** A browser on the case's device (its zone, an American English locale), its clock at `NOW`. */
  const device = async (c: Case): Promise<BrowserContext> => {
    const context = await browser.newContext({ timezoneId: c.device, locale: 'en-US' });
    await context.clock.setFixedTime(NOW);
    return context;
  };

  /** A page signed in as the office's supervisor on `page`, in the case's language. */
  const signedIn = async (context: BrowserContext, c: Case, page: string): Promise<Page> => {
    const tab = await context.newPage();
    await signInByKeyboard(tab, desk, `sup-${c.office.toLowerCase()}`, page);
    if (c.lang === 'en') await tab.goto(`${desk.base}${page}?lang=en`);
    return tab;
  };

  describe.each(CASES)('office in $office, device in $device, page in $lang', (c) => {
    it('says when a too-early code opens on the office clock', async () => {
      const context = await device(c);
      const page = await signedIn(context, c, 'check-in');
      const code = await desk.seed(c.office, officeInstant(c.office, '2026-12-09', '08:00'));
      await waitForFocus(page, 'code');
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      await waitForText(page, 'verdict', /\S/);
      expect(await page.textContent('#verdict')).toContain(c.opens);
      expect(await page.textContent('#p-session')).toBe(c.previewSession);
      await context.close();
    });

    it('shows the office date and time on the waiting-room clock', async () => {
      const context = await device(c);
      const page = await context.newPage();
      await page.goto(`${desk.base}display/${c.office}${c.lang === 'en' ? '?lang=en' : ''}`);
      await waitForText(page, 'clock', /\d/);
      expect(await page.textContent('#clock')).toBe(c.clock);
      await context.close();
    });

    it("opens the day view on the office's today, its sessions' hours written the page's way", async () => {
      const context = await device(c);
      const page = await signedIn(context, c, 'day');
      await waitForText(page, 'day-result', /2026/);
      expect(await page.inputValue('#date')).toBe('2026-12-08');
      expect(await page.textContent('#day-result')).toContain(c.dayShown);
      const headings = await page.locator('#sessions h2').allTextContents();
      expect(
        headings.some((heading) => heading.startsWith(`${c.sessionHeading} · `)),
        headings.join('\n'),
      ).toBe(true);
      await context.close();
    });

    it('writes the counter history on the office clock, 24-hour', async () => {
      const context = await device(c);
      const counter = await signedIn(context, c, 'counter');
      // A session an hour from now: its check-in is open.
      await checkInThroughApi(counter, await desk.seed(c.office, new Date(NOW.getTime() + 3_600_000)));
      await waitForFocus(counter, 'counter');
      // A counter of its own per case: a counter still calling the last case's number is busy.
      await counter.keyboard.type(String(CASES.indexOf(c) + 1));
      await counter.keyboard.press('Enter');
      await counter.keyboard.press('n');
      await waitForText(counter, 'history', /\S/);
      const history = (await counter.textContent('#history li')) ?? '';
      expect(history.startsWith(`${c.historyTime} · `), history).toBe(true);
      expect(history).not.toMatch(/[AP]M/);
      await context.close();
    });

    it('writes audit times and the default "from" on the office clock', async () => {
      const context = await device(c);
      const audit = await signedIn(context, c, 'audit');
      // An entry at the desk's clock, made before the trail is read.
      await checkInThroughApi(audit, await desk.seed(c.office, new Date(NOW.getTime() + 3_600_000)));
      await audit.reload();
      await waitForText(audit, 'audit-result', /\d/);
      expect(await audit.inputValue('#from')).toBe(
        c.office === 'WIB' ? '2026-12-07T06:30' : '2026-12-07T08:30',
      );
      const times = await audit.locator('#entries tbody tr td:first-child').allTextContents();
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) expect(time).toBe(c.auditTime);
      await context.close();
    });
  });
});
