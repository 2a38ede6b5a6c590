import type { OfficeConfig } from '../office/office-config';
import { checkInWindow, type WindowTiming } from './check-in-window';
import { type BookingTiming, codeState } from './code-state';

/** Why a found booking cannot be checked in now, or `Open` when the store may mark it. */
export type CheckInVerdict =
  | { readonly type: 'Open' }
  | { readonly type: 'TooEarly'; readonly opensAt: Date }
  | { readonly type: 'Expired' }
  | { readonly type: 'Cancelled' }
  | { readonly type: 'AlreadyCheckedIn' };

/**
 * The counter's rule for an office's own booking at `now`: its state first (cancelled, checked
 * in, hangus), then the window. The store's `markCheckedIn` re-checks the state atomically.
 */
export const checkInVerdict = (
  booking: BookingTiming & WindowTiming,
  now: Date,
  office: OfficeConfig,
): CheckInVerdict => {
  switch (codeState(booking, now)) {
    case 'cancelled':
      return { type: 'Cancelled' };
    case 'checked_in':
      return { type: 'AlreadyCheckedIn' };
    case 'expired':
      return { type: 'Expired' };
    case 'active': {
      const { opensAt } = checkInWindow(booking, office);
      return now.getTime() < opensAt.getTime() ? { type: 'TooEarly', opensAt } : { type: 'Open' };
    }
  }
};
