export * from './codes';
export * from './instants';
export * from './messages';
export * from './office';
