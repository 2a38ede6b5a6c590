export * from './codes';
export * from './hostile-input';
export * from './instants';
export * from './messages';
export * from './near-valid-messages';
export * from './office';
