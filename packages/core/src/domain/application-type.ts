/**
 * Why the applicant needs a passport. `regular` when the message names no type.
 * `replacement` covers both PERPANJANG and GANTI (expired or full passport).
 */
export type ApplicationType = 'regular' | 'new' | 'replacement' | 'lost' | 'damaged';

/** Every application type, in a stable order. */
export const APPLICATION_TYPES: readonly ApplicationType[] = [
  'regular',
  'new',
  'replacement',
  'lost',
  'damaged',
];
