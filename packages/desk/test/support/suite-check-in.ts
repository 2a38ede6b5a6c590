import { displayCode } from '@antrean/core';
import { expect, it } from 'vitest';
import { cancelBooking, freshCode, seedBooking } from './desk-fixtures';
import { type DeskUnderTest, signedIn } from './desk-under-test';

const HOUR = 3_600_000;

/** Every check-in result, the preview, walk-ins, and numbers under concurrent check-ins. */
export function checkInTests(desk: () => DeskUnderTest): void {
  const signIn = (name: string) => signedIn(desk(), name);
  const seed = (at: number, office: 'A' | 'B' = 'A', applicationType: 'new' | 'replacement' = 'new') =>
    seedBooking(desk().store, desk().offices[office], {
      startsAt: new Date(Date.now() + at),
      applicationType,
    });

  it('previews a code typed with spaces and in lower case without checking it in, then checks it in with a number', async () => {
    const siti = await signIn('siti');
    const code = await seed(HOUR);
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const preview = await siti.get(`api/booking?code=${encodeURIComponent(typed)}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      verdict: 'Open',
      booking: {
        code: displayCode(code),
        name: `WARGA ${code}`,
        birthDate: '1990-01-01',
        applicationType: 'new',
        status: 'active',
      },
    });
    expect(preview.body.ticket).toBeUndefined();
    const checkedIn = await siti.post('api/check-in', { code: typed });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body.booking).toMatchObject({ code: displayCode(code), status: 'checked_in' });
    expect(checkedIn.body.ticket).toMatchObject({
      number: expect.stringMatching(/^A-\d{3}$/),
      kind: 'booking',
      status: 'waiting',
      calls: 0,
    });
    const again = await siti.post('api/check-in', { code });
    expect([again.status, again.body.error, again.body.ticket?.number]).toEqual([
      409,
      'AlreadyCheckedIn',
      checkedIn.body.ticket.number,
    ]);
    const previewAgain = await siti.get(`api/booking?code=${code}`);
    expect([previewAgain.body.verdict, previewAgain.body.ticket?.number]).toEqual([
      'AlreadyCheckedIn',
      checkedIn.body.ticket.number,
    ]);
  });

  it('gives a renewal its own series (B)', async () => {
    const siti = await signIn('siti');
    const code = await seed(HOUR, 'A', 'replacement');
    expect((await siti.post('api/check-in', { code })).body.ticket.number).toMatch(/^B-\d{3}$/);
  });

  it("refuses too early (with the time it opens), expired, cancelled, unknown, another office's and invalid codes", async () => {
    const siti = await signIn('siti');
    const early = await seed(24 * HOUR);
    const expired = await seed(-10 * 60_000);
    const cancelled = await seed(2 * HOUR);
    await cancelBooking(desk().store, desk().offices.A, cancelled, new Date());
    const elsewhere = await seed(HOUR, 'B');
    const tooEarly = await siti.post('api/check-in', { code: early });
    expect([tooEarly.status, tooEarly.body.error]).toEqual([409, 'TooEarly']);
    expect(new Date(tooEarly.body.opensAt).getTime()).toBeGreaterThan(Date.now());
    expect((await siti.get(`api/booking?code=${early}`)).body).toMatchObject({
      verdict: 'TooEarly',
      opensAt: tooEarly.body.opensAt,
    });
    const refusals = [
      await siti.post('api/check-in', { code: expired }),
      await siti.post('api/check-in', { code: cancelled }),
      await siti.post('api/check-in', { code: freshCode() }),
      await siti.post('api/check-in', { code: elsewhere }),
      await siti.post('api/check-in', { code: 'HALO1234' }),
      await siti.post('api/check-in', {}),
    ];
    expect(refusals.map((r) => [r.status, r.body.error])).toEqual([
      [409, 'Expired'],
      [409, 'Cancelled'],
      [404, 'NotFound'],
      [404, 'NotFound'],
      [400, 'InvalidCode'],
      [400, 'InvalidCode'],
    ]);
    expect((await siti.get(`api/booking?code=${elsewhere}`)).status).toBe(404);
    expect((await siti.get(`api/booking?code=${expired}`)).body.verdict).toBe('Expired');
    const andi = await signIn('andi');
    expect((await andi.post('api/check-in', { code: elsewhere })).status).toBe(200);
  });

  it('issues walk-in numbers from their own series, with the reason; a reason is required', async () => {
    const siti = await signIn('siti');
    const first = await siti.post('api/walk-in', { reason: 'paspor rusak' });
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({
      number: expect.stringMatching(/^W-\d{3}$/),
      kind: 'walk_in',
      reason: 'paspor rusak',
    });
    const second = await siti.post('api/walk-in', { reason: 'paspor hilang' });
    expect(Number(second.body.ticket.number.slice(2))).toBe(Number(first.body.ticket.number.slice(2)) + 1);
    expect((await siti.post('api/walk-in', { reason: '  ' })).body.error).toBe('ReasonRequired');
  });

  it('hands out unique numbers with no gap when three desks check in 24 applicants at once', async () => {
    const desks = await Promise.all(['siti', 'budi', 'dewi'].map(signIn));
    const codes = await Promise.all(Array.from({ length: 24 }, () => seed(HOUR)));
    const answers = await Promise.all(codes.map((code, i) => desks[i % 3]!.post('api/check-in', { code })));
    expect(answers.map((a) => a.status)).toEqual(Array(24).fill(200));
    const sequences = answers.map((a) => Number(a.body.ticket.number.slice(2))).sort((x, y) => x - y);
    expect(new Set(sequences).size).toBe(24);
    expect(sequences.at(-1)! - sequences[0]!).toBe(23);
  });

  it('marks lapsed bookings expired in the store with the sweep', async () => {
    const code = await seed(-5 * 60_000);
    await desk().sweep();
    const stored = (await desk().store.findByCode('A', code))._unsafeUnwrap();
    expect(stored?.status).toBe('expired');
  });
}
