/**
 * The pages' language: Indonesian unless `?lang=en` or the toggle chose English (remembered on
 * this device). Elements carry `data-i18n` (text), `data-i18n-placeholder` and
 * `data-i18n-label` (aria-label) keys into texts.js; the HTML's own text is the Indonesian fallback.
 */
import { TEXTS } from './texts.js';

const STORAGE_KEY = 'antrean-desk-lang';

const stored = () => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

/** `id` or `en`. */
export function currentLang() {
  const asked = new URLSearchParams(location.search).get('lang') ?? stored();
  return asked === 'en' ? 'en' : 'id';
}

/** The text for `key` in the current language, `{name}` placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const text = TEXTS[currentLang()][key] ?? TEXTS.id[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/** Puts the current language's texts into every marked element under `root`. */
export function applyTexts(root = document) {
  document.documentElement.lang = currentLang();
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-placeholder]'))
    element.placeholder = t(element.dataset.i18nPlaceholder);
  for (const element of root.querySelectorAll('[data-i18n-label]'))
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
}

/** Switches language: remembered, written into the address, texts redone, `langchange` sent. */
export function setLang(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // A browser that refuses storage still switches through the address.
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyTexts();
  document.dispatchEvent(new Event('langchange'));
}

/** Makes `button` switch between the two languages; its label names the other one. */
export function wireLangToggle(button) {
  const label = () => {
    button.textContent = currentLang() === 'id' ? 'English' : 'Bahasa Indonesia';
    button.lang = currentLang() === 'id' ? 'en' : 'id';
  };
  label();
  button.addEventListener('click', () => {
    setLang(currentLang() === 'id' ? 'en' : 'id');
    label();
  });
}
