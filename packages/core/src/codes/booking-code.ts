import { err, ok, type Result } from 'neverthrow';
import { foldText } from '../grammar/fold-text';
import { checkCharacter, weightedCodeSum } from './check-character';
import { CODE_BODY_LENGTH, CODE_LENGTH, isInCodeAlphabet } from './code-alphabet';

/** Why a string is not a booking code: wrong length, a character outside the alphabet, or a typo. */
export type CodeProblem = {
  readonly type: 'InvalidCode';
  readonly problem: 'length' | 'character' | 'checkCharacter';
};

const problem = (kind: CodeProblem['problem']): CodeProblem => ({ type: 'InvalidCode', problem: kind });

/** Appends the check character to a 7-character body written in the code alphabet (upper case). */
export function makeBookingCode(body: string): Result<string, CodeProblem> {
  if (!isInCodeAlphabet(body)) return err(problem('character'));
  if (body.length !== CODE_BODY_LENGTH) return err(problem('length'));
  return ok(body + checkCharacter(body));
}

/**
 * Reads a code as an applicant or officer types it: any case, spaces anywhere (`QA6Y AU5H`),
 * full-width or with invisible characters (folded with `foldText`), and an optional dash after
 * the fourth character (`abcd-efgh`). Returns the 8 canonical characters, no dash.
 * A character outside the alphabet is reported before a wrong length, since it is the more
 * specific hint (someone typing O for 0).
 */
export function parseBookingCode(input: string): Result<string, CodeProblem> {
  let text = foldText(input).replace(/\s+/gu, '').toUpperCase();
  if (text[4] === '-') text = text.slice(0, 4) + text.slice(5);
  if (!isInCodeAlphabet(text)) return err(problem('character'));
  if (text.length !== CODE_LENGTH) return err(problem('length'));
  if (weightedCodeSum(text) !== 0) return err(problem('checkCharacter'));
  return ok(text);
}

/** How a canonical code is shown to people: `XXXX-XXXX`, easier to read aloud and copy. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
