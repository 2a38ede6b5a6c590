import { makeBookingCode, nanoidCodeGenerator, parseBookingCode } from '@antrean/core';
import { sequenceCodeGenerator } from '@antrean/core/testing';
import { describe, expect, it } from 'vitest';

const BODY = /^[2-9A-HJKMNP-Z]{7}$/;

describe('nanoidCodeGenerator', () => {
  it('makes 7-character bodies in the code alphabet that become valid codes', () => {
    for (let i = 0; i < 200; i++) {
      const body = nanoidCodeGenerator();
      expect(body).toMatch(BODY);
      expect(makeBookingCode(body).andThen(parseBookingCode).isOk()).toBe(true);
    }
  });

  it('does not repeat itself in a small sample', () => {
    const bodies = new Set(Array.from({ length: 1000 }, () => nanoidCodeGenerator()));
    expect(bodies.size).toBe(1000);
  });
});

describe('sequenceCodeGenerator', () => {
  it('counts from the seed in base 31 over the alphabet', () => {
    const next = sequenceCodeGenerator();
    expect([next(), next(), next()]).toEqual(['2222222', '2222223', '2222224']);
    expect(sequenceCodeGenerator(31)()).toBe('2222232');
  });

  it('is deterministic: the same seed gives the same sequence', () => {
    const a = sequenceCodeGenerator(12345);
    const b = sequenceCodeGenerator(12345);
    for (let i = 0; i < 50; i++) expect(a()).toBe(b());
  });

  it('gives distinct valid bodies, and wraps instead of failing at the end', () => {
    const next = sequenceCodeGenerator(31 ** 7 - 2);
    const bodies = [next(), next(), next()];
    expect(bodies).toEqual(['ZZZZZZY', 'ZZZZZZZ', '2222222']);
    for (const body of bodies) expect(body).toMatch(BODY);
  });

  it('accepts odd seeds (negative, fractional, NaN) without throwing', () => {
    for (const seed of [-1, 2.7, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(sequenceCodeGenerator(seed)()).toMatch(BODY);
    }
    expect(sequenceCodeGenerator(-1)()).toBe('ZZZZZZZ');
  });
});
