/**
 * The counter page: the officer names the counter (kept on this device), then calls with the
 * buttons or the keys N (next), R (recall), S (served), A (absent). The ticket being called and the
 * number of people waiting follow the office's live events.
 */
import { api } from './api.js';
import { counterName, ownCounterName } from './counter-name.js';
import { formatTimeWithSeconds, stateText } from './format.js';
import { element, showDone, showProblem, startSignedInPage } from './frame.js';
import { t } from './i18n.js';
import { followTickets } from './ticket-feed.js';

const STORAGE_KEY = 'antrean-desk-counter';
const KEYS = { n: 'call-next', r: 'recall', s: 'served', a: 'absent' };

const counterInput = document.getElementById('counter');
const result = document.getElementById('counter-result');
const buttons = [...document.querySelectorAll('[data-action]')];
let counter = ''; // as the API names it: `Loket 2`
let current; // the ticket this counter has called, if any
let tickets = []; // the office's tickets of the day, from the live feed

const saved = () => {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
};

function showCurrent() {
  document.getElementById('current-number').textContent = current?.number ?? '—';
  document.getElementById('current-detail').textContent = current
    ? t('counter.currentDetail', {
        counter: ownCounterName(counter),
        calls: current.calls,
        state: stateText(current.status),
      })
    : t('counter.none');
}

/** The waiting count and this counter's called ticket, from the live feed. */
function followFeed() {
  const waiting = tickets.filter((ticket) => ticket.status === 'waiting').length;
  document.getElementById('waiting-count').textContent = String(waiting);
  const mine = tickets.find((ticket) => ticket.status === 'called' && ticket.counter === counter);
  if (mine?.number !== current?.number || mine?.calls !== current?.calls) {
    current = mine;
    showCurrent();
  }
}

function useCounter(value) {
  counter = counterName(value) ?? '';
  followFeed();
  try {
    localStorage.setItem(STORAGE_KEY, counter);
  } catch {
    // Kept for this visit only.
  }
  for (const button of buttons) button.disabled = counter === '';
}

async function act(action) {
  if (counter === '') {
    showProblem(result, { error: 'InvalidCounter' });
    counterInput.focus();
    return;
  }
  const answer = await api(`api/${action}`, { counter });
  if (answer.status !== 200) {
    showProblem(result, answer.body, { number: answer.body.ticket?.number ?? '' });
    if (answer.body.error === 'CounterBusy') {
      current = answer.body.ticket;
      showCurrent();
    }
    return;
  }
  const { ticket } = answer.body;
  current = ticket.status === 'called' ? ticket : undefined;
  showCurrent();
  showDone(result, t(`counter.did.${action}`, { number: ticket.number, counter: ownCounterName(counter) }));
  const line = element('li', '', `${formatTimeWithSeconds(new Date())} · ${result.textContent}`);
  document.getElementById('history').prepend(line);
}

await startSignedInPage('counter');
useCounter(saved());
counterInput.value = counter;
showCurrent();
document.getElementById('counter-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = counterInput.value.trim();
  if (counterName(value) === undefined) {
    showProblem(result, { error: 'InvalidCounter' });
    return;
  }
  useCounter(value);
  counterInput.value = counter;
  showDone(result, t('counter.using', { counter: ownCounterName(counter) }));
  buttons[0].focus();
});
for (const button of buttons) button.addEventListener('click', () => act(button.dataset.action));
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  const action = KEYS[event.key.toLowerCase()];
  if (typing || event.ctrlKey || event.altKey || event.metaKey || !action || counter === '') return;
  event.preventDefault();
  act(action);
});
document.addEventListener('langchange', showCurrent);
followTickets((latest) => {
  tickets = latest;
  followFeed();
});
(counter === '' ? counterInput : buttons[0]).focus();
