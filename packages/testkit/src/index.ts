export * from './arbitraries';
export * from './conformance';
export * from './transport-conformance';
