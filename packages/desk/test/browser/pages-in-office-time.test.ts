import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { type ClockedDesk, startClockedDesk, type ZonedOfficeId } from './support/clocked-desk';
import { checkInThroughApi, signInByKeyboard, waitForFocus, waitForText } from './support/pages';

// 23:30 UTC on Monday 7 December: already Tuesday 8 December in both offices (06:30 WIB, 08:30
// WIT), and still Monday on a device in UTC (23:30) or in New York (18:30).
const NOW = new Date('2026-12-07T23:30:00Z');

/** What an office's pages must show in one language at `NOW`. */
interface Expected {
  /** Check-in opening of a booking at 08:00 office time tomorrow (the 9th). */
  readonly opens: string;
  readonly clock: string;
  readonly dayShown: string;
  readonly auditTime: string;
  readonly historyTime: string;
  /** The too-early booking's session on the check-in preview. */
  readonly previewSession: string;
  /** The heading of the offices' one configured session (08:00–10:00) in the day view. */
  readonly sessionHeading: string;
  /** The audit's default "from": a day before `NOW` on the office's wall clock. */
  readonly auditFrom: string;
}

const WIB_ID: Expected = {
  opens: 'dibuka pukul 06.00.',
  clock: 'Selasa, 8 Desember 2026 · 06.30',
  dayShown: '8 Desember 2026',
  auditTime: '8 Des 2026, 06.30.00',
  historyTime: '06.30.00',
  previewSession: '9 Desember 2026, 08.00–10.00',
  sessionHeading: 'Sesi 08.00–10.00',
  auditFrom: '2026-12-07T06:30',
};
const WIT_ID: Expected = {
  opens: 'dibuka pukul 06.00.',
  clock: 'Selasa, 8 Desember 2026 · 08.30',
  dayShown: '8 Desember 2026',
  auditTime: '8 Des 2026, 08.30.00',
  historyTime: '08.30.00',
  previewSession: '9 Desember 2026, 08.00–10.00',
  sessionHeading: 'Sesi 08.00–10.00',
  auditFrom: '2026-12-07T08:30',
};
const WIB_EN: Expected = {
  opens: 'opens at 06:00.',
  clock: 'Tuesday, 8 December 2026 · 06:30',
  dayShown: '8 December 2026',
  auditTime: '8 Dec 2026, 06:30:00',
  historyTime: '06:30:00',
  previewSession: '9 December 2026, 08:00–10:00',
  sessionHeading: 'Session 08:00–10:00',
  auditFrom: '2026-12-07T06:30',
};

/** A device somewhere, an office, a page language, and what its pages must show. */
interface Case extends Expected {
  readonly office: ZonedOfficeId;
  readonly device: string;
  readonly lang: 'id' | 'en';
}

const CASES: readonly Case[] = [
  { office: 'WIB', device: 'UTC', lang: 'id', ...WIB_ID },
  { office: 'WIT', device: 'UTC', lang: 'id', ...WIT_ID },
  { office: 'WIB', device: 'America/New_York', lang: 'en', ...WIB_EN },
  { office: 'WIT', device: 'America/New_York', lang: 'id', ...WIT_ID },
];

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
