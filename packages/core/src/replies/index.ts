export * from './date-words';
export * from './outcome-builders';
export * from './render-reply';
export { EXAMPLE_CODE, type ReplyOptions } from './reply-context';
export type * from './reply-texts';
