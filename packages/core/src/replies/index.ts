/** The replies module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export {
  cancelledOutcome,
  confirmedOutcome,
  helpOutcome,
  rejectedOutcome,
  statusOutcome,
} from './outcome-builders';
export { renderReply, replyFor } from './render-reply';
export type { ReplyOptions } from './reply-context';
