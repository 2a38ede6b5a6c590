import { centralJakartaOffice, rejectedOutcome, renderReply } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CODE } from '../../src/replies/reply-context';

const office = centralJakartaOffice;
const TODAY = '2026-12-04'; // a Friday: the next open day is Monday 7 December

describe('renderReply: what refusals show and offer', () => {
  it('shows an arrival date, not a birth date, when the arrival date cannot be read', () => {
    for (const problem of ['format', 'twoDigitYear'] as const) {
      const text = renderReply(rejectedOutcome({ type: 'InvalidArrivalDate', problem }), office, 'id', {
        today: TODAY,
      });
      expect(text).toContain('misalnya 07122026 atau 07-12-2026');
      expect(text).not.toContain('1987,');
    }
  });

  it("corrects the applicant's own arrival date when it is open, and falls back to an open one otherwise", () => {
    const meant = rejectedOutcome({
      type: 'InvalidArrivalDate',
      problem: 'twoDigitYear',
      suggestion: '2026-12-09',
    });
    const id = renderReply(meant, office, 'id', { today: TODAY });
    expect(id).toContain('Maksud Anda Rabu, 9 Desember 2026?');
    expect(id).toContain('#BUDI SANTOSO#25011987#09122026');
    expect(renderReply(meant, office, 'en', { today: TODAY })).toContain(
      'Did you mean Wednesday 9 December 2026?',
    );
    const closed = rejectedOutcome({
      type: 'InvalidArrivalDate',
      problem: 'format',
      suggestion: '2026-12-25',
    });
    const text = renderReply(closed, office, 'id', { today: TODAY });
    expect(text).not.toContain('Maksud Anda');
    expect(text).toContain('#BUDI SANTOSO#25011987#07122026');
  });

  it('ends "no date has room" without an example, and the others with an open date', () => {
    for (const type of ['OfficeClosed', 'FullyBooked'] as const) {
      const none = renderReply(rejectedOutcome({ type, date: '2026-12-07', nextDates: [] }), office, 'en', {
        today: TODAY,
      });
      expect(none).not.toContain('Example');
    }
    const farOffice = { ...office, closedDates: [...office.closedDates, '2027-01-04'] };
    const tooFar = rejectedOutcome({ type: 'ArrivalDateTooFar', date: '2027-03-01', lastDate: '2027-01-03' });
    expect(renderReply(tooFar, farOffice, 'id', { today: TODAY })).toContain(
      '#BUDI SANTOSO#25011987#07122026',
    );
    const shut = { ...office, sessions: [] };
    const past = rejectedOutcome({ type: 'ArrivalDateInPast', date: '2026-12-01', today: TODAY });
    expect(renderReply(past, shut, 'id')).not.toContain('Contoh');
  });

  it('lists the application type words of the reply language', () => {
    const unknown = rejectedOutcome({ type: 'MalformedMessage', field: 'applicationType', got: 'BIASA' });
    expect(renderReply(unknown, office, 'id', { today: TODAY })).toContain('BARU, PERPANJANG atau GANTI');
    const en = renderReply(unknown, office, 'en', { today: TODAY });
    expect(en).toContain('NEW or RENEWAL');
    expect(en).toContain('#07122026#NEW');
    expect(en).not.toContain('PERPANJANG');
  });

  it('tells an applicant who sent booking details to cancel that the code is needed', () => {
    const cancel = rejectedOutcome({ type: 'CodeRequired', command: 'cancel' });
    expect(renderReply(cancel, office, 'id')).toContain('Untuk membatalkan booking, kirim kode bookingnya');
    expect(renderReply(cancel, office, 'id')).toContain(`#BATAL#${EXAMPLE_CODE}`);
    expect(renderReply(cancel, office, 'en')).toContain('To cancel a booking, send its booking code');
    expect(renderReply(cancel, office, 'en')).toContain(`#CANCEL#${EXAMPLE_CODE}`);
  });
});
