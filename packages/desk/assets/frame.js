/**
 * What every signed-in page shares: the session (or a redirect to sign-in), the top bar with its
 * navigation, the user, sign-out and the language toggle.
 */
import { api, deskUrl, useCsrfToken } from './api.js';
import { applyTexts, currentLang, t, wireLangToggle } from './i18n.js';
import { useOfficeZone } from './office-time.js';

const PAGES = [
  { path: 'check-in', key: 'nav.checkIn' },
  { path: 'counter', key: 'nav.counter' },
  { path: 'day', key: 'nav.day' },
  { path: 'audit', key: 'nav.audit', role: 'supervisor' },
];

/** Creates an element with a class and text. */
export function element(tag, className = '', text = '') {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The sign-in page's address, coming back to `page` afterwards. */
export function signInUrl(page) {
  return deskUrl(`login?next=${encodeURIComponent(page)}`);
}

const link = (page, current) => {
  const a = element('a', '', t(page.key));
  a.dataset.i18n = page.key;
  a.href = deskUrl(page.path);
  if (page.path === current) a.setAttribute('aria-current', 'page');
  a.addEventListener('click', () => {
    if (currentLang() === 'en') a.href = deskUrl(`${page.path}?lang=en`);
  });
  return a;
};

const fillTopBar = (bar, user, current) => {
  const nav = element('nav');
  nav.dataset.i18nLabel = 'nav.label';
  for (const page of PAGES) if (!page.role || page.role === user.role) nav.append(link(page, current));
  const who = element('span', 'who', `${user.name} · ${user.office}`);
  const lang = element('button', 'quiet');
  lang.type = 'button';
  const out = element('button', 'quiet', t('nav.signOut'));
  out.type = 'button';
  out.dataset.i18n = 'nav.signOut';
  out.addEventListener('click', async () => {
    await api('api/logout', {});
    location.assign(deskUrl('login'));
  });
  bar.append(nav, who, lang, out);
  wireLangToggle(lang);
};

/**
 * Starts a signed-in page: texts applied, the session read (none: off to sign-in), the office's
 * time zone taken for every time shown, the top bar filled. Resolves to the session
 * `{ user, csrfToken, office: { id, name, timeZone, today } }`.
 */
export async function startSignedInPage(current) {
  applyTexts();
  const session = await api('api/session');
  if (session.status !== 200) {
    location.assign(signInUrl(current));
    return new Promise(() => {});
  }
  useCsrfToken(session.body.csrfToken);
  useOfficeZone(session.body.office?.timeZone);
  fillTopBar(document.querySelector('.top'), session.body.user, current);
  applyTexts();
  return session.body;
}

/** Shows an API refusal in `target` (a live region): the page's own words, else the server's. */
export function showProblem(target, body, vars = {}) {
  if (body.error === 'Unauthenticated') location.assign(signInUrl(location.pathname.split('/').pop()));
  const key = `error.${body.error}`;
  const text = t(key, vars);
  target.textContent = text === key ? (body.message ?? t('error.other', { error: body.error })) : text;
  target.className = 'message problem';
}

/** Shows a success line in `target`. */
export function showDone(target, text) {
  target.textContent = text;
  target.className = 'message done';
}
