import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../assets/texts.js';

const assets = fileURLToPath(new URL('../../assets/', import.meta.url));
const files = readdirSync(assets).filter((name) => /\.(html|js)$/.test(name) && !name.startsWith('texts'));
const source = (name: string) => readFileSync(`${assets}${name}`, 'utf8');

/** Keys the pages name literally: `data-i18n*="key"` in HTML, `t('key')` and `key: 'key'` in JS. */
const namedKeys = files.flatMap((name) =>
  [...source(name).matchAll(/data-i18n(?:-[a-z]+)?="([^"]+)"|\bt\('([^']+)'|key: '([^']+)'/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  ),
);

describe("the pages' dictionaries (assets/texts*.js)", () => {
  it('has every text in both languages, none empty', () => {
    expect(Object.keys(TEXTS.en).sort()).toEqual(Object.keys(TEXTS.id).sort());
    for (const texts of [TEXTS.id, TEXTS.en])
      expect(Object.values(texts).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('has every key the pages name', () => {
    expect(namedKeys.length).toBeGreaterThan(50);
    expect(namedKeys.filter((key) => !(key in TEXTS.id))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(TEXTS.id))
      expect(placeholders(TEXTS.en[key] ?? ''), key).toEqual(placeholders(text));
  });
});
