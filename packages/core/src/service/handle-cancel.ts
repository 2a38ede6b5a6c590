import { okAsync, type ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import type { E164 } from '../domain/local-date';
import { activeFrom } from '../expiry';
import type { StoreError } from '../ports/store-error';
import { cancelledOutcome } from '../replies';
import {
  type Answer,
  freshAnswer,
  type MessageContext,
  messageToRecord,
  refuse,
  replayedAnswer,
  replyTo,
} from './answer';

/**
 * `#BATAL#CODE` from `sender`. A code made by another number, or at another office, is answered
 * exactly like an unknown one, so overhearing a code is not enough to cancel it or to learn that it exists.
 */
export function handleCancel(
  context: MessageContext,
  code: string,
  sender: E164,
): ResultAsync<Answer, StoreError> {
  const render = (booking: Booking) => replyTo(context, cancelledOutcome(booking));
  return context.deps.store
    .cancel({
      officeId: context.deps.office.id,
      code,
      phone: sender,
      now: context.now,
      activeFrom: activeFrom(context.now),
      message: messageToRecord(context, render),
    })
    .andThen((result): ResultAsync<Answer, StoreError> => {
      switch (result.type) {
        case 'Cancelled':
          return okAsync(freshAnswer(result.reply ?? render(result.booking)));
        case 'DuplicateMessage':
          return okAsync(replayedAnswer(result.reply));
        case 'NotFound':
          return refuse(context, { type: 'CodeNotFound', problem: 'unknown' });
      }
    });
}
