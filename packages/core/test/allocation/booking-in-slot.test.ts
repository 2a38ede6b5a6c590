import { describe, expect, it } from 'vitest';
import { bookingInSlot, centralJakartaOffice, type NewBooking } from '../../src';
import { sessionsOn } from '../../src/allocation/sessions-on-date';

const draft: NewBooking = {
  code: 'K7QM3XPR',
  officeId: 'kanim-jakpus',
  applicantKey: 'BUDI|1987-01-25',
  applicant: { name: 'BUDI', birthDate: '1987-01-25' },
  applicationType: 'new',
  phone: '+6281234567890',
  createdAt: new Date('2020-01-01T00:00:00Z'),
};
const [slot] = sessionsOn(centralJakartaOffice, '2026-12-02');
const now = new Date('2026-12-01T02:00:00Z');

describe('bookingInSlot', () => {
  it('is an active booking in the slot, created and updated at now', () => {
    if (!slot) throw new Error('no session on a Wednesday');
    expect(bookingInSlot(draft, slot, now)).toEqual({
      code: draft.code,
      officeId: draft.officeId,
      applicantKey: draft.applicantKey,
      applicant: draft.applicant,
      applicationType: 'new',
      phone: draft.phone,
      slotId: '2026-12-02@08:00',
      date: '2026-12-02',
      startsAt: new Date('2026-12-02T01:00:00Z'),
      checkInDeadline: new Date('2026-12-02T00:30:00Z'),
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
  });

  it('shares no object with its inputs, so a store can keep it without copying again', () => {
    if (!slot) throw new Error('no session on a Wednesday');
    const booking = bookingInSlot(draft, slot, now);
    expect(booking.applicant).not.toBe(draft.applicant);
    expect(booking.startsAt).not.toBe(slot.startsAt);
    expect(booking.checkInDeadline).not.toBe(slot.checkInDeadline);
    expect(booking.createdAt).not.toBe(now);
    expect(booking.updatedAt).not.toBe(booking.createdAt);
  });
});
