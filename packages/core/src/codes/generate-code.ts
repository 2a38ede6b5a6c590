import { customAlphabet } from 'nanoid';
import type { CodeGenerator } from '../ports/code-generator';
import { CODE_ALPHABET, CODE_BODY_LENGTH } from './code-alphabet';

const randomBody = customAlphabet(CODE_ALPHABET, CODE_BODY_LENGTH);

/**
 * The default `CodeGenerator`: 7 random alphabet characters from nanoid's secure random source.
 * It is the one impure piece of the codes module, an edge adapter behind the CodeGenerator port;
 * everything that validates codes is pure. 31^7 ≈ 2.7·10^10 bodies keep guessing impractical.
 */
export const nanoidCodeGenerator: CodeGenerator = () => randomBody();
