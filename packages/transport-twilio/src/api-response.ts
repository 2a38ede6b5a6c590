import { err, ok, type Result } from 'neverthrow';
import { providerFailure, type SendFailure } from './send-failure';

/** What a successful send returns: Twilio's id of the message (`SM…`). */
export interface SentMessage {
  readonly providerMessageId: string;
}

const parseJson = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/**
 * Reads the Messages API's answer. Errors are classified by Twilio's `code`, the HTTP status only
 * deciding for codes not known. A 2xx without a `sid` is a permanent failure: Twilio may have
 * queued the message, and sending again could send it twice.
 */
export function readApiResponse(httpStatus: number, body: string): Result<SentMessage, SendFailure> {
  const json = parseJson(body);
  if (httpStatus >= 200 && httpStatus < 300) {
    if (typeof json.sid === 'string' && json.sid !== '') return ok({ providerMessageId: json.sid });
    const message = 'accepted without a message sid';
    return err({ type: 'SendFailed', retryable: false, reason: 'response', httpStatus, message });
  }
  const code = typeof json.code === 'number' ? json.code : undefined;
  const message = typeof json.message === 'string' ? json.message : `HTTP ${httpStatus}`;
  return err(providerFailure(httpStatus, code, message));
}
