import { type ProviderCodes, providerRefusal, retryableByCode } from '@antrean/webhook-kit';

/** Why a send failed, and whether sending the same reply again later can succeed. */
export interface SendFailure {
  readonly type: 'SendFailed';
  /** True when a later attempt can succeed (throughput, pair limit, transient, 5xx, network, timeout). */
  readonly retryable: boolean;
  readonly reason: 'provider' | 'network' | 'timeout' | 'response';
  /** The provider's error code (`error.code`), when it gave one. */
  readonly code?: number;
  /** The HTTP status, when a response arrived. */
  readonly httpStatus?: number;
  /** The provider's message or ours; never the reply text or the recipient. */
  readonly message: string;
}

/**
 * Codes worth retrying: throughput (130429), pair limit (131056), number upgrading (131057),
 * transient (131000, 131016), and Graph's own temporary (2) and rate-limit (4, 80007) codes.
 */
const RETRYABLE_CODES: ReadonlySet<number> = new Set([130429, 131056, 131057, 131000, 131016, 2, 4, 80007]);

/**
 * Codes that will fail again: undeliverable (131026), outside the 24-hour window (131047),
 * spam limit (131048), expired token (190), invalid parameter (100).
 */
const PERMANENT_CODES: ReadonlySet<number> = new Set([131026, 131047, 131048, 190, 100]);

const CODES: ProviderCodes = { retryable: RETRYABLE_CODES, permanent: PERMANENT_CODES };

/** Whether a provider error is retryable: by its code first, by the HTTP status for other codes. */
export function isRetryable(code: number | undefined, httpStatus: number): boolean {
  return retryableByCode(CODES, code, httpStatus);
}

/** The failure for an error response from the provider. */
export function providerFailure(httpStatus: number, code: number | undefined, message: string): SendFailure {
  return providerRefusal(CODES, httpStatus, code, message);
}
