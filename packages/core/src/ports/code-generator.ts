/**
 * Makes the random body of a booking code: 7 characters of the code alphabet. The core adds
 * the check character. Randomness lives here, at the edge, so the core stays pure.
 */
export type CodeGenerator = () => string;
