import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centralJakartaOffice } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { loadOffices, readOffices } from '../src/load-offices';

const office = (id: string) => ({
  id,
  name: `Kantor ${id}`,
  timeZone: 'Asia/Jakarta',
  bookingHorizonDays: 14,
  arriveMinutesBefore: 30,
  sessions: [{ days: ['mon'], start: '08:00', end: '10:00', capacity: 5 }],
});

describe('readOffices', () => {
  it('serves the built-in office on the default number when no file is given', () => {
    const offices = readOffices(undefined, '111', 'NUMBER_ID')._unsafeUnwrap();
    expect([...offices]).toEqual([['111', centralJakartaOffice]]);
  });

  it('serves one office file on the default number', () => {
    const offices = readOffices(JSON.stringify(office('a')), '111', 'NUMBER_ID')._unsafeUnwrap();
    expect(offices.get('111')?.id).toBe('a');
  });

  it('needs the default number for a single office, naming its variable', () => {
    const error = readOffices(undefined, undefined, 'NUMBER_ID')._unsafeUnwrapErr();
    expect(error).toMatchObject({ variable: 'NUMBER_ID', message: 'NUMBER_ID is required' });
  });

  it('serves a list of offices each on its number, without a default number', () => {
    const list = [
      { number: '111', office: office('a') },
      { number: '222', office: office('b') },
    ];
    const offices = readOffices(JSON.stringify(list), undefined, 'NUMBER_ID')._unsafeUnwrap();
    expect([...offices.entries()].map(([n, o]) => [n, o.id])).toEqual([
      ['111', 'a'],
      ['222', 'b'],
    ]);
  });

  it.each([
    ['not json', 'ANTREAN_OFFICE_CONFIG is not JSON'],
    ['[]', 'ANTREAN_OFFICE_CONFIG lists no office'],
    [JSON.stringify([{ office: office('a') }]), 'ANTREAN_OFFICE_CONFIG [0] needs "number"'],
    [
      JSON.stringify([
        { number: '1', office: office('a') },
        { number: '1', office: office('b') },
      ]),
      'ANTREAN_OFFICE_CONFIG lists one number twice',
    ],
    [JSON.stringify({ ...office('a'), bookingHorizonDays: -1 }), 'bookingHorizonDays must be at least 0'],
    [
      JSON.stringify([{ number: '1', office: { ...office('a'), name: 3 } }]),
      'at [0].office: name must be a string',
    ],
  ])('refuses %s', (text, message) => {
    const error = readOffices(text, '111', 'NUMBER_ID')._unsafeUnwrapErr();
    expect(error.variable).toBe('ANTREAN_OFFICE_CONFIG');
    expect(error.message).toContain(message);
  });
});

describe('loadOffices', () => {
  it('reads the file, and names the variable when it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antrean-offices-'));
    try {
      const file = join(dir, 'office.json');
      writeFileSync(file, JSON.stringify(office('a')));
      expect((await loadOffices(file, '1', 'N'))._unsafeUnwrap().get('1')?.id).toBe('a');
      const missing = (await loadOffices(join(dir, 'none.json'), '1', 'N'))._unsafeUnwrapErr();
      expect(missing.message).toBe('ANTREAN_OFFICE_CONFIG names a file that cannot be read: ENOENT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
