/** The use cases module: every rule that changes stored rows, written once over the store primitives. */

export { cancelOver } from './cancel';
export { hasRoom } from './capacity';
export { checkInWithTicketOver, markCheckedInOver } from './check-in';
export { callNextOver, finishCallOver, recallOver } from './counter-calls';
export { expireLapsedOver } from './expire-lapsed';
export { type LedgerUseCases, ledgerOver } from './ledger-over';
export { purgeOver } from './purge';
export { recordReplyOver } from './record-reply';
export { reserveOver } from './reserve';
export { issueWalkInOver } from './walk-in';
