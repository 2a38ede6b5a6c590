import type { HandledMessage } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

const codeOf = (answer: HandledMessage): string =>
  answer.outcome.kind === 'confirmed' ? answer.outcome.code : '';

// Issue 6: a closed-day or full-day refusal would send an applicant who already holds a booking
// to retry another date; they must learn first that they are booked (and, on their own number, the code).
describe('an applicant who already has a booking learns that first', () => {
  it.each([
    ['a closed holiday', '#BUDI SANTOSO#25011987#25122026'],
    ['a Saturday', '#BUDI SANTOSO#25011987#05122026'],
    ['a date past the horizon', '#BUDI SANTOSO#25011987#15012027'],
    ['a date in the past', '#BUDI SANTOSO#25011987#27112026'],
  ])('before the refusal of %s', async (_label, text) => {
    const { send } = await serviceFixture();
    const code = codeOf(await send('#BUDI SANTOSO#25011987#07122026', PHONE_A));
    expect((await send(text, PHONE_A)).outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked', code });
    expect((await send(text, PHONE_B)).outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked' });
  });

  it('before the refusal of a full day', async () => {
    const { send } = await serviceFixture();
    const code = codeOf(await send('#BUDI SANTOSO#25011987#07122026', PHONE_A));
    await send('#SITI#02021990#08122026', PHONE_B);
    await send('#ANDI#03031991#08122026', '081311112222');
    const answer = await send('#BUDI SANTOSO#25011987#08122026', PHONE_A);
    expect(answer.outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked', code });
  });

  it('but a bad birth date or application type is still refused first', async () => {
    const { send } = await serviceFixture();
    await send('#BUDI SANTOSO#25011987#07122026', PHONE_A);
    expect((await send('#BUDI SANTOSO#25012030#25122026', PHONE_A)).outcome).toMatchObject({
      reason: 'InvalidBirthDate',
    });
    expect((await send('#BUDI SANTOSO#25011987#25122026#HILANG', PHONE_A)).outcome).toMatchObject({
      reason: 'LostOrDamagedPassport',
    });
  });
});
