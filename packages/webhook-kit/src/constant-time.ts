/**
 * True when both byte arrays are equal. Every byte of `expected` is visited whatever the input,
 * so the time taken says nothing about where a forged signature first differs.
 */
export function constantTimeEqual(actual: Uint8Array, expected: Uint8Array): boolean {
  let difference = actual.length ^ expected.length;
  for (let index = 0; index < expected.length; index += 1) {
    difference |= (actual[index] ?? 0) ^ (expected[index] ?? 0);
  }
  return difference === 0;
}
