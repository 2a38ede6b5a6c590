export * from './instants';
export * from './office';
export * from './codes';
export * from './messages';
