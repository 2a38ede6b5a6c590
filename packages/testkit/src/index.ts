export * from './arbitraries';
export * from './conformance';
