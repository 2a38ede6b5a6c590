import { describe, expect, it } from 'vitest';
import { cancelBooking } from '../support/desk-fixtures';
import { useDeskInBrowser } from './support/browser-suite';
import {
  checkInThroughApi,
  focusedId,
  officeContext,
  screenshot,
  signInByKeyboard,
  waitForFocus,
  waitForText,
} from './support/pages';
import { slowAnswers } from './support/slow-answers';

const HOUR = 3_600_000;

// The desk's pages in Debian's headless Chromium against `examples/office-desk` as a process.
describe('the desk pages in Chromium', () => {
  const suite = useDeskInBrowser();

  it('signs in and checks a code in with the keyboard alone: hint, preview, confirmation, big number', async () => {
    const code = await suite.desk.seed(HOUR);
    const context = await officeContext(suite.browser, suite.desk);
    const page = await context.newPage();
    await signInByKeyboard(page, suite.desk, 'siti');
    await waitForFocus(page, 'code');
    await page.keyboard.type(`${code.slice(0, 4).toLowerCase()} ${code.slice(4, 7)}`);
    await expect.poll(() => page.textContent('#code-hint')).toBe('7 dari 8 karakter.');
    await page.keyboard.type(code.slice(7));
    await expect.poll(() => page.textContent('#code-hint')).toContain('Kode benar');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#preview:not([hidden])');
    expect(await page.textContent('#p-name')).toBe(`WARGA ${code}`);
    expect(await page.textContent('#p-birth')).toBe('1 Januari 1990');
    expect(await page.textContent('#p-type')).toBe('Paspor baru');
    expect(await page.textContent('#verdict')).toBe('Bisa check-in sekarang.');
    expect(await focusedId(page)).toBe('code');
    await screenshot(page, 'check-in-preview');
    await page.keyboard.press('Enter');
    await waitForText(page, 'result-number', /^A-\d{3}$/);
    const number = await page.textContent('#result-number');
    const stored = (await suite.desk.store.findTicketByCode('A', code))._unsafeUnwrap();
    expect(stored?.number).toBe(number);
    expect(await page.textContent('#result-detail')).toContain(`WARGA ${code}`);
    expect([await focusedId(page), await page.inputValue('#code')]).toEqual(['code', '']);
    await screenshot(page, 'check-in');
    await context.close();
  });

  it('shows every refusal plainly: typo, too early with its time, hangus, cancelled, another office, already in', async () => {
    const context = await officeContext(suite.browser, suite.desk);
    const page = await context.newPage();
    // Each preview is drawn 300 ms after its answer arrived, as on a loaded machine (where this
    // test once read "Cocokkan data…" for another office's code): the test reads what is drawn.
    await slowAnswers(page, 'api/booking', 300);
    await signInByKeyboard(page, suite.desk, 'siti');
    await waitForFocus(page, 'code'); // the page's script is ready: it focuses the field last
    const early = await suite.desk.seed(24 * HOUR);
    const expired = await suite.desk.seed(-10 * 60_000);
    const elsewhere = await suite.desk.seed(HOUR, 'B');
    const cancelled = await suite.desk.seed(2 * HOUR);
    await cancelBooking(suite.desk.store, suite.desk.offices.A, cancelled, new Date());
    const done = await suite.desk.seed(HOUR);
    const typo = `${done.slice(0, 7)}${done[7] === '2' ? '3' : '2'}`;
    // Submits `code`; a reader of the page's answer: the verdict of its preview once the preview
    // shows this code, or else the refusal line. Typing already hid the previous preview, so a
    // hidden preview says nothing about the answer: the expectations poll for the text itself.
    // Each refusal here follows a preview, so the line cannot still hold an equal older refusal.
    const answerFor = async (code: string) => {
      await page.fill('#code', code);
      const answered = page.waitForResponse((response) => response.url().includes('api/booking'));
      await page.press('#code', 'Enter');
      if ((await answered).status() !== 200) return () => page.textContent('#result-detail');
      await waitForText(page, 'p-code', new RegExp(`^${code.slice(0, 4)}-${code.slice(4)}$`));
      return () => page.textContent('#verdict');
    };
    await page.fill('#code', typo);
    await expect.poll(() => page.textContent('#code-hint')).toContain('salah ketik');
    await page.fill('#code', 'AB0');
    await expect.poll(() => page.textContent('#code-hint')).toContain('"0"');
    await expect
      .poll(await answerFor(early))
      .toMatch(/^Terlalu awal: check-in untuk kode ini dibuka pukul \d\d[.:]\d\d\.$/);
    expect(await page.isVisible('#confirm')).toBe(false);
    await expect.poll(await answerFor(expired)).toContain('hangus');
    await expect.poll(await answerFor(cancelled)).toBe('Booking ini sudah dibatalkan pemohon.');
    await expect.poll(await answerFor(elsewhere)).toContain('tidak ditemukan di kantor ini');
    const ticket = (await checkInThroughApi(page, done)).number;
    await expect.poll(await answerFor(done)).toBe(`Sudah check-in dengan nomor ${ticket}.`);
    await context.close();
  });

  it('issues a walk-in number with its reason from the keyboard', async () => {
    const context = await officeContext(suite.browser, suite.desk);
    const page = await context.newPage();
    await signInByKeyboard(page, suite.desk, 'siti');
    await waitForFocus(page, 'code'); // the page's script is ready: it focuses the field last
    await page.focus('#reason');
    await page.keyboard.type('Paspor hilang');
    await page.keyboard.press('Enter');
    await waitForText(page, 'result-number', /^W-\d{3}$/);
    expect(await page.textContent('#result-detail')).toBe('Nomor walk-in diberikan (Paspor hilang).');
    await context.close();
  });
});
