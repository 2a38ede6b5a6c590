import { err, Result } from 'neverthrow';
import { makeBookingCode } from '../codes';
import type { CodeGenerator } from '../ports/code-generator';
import type { CodeGeneratorFailed } from './booking-service-types';

/** A fresh code is drawn this many times before a run of failures is treated as a fault. */
export const MAX_CODE_ATTEMPTS = 5;

/** Why one draw gave no usable code: the generator threw (with what), or returned no code body. */
export interface FailedDraw {
  readonly threw: boolean;
  readonly cause?: unknown;
}

/** A code from the generator port; a generator that throws or returns junk counts as a failed draw. */
export function drawCode(generateCode: CodeGenerator): Result<string, FailedDraw> {
  return Result.fromThrowable(generateCode, (cause): FailedDraw => ({ threw: true, cause }))().andThen(
    (body): Result<string, FailedDraw> =>
      typeof body === 'string'
        ? makeBookingCode(body).mapErr(() => ({ threw: false }))
        : err({ threw: false }),
  );
}

/** The error once every attempt failed: `failedDraws` of them were the generator's, the rest codes already taken. */
export function codeGeneratorFailed(failedDraws: readonly FailedDraw[]): CodeGeneratorFailed {
  const thrown = failedDraws.find((draw) => draw.threw);
  const taken = MAX_CODE_ATTEMPTS - failedDraws.length;
  const message =
    `no usable booking code after ${MAX_CODE_ATTEMPTS} attempts: ` +
    `${failedDraws.length} draws threw or returned no 7-character code body, ${taken} were codes already taken`;
  return thrown === undefined
    ? { type: 'CodeGeneratorFailed', message }
    : { type: 'CodeGeneratorFailed', message, cause: thrown.cause };
}
