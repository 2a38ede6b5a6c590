/** Every text of the desk's pages, Indonesian (`id`, the default) and English (`en`), by key. */
import { TEXTS_EN } from './texts-en.js';
import { TEXTS_ID } from './texts-id.js';

/** The dictionaries by language. */
export const TEXTS = { id: TEXTS_ID, en: TEXTS_EN };
