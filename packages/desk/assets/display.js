/**
 * The waiting-room display (public: only numbers and counters). Follows
 * `display/<office>/events`: a `snapshot` of the last calls (newest first, each `finished` or not),
 * then `called` (a call or recall) and `finished` (served or absent). The large number is the
 * newest call not yet finished; "earlier calls" lists the other recent calls whatever became of
 * them, so the list does not empty as numbers are served. EventSource reconnects by itself; a
 * stream the server ended is reopened. With `?speech=1` each call is also spoken (id-ID) once the
 * screen has been tapped or a key pressed, as browsers allow speech only after a gesture.
 */
import { announcement } from './announcement.js';
import { startDisplayClock } from './display-clock.js';
import { fitText } from './fit-text.js';
import { applyTexts, currentLang, t } from './i18n.js';

/** Calls kept: the one shown large and up to `CALLS - 1` earlier ones. */
const CALLS = 8;
/** The counter line is at most this share of the number's size, so the number stays first. */
const COUNTER_SHARE = 0.45;
let calls = []; // newest first: { number, counter, calls, finished }
let speaking = false;

const cell = (text) => {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
};

/** Sizes the number, then the counter line, to their boxes (the CSS gives the boxes, not the sizes). */
function fit() {
  const number = document.getElementById('now-number');
  fitText(number);
  fitText(document.getElementById('now-counter'), Number.parseFloat(number.style.fontSize) * COUNTER_SHARE);
}

function draw(flash) {
  const latest = calls.find((call) => !call.finished);
  document.getElementById('now-number').textContent = latest?.number ?? '—';
  document.getElementById('now-counter').textContent = latest?.counter || '—';
  const rows = calls
    .filter((call) => call !== latest)
    .slice(0, CALLS - 1)
    .map((call) => {
      const tr = document.createElement('tr');
      if (call.finished) tr.className = 'finished';
      tr.append(cell(call.number), cell(call.counter));
      return tr;
    });
  document.getElementById('recent').replaceChildren(...rows);
  fit();
  if (flash) {
    const now = document.getElementById('now');
    now.classList.remove('flash');
    void now.offsetWidth; // restarts the animation
    now.classList.add('flash');
  }
}

/** The counter as spoken: "loket" is in the sentence already, so `Loket 2` is said as `2`. */
const spokenCounter = (counter) => counter.replace(/^loket\s+/i, '');

function speak(entry) {
  if (!speaking || !('speechSynthesis' in window)) return;
  const lang = currentLang();
  const utterance = new SpeechSynthesisUtterance(
    announcement(entry.number, spokenCounter(entry.counter), lang),
  );
  utterance.lang = lang === 'en' ? 'en-GB' : 'id-ID';
  speechSynthesis.speak(utterance);
}

function setConnection(key, ok) {
  const status = document.getElementById('connection');
  status.textContent = t(key);
  status.className = `connection ${ok ? 'ok' : 'lost'}`;
}

function follow() {
  const source = new EventSource(`${location.pathname.replace(/\/$/, '')}/events`);
  source.addEventListener('open', () => setConnection('display.connected', true));
  source.addEventListener('snapshot', (event) => {
    calls = (JSON.parse(event.data).calls ?? []).slice(0, CALLS);
    draw(false);
  });
  source.addEventListener('called', (event) => {
    const entry = { ...JSON.parse(event.data), finished: false };
    calls = [entry, ...calls.filter((other) => other.number !== entry.number)].slice(0, CALLS);
    draw(true);
    speak(entry);
  });
  source.addEventListener('finished', (event) => {
    const { number } = JSON.parse(event.data);
    calls = calls.map((call) => (call.number === number ? { ...call, finished: true } : call));
    draw(false);
  });
  source.addEventListener('error', () => {
    setConnection('display.reconnecting', false);
    if (source.readyState === EventSource.CLOSED) setTimeout(follow, 3000);
  });
}

applyTexts();
startDisplayClock(document.getElementById('clock'));
document.getElementById('fullscreen').addEventListener('click', () => {
  document.documentElement.requestFullscreen?.().catch(() => {});
});
if (new URLSearchParams(location.search).get('speech') === '1') {
  const button = document.getElementById('speech');
  button.hidden = false;
  const enable = () => {
    speaking = true;
    button.textContent = t('display.speechReady');
    button.disabled = true;
  };
  button.addEventListener('click', enable);
  document.addEventListener('keydown', enable, { once: true });
}
new ResizeObserver(fit).observe(document.getElementById('now'));
document.fonts.ready.then(fit);
follow();
