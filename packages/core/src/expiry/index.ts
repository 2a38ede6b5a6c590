export * from './code-state';
