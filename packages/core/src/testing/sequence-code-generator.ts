import { CODE_ALPHABET, CODE_BODY_LENGTH } from '../codes/code-alphabet';
import type { CodeGenerator } from '../ports/code-generator';

const BODY_SPACE = CODE_ALPHABET.length ** CODE_BODY_LENGTH;

/**
 * A deterministic `CodeGenerator` for tests and demos: a counter from `seed`, written in base 31
 * with the code alphabet. Its codes are predictable, so it is NOT for production.
 */
export function sequenceCodeGenerator(seed = 0): CodeGenerator {
  const start = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  let counter = ((start % BODY_SPACE) + BODY_SPACE) % BODY_SPACE;
  return () => {
    let rest = counter;
    let body = '';
    for (let i = 0; i < CODE_BODY_LENGTH; i++) {
      body = CODE_ALPHABET[rest % CODE_ALPHABET.length] + body;
      rest = Math.floor(rest / CODE_ALPHABET.length);
    }
    counter = (counter + 1) % BODY_SPACE;
    return body;
  };
}
