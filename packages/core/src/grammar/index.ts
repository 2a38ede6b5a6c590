export { cleanExcerpt, MAX_EXCERPT_LENGTH } from './clean-excerpt';
export { foldText } from './fold-text';
export type { BookingMessageStyle } from './format-message';
export {
  formatBookingMessage,
  formatCancelMessage,
  formatDateField,
  formatStatusMessage,
} from './format-message';
export {
  APPLICATION_TYPE_WORD,
  APPLICATION_TYPE_WORDS,
  COMMAND_WORDS,
  MAX_MESSAGE_LENGTH,
} from './grammar-words';
export { parseApplicationType, parseBookingFields } from './parse-booking-fields';
export { parseDateField } from './parse-date';
export { parseMessage } from './parse-message';
export { MAX_NAME_LENGTH, parseName } from './parse-name';
export type { BookingRequest, ParsedMessage } from './parsed-message';
export { splitBareBookingFields, splitFields } from './split-fields';
export { suggestArrivalDate } from './suggest-arrival-date';
