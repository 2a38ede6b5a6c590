import { describe, expect, it } from 'vitest';
import { animationsOver } from './support/animations';
import { useDeskInBrowser } from './support/browser-suite';
import {
  checkInThroughApi,
  officeContext,
  screenshot,
  signInByKeyboard,
  waitForFocus,
  waitForText,
} from './support/pages';

const HOUR = 3_600_000;

// A counter calls, the waiting-room display (a second, signed-out browser) shows it; the day view
// and the audit trail show what happened.
describe('calling from a counter to the waiting-room display in Chromium', () => {
  const suite = useDeskInBrowser();

  it('shows a number called with the N key on the display within a second, and recall and served follow', async () => {
    const officer = await officeContext(suite.browser, suite.desk);
    const counter = await officer.newPage();
    await signInByKeyboard(counter, suite.desk, 'siti', 'counter');
    for (const code of [await suite.desk.seed(HOUR), await suite.desk.seed(HOUR)])
      await checkInThroughApi(counter, code);

    const hall = await suite.browser.newContext({
      viewport: { width: 1920, height: 1080 },
      timezoneId: suite.desk.zone,
    });
    const display = await hall.newPage();
    await display.goto(`${suite.desk.base}display/A`);
    await waitForText(display, 'connection', /^Terhubung$/);

    await waitForFocus(counter, 'counter');
    await counter.keyboard.type('loket-3');
    await counter.keyboard.press('Enter');
    await expect.poll(() => counter.textContent('#waiting-count')).toBe('2');
    const pressed = Date.now();
    await counter.keyboard.press('n');
    await waitForText(display, 'now-number', /^A-\d{3}$/, 1000);
    const latency = Date.now() - pressed;
    console.info(`display showed the call ${latency} ms after the key press`);
    expect(latency).toBeLessThan(1000);
    const number = await display.textContent('#now-number');
    // The display's feed may draw the call before the counter's own answer arrives.
    await expect.poll(() => counter.textContent('#current-number')).toBe(number);
    expect(await display.textContent('#now-counter')).toBe('Loket 3');

    await counter.keyboard.press('s');
    await expect.poll(() => display.textContent('#now-number')).toBe('—');
    // Served, and still among the earlier calls.
    expect(await display.textContent('#recent')).toBe(`${number}Loket 3`);
    await counter.keyboard.press('n');
    await expect.poll(() => display.textContent('#now-number')).not.toBe('—');
    await counter.keyboard.press('r');
    await expect.poll(() => counter.textContent('#counter-result')).toContain('dipanggil ulang ke loket 3');
    await expect.poll(() => counter.textContent('#waiting-count')).toBe('0');
    await screenshot(counter, 'counter');
    await animationsOver(display); // the call's flash is over
    await screenshot(display, 'display');
    await counter.keyboard.press('a');
    await expect.poll(() => counter.textContent('#counter-result')).toContain('tidak hadir');
    await counter.keyboard.press('n');
    await expect.poll(() => counter.textContent('#counter-result')).toBe('Tidak ada yang menunggu.');
    await officer.close();
    await hall.close();
  });

  it('shows the day with its states and counts, and the audit trail to a supervisor; English on request', async () => {
    const context = await officeContext(suite.browser, suite.desk);
    const page = await context.newPage();
    await signInByKeyboard(page, suite.desk, 'rina', 'day');
    await page.waitForSelector('#sessions table');
    const counts = await page.$$eval('#counts .count', (boxes) =>
      Object.fromEntries(
        boxes.map((box) => [box.querySelector('dt')?.textContent, box.querySelector('dd')?.textContent]),
      ),
    );
    expect(counts).toMatchObject({ Selesai: '1', 'Tidak hadir': '1', 'Check-in': '2' });
    expect(await page.isVisible('#csv')).toBe(true);
    await screenshot(page, 'day');

    await page.goto(`${suite.desk.base}audit`);
    await page.waitForSelector('#entries table');
    const actions = await page.$$eval('#entries tbody tr td:nth-child(3)', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(actions).toEqual([
      'Tidak hadir',
      'Panggil ulang',
      'Panggil',
      'Selesai',
      'Panggil',
      'Check-in',
      'Check-in',
    ]);
    await screenshot(page, 'audit');

    await page.click('text=English');
    await expect.poll(() => page.textContent('h1')).toBe('Audit trail');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${suite.desk.base}check-in`);
    await expect.poll(() => page.textContent('#code-heading')).toBe('Check in with a booking code');
    await context.close();
  });

  it('keeps the audit trail from an officer', async () => {
    const context = await officeContext(suite.browser, suite.desk);
    const page = await context.newPage();
    await signInByKeyboard(page, suite.desk, 'siti', 'audit');
    await expect.poll(() => page.textContent('#audit-result')).toBe('Halaman ini hanya untuk supervisor.');
    expect(await page.$$('nav a')).toHaveLength(3);
    await context.close();
  });
});
