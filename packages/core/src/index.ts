/** antrean core: pure booking rules over ports. Every module is re-exported here. */
export * from './allocation';
export * from './codes';
export * from './domain';
export * from './expiry';
export * from './grammar';
export * from './office';
export * from './outbox';
export * from './ports';
export * from './replies';
export * from './rules';
export * from './service';
export * from './time';
