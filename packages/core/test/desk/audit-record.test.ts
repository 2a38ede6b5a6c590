import { auditRecord, type QueueTicket } from '@antrean/core';
import { describe, expect, it } from 'vitest';

const ticket: QueueTicket = {
  officeId: 'jakpus',
  date: '2030-03-04',
  number: 'A-007',
  series: 'A',
  sequence: 7,
  kind: 'booking',
  code: 'ABCD2345',
  issuedAt: new Date('2030-03-04T00:30:00Z'),
  issuedBy: 'siti',
  status: 'called',
  calls: 1,
};

describe('auditRecord', () => {
  it('takes code and number from the ticket, and leaves out what was not given', () => {
    const at = new Date('2030-03-04T01:00:00Z');
    expect(
      auditRecord({ officeId: 'jakpus', at, officer: 'budi', action: 'call', ticket, counter: '3' }),
    ).toEqual({
      officeId: 'jakpus',
      at,
      officer: 'budi',
      action: 'call',
      code: 'ABCD2345',
      ticket: 'A-007',
      counter: '3',
    });
    const { code: _, ...walkIn } = { ...ticket, kind: 'walk_in' as const, number: 'W-001' };
    const row = auditRecord({
      officeId: 'jakpus',
      at,
      officer: 'budi',
      action: 'walk_in',
      ticket: walkIn,
      detail: 'hilang',
    });
    expect(row).toEqual({
      officeId: 'jakpus',
      at,
      officer: 'budi',
      action: 'walk_in',
      ticket: 'W-001',
      detail: 'hilang',
    });
    expect(Object.keys(row)).not.toContain('code');
    expect(Object.keys(row)).not.toContain('counter');
  });
});
