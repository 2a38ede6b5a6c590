import type { ResultAsync } from 'neverthrow';
import type { E164 } from '../domain/local-date';
import { codeState } from '../expiry';
import type { StoreError } from '../ports/store-error';
import { statusOutcome } from '../replies';
import { type Answer, type MessageContext, recordAnswer, refuse, replyTo } from './answer';

/**
 * `#CEK#CODE` from `sender`: the code's state now. Another number's code, or another office's,
 * is answered as unknown, so codes cannot be probed.
 */
export function handleStatus(
  context: MessageContext,
  code: string,
  sender: E164,
): ResultAsync<Answer, StoreError> {
  const { office, store } = context.deps;
  return store.findByCode(office.id, code).andThen((booking) => {
    if (booking === undefined || booking.phone !== sender) {
      return refuse(context, { type: 'CodeNotFound', problem: 'unknown' });
    }
    const outcome = statusOutcome(booking, codeState(booking, context.now), office);
    return recordAnswer(context, replyTo(context, outcome));
  });
}
