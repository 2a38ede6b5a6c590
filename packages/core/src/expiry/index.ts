/** The expiry module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { activeFrom, deadlineHolds } from './active-from';
export type { CheckInVerdict } from './check-in-verdict';
export { checkInVerdict } from './check-in-verdict';
export type { CheckInWindow, WindowTiming } from './check-in-window';
export { checkInWindow } from './check-in-window';
export type { BookingTiming } from './code-state';
export { codeState, isActiveAt } from './code-state';
