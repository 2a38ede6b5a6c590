/** The outbox module's names used by the root entry and the core's own tests. */
export { DELIVERY_MOVES_FROM, deliveryMoves, PROVIDER_FAILED_REASON } from './delivery-progress';
export { createReplyDispatcher } from './dispatcher';
export type {
  BackoffOptions,
  DispatchEvent,
  DispatchReport,
  ReplyDispatcher,
  ReplyDispatcherOptions,
  SendFailure,
  SendReply,
} from './dispatcher-types';
export { fitText, MAX_REPLY_LENGTH } from './fit-text';
