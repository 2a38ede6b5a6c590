import { displayCode, parseBookingCode } from '@antrean/core';

/** The code an officer typed, in its display form (`QA6Y-AU5H`) when it reads as one; the service reads it the same way. */
export function typedCode(typed: string): string | undefined {
  const code = parseBookingCode(typed.replace(/\s+/gu, ''));
  return code.isOk() ? displayCode(code.value) : undefined;
}
