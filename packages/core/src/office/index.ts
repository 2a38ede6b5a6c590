export * from './central-jakarta';
export * from './default-documents';
export type * from './office-config';
export * from './parse-office-config';
