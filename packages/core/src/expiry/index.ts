export * from './active-from';
export * from './check-in-verdict';
export * from './check-in-window';
export * from './code-state';
