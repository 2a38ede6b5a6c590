/** The sign-in page: name, password, Enter; then on to the page asked for (check-in by default). */
import { api, deskUrl } from './api.js';
import { showProblem } from './frame.js';
import { applyTexts, currentLang, t, wireLangToggle } from './i18n.js';

const PAGES = new Set(['check-in', 'counter', 'day', 'audit']);

const form = document.getElementById('login-form');
const result = document.getElementById('login-result');
applyTexts();
wireLangToggle(document.getElementById('lang'));
form.elements.name.focus();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = form.elements.name.value.trim();
  const password = form.elements.password.value;
  if (name === '' || password === '') {
    showProblem(result, { error: 'MissingCredentials' });
    (name === '' ? form.elements.name : form.elements.password).focus();
    return;
  }
  result.textContent = t('login.signingIn');
  result.className = 'message';
  const answer = await api('api/login', { name, password });
  if (answer.status !== 200) {
    showProblem(result, answer.body, { seconds: answer.body.retryAfterSeconds ?? '' });
    form.elements.password.select();
    return;
  }
  const asked = new URLSearchParams(location.search).get('next') ?? '';
  const page = PAGES.has(asked) ? asked : 'check-in';
  location.assign(deskUrl(currentLang() === 'en' ? `${page}?lang=en` : page));
});
