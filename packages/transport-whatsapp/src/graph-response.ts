import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { providerFailure, type SendFailure } from './send-failure';

/** What a successful send returns: the provider's id of the sent message. */
export interface SentMessage {
  readonly providerMessageId: string;
}

const sentSchema = z.object({ messages: z.array(z.object({ id: z.string().min(1) })).min(1) });
const errorSchema = z.object({
  error: z.object({ code: z.number().optional(), message: z.string().optional() }),
});

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Reads the Graph API's answer to a send. Errors are classified by `error.code`, the HTTP status
 * only deciding for codes not known. A 2xx without a message id is a permanent failure: Meta may
 * have sent it, and sending again could make it twice.
 */
export function readGraphResponse(httpStatus: number, body: string): Result<SentMessage, SendFailure> {
  const json = parseJson(body);
  if (httpStatus >= 200 && httpStatus < 300) {
    const sent = sentSchema.safeParse(json);
    if (sent.success) return ok({ providerMessageId: sent.data.messages[0]!.id });
    const message = 'accepted without a message id';
    return err({ type: 'SendFailed', retryable: false, reason: 'response', httpStatus, message });
  }
  const failure = errorSchema.safeParse(json);
  const code = failure.success ? failure.data.error.code : undefined;
  const message = (failure.success ? failure.data.error.message : undefined) ?? `HTTP ${httpStatus}`;
  return err(providerFailure(httpStatus, code, message));
}
