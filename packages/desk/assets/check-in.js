/**
 * The check-in page: the code is checked as it is typed; Enter previews the booking without
 * changing it; Enter again (or Ctrl+Enter, or the button) confirms the documents match and checks
 * in; the queue number shows big. Every refusal is said in words.
 */
import { api } from './api.js';
import { readCode } from './check-code.js';
import { applicationTypeText, formatDate, formatSessionHours, formatTime, stateText } from './format.js';
import { showDone, showProblem, startSignedInPage } from './frame.js';
import { t } from './i18n.js';
import { showNumber, wireWalkIn } from './walk-in.js';

const codeInput = document.getElementById('code');
const hint = document.getElementById('code-hint');
const preview = document.getElementById('preview');
const verdict = document.getElementById('verdict');
const confirm = document.getElementById('confirm');
let previewed; // { code, verdict } of the booking on screen

const HINTS = {
  empty: 'checkIn.hint',
  partial: 'code.partial',
  character: 'code.character',
  length: 'code.length',
  checkCharacter: 'code.checkCharacter',
  valid: 'code.valid',
};

/** The hint under the field as the officer types: how many characters, or what is wrong. */
function updateHint() {
  const reading = readCode(codeInput.value);
  hint.textContent = t(HINTS[reading.state], { count: reading.code.length, bad: reading.bad ?? '' });
  const wrong = ['character', 'length', 'checkCharacter'].includes(reading.state);
  hint.className = `hint ${wrong ? 'problem' : reading.state === 'valid' ? 'done' : ''}`;
  codeInput.setAttribute('aria-invalid', String(wrong));
  if (previewed && previewed.code !== reading.code) hidePreview();
  return reading;
}

function hidePreview() {
  preview.hidden = true;
  previewed = undefined;
}

/** The verdict's words: open, or why not (opening time, hangus, cancelled, number already given). */
function verdictText(body) {
  if (body.verdict === 'Open') return t('verdict.Open');
  const vars = { time: formatTime(body.opensAt), number: body.ticket?.number ?? '' };
  return t(`error.${body.verdict}`, vars);
}

async function showPreview(code) {
  const answer = await api(`api/booking?code=${encodeURIComponent(code)}`);
  const detail = document.getElementById('result-detail');
  if (answer.status !== 200) {
    hidePreview();
    showProblem(detail, answer.body);
    document.getElementById('result-number').textContent = '—';
    return;
  }
  const { booking } = answer.body;
  document.getElementById('p-code').textContent = booking.code;
  document.getElementById('p-name').textContent = booking.name;
  document.getElementById('p-birth').textContent = formatDate(booking.birthDate);
  document.getElementById('p-type').textContent = applicationTypeText(booking.applicationType);
  document.getElementById('p-session').textContent =
    `${formatDate(booking.date)}, ${formatSessionHours(booking.session)}`;
  document.getElementById('p-state').textContent = stateText(booking.status);
  verdict.textContent = verdictText(answer.body);
  verdict.className = `message ${answer.body.verdict === 'Open' ? 'done' : 'problem'}`;
  confirm.hidden = answer.body.verdict !== 'Open';
  preview.hidden = false;
  previewed = { code, verdict: answer.body.verdict };
  showDone(detail, t('checkIn.previewShown'));
  detail.className = 'message';
  document.getElementById('result-number').textContent = '—';
}

async function checkIn() {
  const code = previewed.code;
  confirm.disabled = true;
  const answer = await api('api/check-in', { code });
  confirm.disabled = false;
  const detail = document.getElementById('result-detail');
  if (answer.status === 200) {
    showNumber(answer.body.ticket.number, t('checkIn.done', { name: answer.body.booking.name }));
    codeInput.value = '';
    hidePreview();
    updateHint();
  } else {
    const vars = { time: formatTime(answer.body.opensAt), number: answer.body.ticket?.number ?? '' };
    showProblem(detail, answer.body, vars);
    document.getElementById('result-number').textContent = answer.body.ticket?.number ?? '—';
  }
  codeInput.focus();
}

/** Enter: preview a valid code; with its preview open and check-in allowed, check it in. */
async function submitCode() {
  const reading = updateHint();
  if (reading.state !== 'valid') {
    hint.classList.add('problem');
    codeInput.focus();
    return;
  }
  if (previewed?.code === reading.code && previewed.verdict === 'Open') return checkIn();
  return showPreview(reading.code);
}

await startSignedInPage('check-in');
codeInput.addEventListener('input', updateHint);
codeInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.ctrlKey && previewed?.verdict === 'Open') {
    event.preventDefault();
    checkIn();
  }
});
document.getElementById('code-form').addEventListener('submit', (event) => {
  event.preventDefault();
  submitCode();
});
confirm.addEventListener('click', () => previewed && checkIn());
document.addEventListener('langchange', () => {
  updateHint();
  if (previewed) showPreview(previewed.code);
});
wireWalkIn();
codeInput.focus();
