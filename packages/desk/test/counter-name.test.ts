import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as browser from '../assets/counter-name.js';
import { counterName, MAX_COUNTER_NAME } from '../src/counter-name';

const typedForms = (n: number) => [
  n,
  `${n}`,
  `0${n}`,
  `Loket ${n}`,
  `loket-${n}`,
  `LOKET  ${n}`,
  `Loket-${n}`,
  ` loket ${n} `,
];

describe('counterName: one name per counter', () => {
  it('names 2, Loket 2, loket-2 and LOKET  2 all "Loket 2"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        for (const typed of typedForms(n)) expect(counterName(typed), String(typed)).toBe(`Loket ${n}`);
      }),
    );
    expect(counterName('Loket Loket-2')).toBe('Loket 2');
    expect(counterName('loket a1')).toBe('Loket A1');
  });

  it('gives back a name it gave unchanged, and every name is Loket and up to 12 capitals, digits, dashes or spaces', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.stringMatching(/^(?:[Ll][Oo][Kk][Ee][Tt])?[ _-]{0,3}[A-Za-z0-9 -]{0,14}$/),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const name = counterName(text);
        if (name === undefined) return;
        expect(counterName(name)).toBe(name);
        expect(name).toMatch(/^Loket [A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?$/);
        expect(name.length - 'Loket '.length).toBeLessThanOrEqual(MAX_COUNTER_NAME);
      }),
    );
  });

  it('refuses what names no counter', () => {
    for (const typed of ['', '   ', 'Loket', 'loket -', '-1', '<b>', 'A'.repeat(13), -1, 1.5, null, {}])
      expect(counterName(typed), JSON.stringify(typed)).toBeUndefined();
  });

  it('is the same rule on the counter page (assets/counter-name.js)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 24 }), fc.integer(), fc.constantFrom('Loket 2', 'loket-a1')),
        (typed) => {
          expect(browser.counterName(typed)).toBe(counterName(typed));
        },
      ),
    );
    expect(browser.MAX_COUNTER_NAME).toBe(MAX_COUNTER_NAME);
  });
});
