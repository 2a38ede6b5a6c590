import type { ApplicationType } from '../domain/application-type';

/** Longest message read at all, in UTF-16 code units of the raw text (JavaScript `length`). */
export const MAX_MESSAGE_LENGTH = 1000;

/** Command keywords (first field, any case) and what they ask for. Names cannot be these words. */
export const COMMAND_WORDS: Readonly<Record<string, 'cancel' | 'status' | 'help'>> = {
  BATAL: 'cancel',
  CANCEL: 'cancel',
  CEK: 'status',
  STATUS: 'status',
  INFO: 'help',
  HELP: 'help',
  BANTUAN: 'help',
  '?': 'help',
};

/**
 * Words accepted as the optional fourth field. Indonesian first (the documented words); the
 * English ones mirror the English command synonyms so an English-speaking applicant is understood.
 */
export const APPLICATION_TYPE_WORDS: Readonly<Record<string, Exclude<ApplicationType, 'regular'>>> = {
  BARU: 'new',
  PERPANJANG: 'replacement',
  GANTI: 'replacement',
  HILANG: 'lost',
  RUSAK: 'damaged',
  NEW: 'new',
  RENEW: 'replacement',
  RENEWAL: 'replacement',
  REPLACE: 'replacement',
  LOST: 'lost',
  DAMAGED: 'damaged',
};

/** The word `formatBookingMessage` writes for each type; `regular` writes no fourth field. */
export const APPLICATION_TYPE_WORD: Readonly<Record<ApplicationType, string | undefined>> = {
  regular: undefined,
  new: 'BARU',
  replacement: 'PERPANJANG',
  lost: 'HILANG',
  damaged: 'RUSAK',
};

/** Looks a keyword up without inheriting `Object.prototype` names such as `constructor`. */
export function lookupWord<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
