/** A provider's error codes, by what sending again can do about them. */
export interface ProviderCodes {
  /** Codes a later attempt can get past (rate limits, transient errors). */
  readonly retryable: ReadonlySet<number>;
  /** Codes that fail again whatever happens (bad address, expired token, closed window). */
  readonly permanent: ReadonlySet<number>;
}

/**
 * Whether a provider's error response is worth retrying: by its code when the provider's lists
 * know it, otherwise by the HTTP status (5xx, 429 and 408 are; any other 4xx is not).
 */
export function retryableByCode(codes: ProviderCodes, code: number | undefined, httpStatus: number): boolean {
  if (code !== undefined && codes.retryable.has(code)) return true;
  if (code !== undefined && codes.permanent.has(code)) return false;
  return httpStatus >= 500 || httpStatus === 429 || httpStatus === 408;
}

/** A provider's error response: every transport's `SendFailure` has this shape among its cases. */
export interface ProviderRefusal {
  readonly type: 'SendFailed';
  readonly retryable: boolean;
  readonly reason: 'provider';
  /** The provider's error code, when its error body gave one. */
  readonly code?: number;
  readonly httpStatus: number;
  /** The provider's message; never the text sent or the recipient. */
  readonly message: string;
}

/** An error response as a failure, retryable as `retryableByCode` says for the provider's codes. */
export function providerRefusal(
  codes: ProviderCodes,
  httpStatus: number,
  code: number | undefined,
  message: string,
): ProviderRefusal {
  return {
    type: 'SendFailed',
    retryable: retryableByCode(codes, code, httpStatus),
    reason: 'provider',
    ...(code === undefined ? {} : { code }),
    httpStatus,
    message,
  };
}

/** A send that got no answer: every transport's `SendFailure` has this shape among its cases. */
export interface NoAnswer {
  readonly type: 'SendFailed';
  readonly retryable: true;
  readonly reason: 'network' | 'timeout';
  readonly message: string;
}

/** A failed `fetch` as a retryable failure: the request may not have arrived, so sending again is safe to try. */
export function noAnswer(cause: unknown): NoAnswer {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  return {
    type: 'SendFailed',
    retryable: true,
    reason: timedOut ? 'timeout' : 'network',
    message: timedOut ? 'no answer in time' : 'network error',
  };
}
