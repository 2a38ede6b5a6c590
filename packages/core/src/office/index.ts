export * from './central-jakarta';
export type * from './office-config';
export * from './parse-office-config';
export * from './default-documents';
