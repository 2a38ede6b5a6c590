/** The codes module's names used elsewhere in the core or by the root entry; the rest stays inside. */

export type { CodeProblem } from './booking-code';
export { displayCode, makeBookingCode, parseBookingCode } from './booking-code';
export { checkCharacter } from './check-character';
export { CODE_ALPHABET, CODE_BODY_LENGTH } from './code-alphabet';
export { nanoidCodeGenerator } from './generate-code';
