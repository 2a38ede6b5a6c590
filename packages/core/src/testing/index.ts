/**
 * `@antrean/core/testing`: deterministic stand-ins for the edge (a stopped clock, predictable
 * codes) for tests and demonstrations. Kept off the root entry so production code cannot pick
 * them up by accident.
 */
export { fixedClock } from './fixed-clock';
export { sequenceCodeGenerator } from './sequence-code-generator';
