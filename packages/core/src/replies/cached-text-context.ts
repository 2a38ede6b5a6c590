import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import { type ReplyOptions, type TextContext, textContext } from './reply-context';

/**
 * The last context built per office, by the config object itself: a service answers one office
 * on one local date for hours, so one entry per office suffices and memory stays flat. Office
 * configs are readonly values (never changed in place), so a remembered context is always right.
 */
const lastByOffice = new WeakMap<OfficeConfig, TextContext>();

/** `textContext(office, options)`, built once per office and local date and reused after. */
export function cachedTextContext(office: OfficeConfig, options: ReplyOptions = {}): TextContext {
  const today: LocalDate | undefined = options.today;
  const last = lastByOffice.get(office);
  if (last !== undefined && last.today === today) return last;
  const context = Object.freeze(textContext(office, options));
  lastByOffice.set(office, context);
  return context;
}
