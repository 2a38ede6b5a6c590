import { describe, expect, it } from 'vitest';
import { PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

// The service answers at Monday 30 November 2026, 09:00 WIB (see service-fixture).
describe('messages as applicants really send them', () => {
  it('never echoes a raw fourth field: no line breaks, links or control characters from the applicant', async () => {
    const { send } = await serviceFixture();
    for (const text of [
      '#BUDI#25011987#02122026#x\n\nKLIK bit.ly/x',
      '#BUDI#25011987#02122026#a\u0000b\ud800c\u202e',
    ]) {
      const answer = await send(text);
      expect(answer.outcome).toMatchObject({
        kind: 'rejected',
        reason: 'MalformedMessage',
        field: 'applicationType',
      });
      expect(answer.text).not.toContain('bit.ly');
      expect(answer.text).not.toContain('\n\nKLIK');
      expect(answer.text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
      expect(JSON.stringify(answer.outcome)).not.toMatch(/bit\.ly|\\u0000|\\ud800|\\u202e/i);
    }
  });

  it('takes a full-width name as the same applicant as the plain one', async () => {
    const { send } = await serviceFixture();
    expect((await send('＃ＪＯＳＥ＃２５０１１９８７＃０７１２２０２６')).outcome.kind).toBe('confirmed');
    const again = await send('#JOSE#25011987#08122026', PHONE_B);
    expect(again.outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked' });
  });

  it('books from a message without its leading #, and cancels a code typed with a space', async () => {
    const { send } = await serviceFixture();
    const booked = await send('BUDI#25011987#07122026', PHONE_A);
    const code = booked.outcome.kind === 'confirmed' ? booked.outcome.code : '';
    expect(code).not.toBe('');
    const cancelled = await send(`#BATAL#${code.replace('-', ' ')}`, PHONE_A);
    expect(cancelled.outcome).toEqual({ kind: 'cancelled', code });
  });

  it('answers a cancel with booking details that the code is needed', async () => {
    const { send } = await serviceFixture();
    const answer = await send('#BATAL#BUDI#25011987#02122026');
    expect(answer.outcome).toEqual({ kind: 'rejected', reason: 'CodeRequired', command: 'cancel' });
    expect(answer.text).toContain('kirim kode bookingnya');
  });

  it('offers no session whose check-in deadline is under 30 minutes away', async () => {
    const { send, clock } = await serviceFixture();
    // Today's 10:00 session closes check-in at 09:30: at 09:00 it is offered, a millisecond later not.
    expect((await send('#BUDI#25011987#30112026')).outcome).toMatchObject({ kind: 'confirmed' });
    clock.set('2026-11-30T09:00:00.001+07:00');
    expect((await send('#SITI#01021990#30112026', PHONE_B)).outcome).toMatchObject({
      kind: 'rejected',
      reason: 'ArrivalDateInPast',
    });
  });
});
