import type { Booking, SessionSlot } from '../domain/booking';
import type { NewBooking } from '../ports/booking-ledger';

/**
 * The booking a store writes when `draft` gets a place in `slot` at `now`: active, its session
 * and deadline taken from the slot. Fresh objects throughout, so the caller's inputs stay its own.
 */
export function bookingInSlot(draft: NewBooking, slot: SessionSlot, now: Date): Booking {
  return {
    code: draft.code,
    officeId: draft.officeId,
    applicantKey: draft.applicantKey,
    applicant: { name: draft.applicant.name, birthDate: draft.applicant.birthDate },
    applicationType: draft.applicationType,
    phone: draft.phone,
    slotId: slot.slotId,
    date: slot.date,
    startsAt: new Date(slot.startsAt.getTime()),
    checkInDeadline: new Date(slot.checkInDeadline.getTime()),
    status: 'active',
    createdAt: new Date(now.getTime()),
    updatedAt: new Date(now.getTime()),
  };
}
