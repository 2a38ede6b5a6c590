import type { OfficeConfig } from '../office/office-config';

/** Enough for every session of a few weeks in both languages; a full table is dropped and refilled. */
const MAX_ENTRIES_PER_OFFICE = 1_024;

/** Keyed by the config object itself: a reloaded config is a new object and starts afresh. */
const byOffice = new WeakMap<OfficeConfig, Map<string, unknown>>();

/**
 * `build()`, remembered per office and `key`: for reply parts that depend only on the office and
 * what the key names (date, session, type, language), so thousands of confirmations of one session
 * format its wording once. Office configs are readonly values (never changed in place), and `key`
 * must name every other input of `build`, so a remembered part is always the one `build` gives.
 */
export function rememberedText<T>(office: OfficeConfig, key: string, build: () => T): T {
  let entries = byOffice.get(office);
  if (entries === undefined) {
    entries = new Map();
    byOffice.set(office, entries);
  }
  let value = entries.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    if (entries.size >= MAX_ENTRIES_PER_OFFICE) entries.clear();
    entries.set(key, value);
  }
  return value;
}
