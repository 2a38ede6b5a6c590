import { bindingSince, centralJakartaOffice, checkNumberBinding } from '@antrean/core';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const since = new Date('2026-11-01T00:00:00Z');
const bound = (applicantKey: string, boundAt: Date) => ({ applicantKey, boundAt });

describe('checkNumberBinding', () => {
  it('lets an unbound number book', () => {
    expect(checkNumberBinding(undefined, 'BUDI|1987-01-25', since)).toEqual(ok(undefined));
  });

  it('lets a number book again for the applicant it is bound to', () => {
    expect(checkNumberBinding(bound('BUDI|1987-01-25', since), 'BUDI|1987-01-25', since)).toEqual(
      ok(undefined),
    );
  });

  it('refuses another applicant while the binding holds, from the `since` instant on', () => {
    const refused = err({ type: 'NotPersonalNumber', problem: 'boundToOther' });
    expect(checkNumberBinding(bound('SITI|1990-05-01', since), 'BUDI|1987-01-25', since)).toEqual(refused);
    const later = new Date(since.getTime() + 1);
    expect(checkNumberBinding(bound('SITI|1990-05-01', later), 'BUDI|1987-01-25', since)).toEqual(refused);
  });

  it('lets another applicant book once the binding is older than `since`', () => {
    const earlier = new Date(since.getTime() - 1);
    expect(checkNumberBinding(bound('SITI|1990-05-01', earlier), 'BUDI|1987-01-25', since)).toEqual(
      ok(undefined),
    );
  });
});

describe('bindingSince', () => {
  it("goes back the office's numberBindingDays from now", () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(bindingSince(now, centralJakartaOffice)).toEqual(since);
    expect(bindingSince(now, { ...centralJakartaOffice, numberBindingDays: 0 })).toEqual(now);
  });
});
