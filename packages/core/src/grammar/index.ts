/** The grammar module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { foldText } from './fold-text';
export type { BookingMessageStyle } from './format-message';
export { formatDateField } from './format-message';
export { APPLICATION_TYPE_WORDS, COMMAND_WORDS } from './grammar-words';
export { parseDateField } from './parse-date';
export { parseMessage } from './parse-message';
export { MAX_NAME_LENGTH, parseName } from './parse-name';
export type { BookingRequest, ParsedMessage } from './parsed-message';
