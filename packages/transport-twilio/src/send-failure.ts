import { type ProviderCodes, providerRefusal, retryableByCode } from '@antrean/webhook-kit';

/** Why a send failed, and whether sending the same message again later can succeed. */
export interface SendFailure {
  readonly type: 'SendFailed';
  /** True when a later attempt can succeed (rate limits, Twilio's 5xx, network, timeout). */
  readonly retryable: boolean;
  readonly reason: 'provider' | 'network' | 'timeout' | 'response' | 'address';
  /** Twilio's error code (`code` of its error body), when it gave one. */
  readonly code?: number;
  /** The HTTP status, when a response arrived. */
  readonly httpStatus?: number;
  /** Twilio's message or ours; never the message text or the recipient. */
  readonly message: string;
}

/**
 * Codes worth retrying: too many requests (20429), Twilio's internal error and unavailability
 * (20500, 20503), the account's SMS rate (14107), and a channel's rate limit (63018).
 */
const RETRYABLE_CODES: ReadonlySet<number> = new Set([20429, 20500, 20503, 14107, 63018]);

/**
 * Codes that will fail again: bad credentials (20003), not found (20404), invalid `To` (21211),
 * region not enabled (21408), `From` not usable (21606), no route between the two (21612),
 * unsubscribed recipient (21610), not a mobile number (21614), body too long (21617), WhatsApp
 * address unknown (63003), outside WhatsApp's 24-hour window (63016).
 */
const PERMANENT_CODES: ReadonlySet<number> = new Set([
  20003, 20404, 21211, 21408, 21606, 21610, 21612, 21614, 21617, 63003, 63016,
]);

const CODES: ProviderCodes = { retryable: RETRYABLE_CODES, permanent: PERMANENT_CODES };

/** Whether a Twilio error is retryable: by its code first, by the HTTP status for other codes. */
export function isRetryable(code: number | undefined, httpStatus: number): boolean {
  return retryableByCode(CODES, code, httpStatus);
}

/** The failure for an error response from Twilio. */
export function providerFailure(httpStatus: number, code: number | undefined, message: string): SendFailure {
  return providerRefusal(CODES, httpStatus, code, message);
}
