export * from './booking-code';
export * from './check-character';
export * from './code-alphabet';
export * from './generate-code';
