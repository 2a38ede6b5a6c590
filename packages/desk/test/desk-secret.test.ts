import { createMemoryStore } from '@antrean/storage-memory';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, MIN_SECRET_LENGTH } from '../src';
import { secretProblem } from '../src/check-options';
import { testOffice } from './support/desk-fixtures';

describe('the session secret', () => {
  it('refuses a short secret, one of whitespace only, and one character repeated, at any length', () => {
    expect(secretProblem('x'.repeat(31))).toBe('must have at least 32 characters');
    expect(secretProblem(' '.repeat(40))).toBe('must not be only whitespace');
    expect(secretProblem(' \t\n'.repeat(20))).toBe('must not be only whitespace');
    expect(secretProblem('a'.repeat(40))).toBe('must not be one character repeated');
    expect(secretProblem('0'.repeat(64))).toBe('must not be one character repeated');
    expect(secretProblem('a-test-secret-of-at-least-32-characters')).toBeUndefined();
  });

  it('property: one character repeated is refused whatever the character and length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 200 }), (ch, n) => {
        expect(secretProblem(ch.repeat(n))).toBeDefined();
      }),
    );
  });

  it('property: 32 characters or more, two of them different and one not whitespace, is accepted', () => {
    const secret = fc
      .string({ minLength: MIN_SECRET_LENGTH, maxLength: 80 })
      .filter((text) => text.trim() !== '' && new Set(text).size > 1);
    fc.assert(
      fc.property(secret, (text) => {
        expect(secretProblem(text)).toBeUndefined();
      }),
    );
  });

  it('createDesk refuses such a secret, naming the option', async () => {
    const store = (await createMemoryStore())._unsafeUnwrap();
    for (const secret of ['a'.repeat(40), ' '.repeat(40), 'x'.repeat(31)]) {
      const refused = createDesk({ offices: [{ office: testOffice('A', 'UTC'), store }], users: [], secret });
      expect(refused._unsafeUnwrapErr()).toMatchObject({
        option: 'secret',
        message: expect.stringMatching(/^secret /),
      });
    }
  });
});
