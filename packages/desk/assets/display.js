/**
 * The waiting-room display (public: only numbers and counters). Follows
 * `display/<office>/events`: a `snapshot` of the numbers being called, then `called` (a call or
 * recall) and `finished`. EventSource reconnects by itself; a stream the server ended is reopened.
 * With `?speech=1` each call is also spoken (id-ID) once the screen has been tapped or a key pressed,
 * as browsers allow speech only after a gesture.
 */
import { announcement } from './announcement.js';
import { startDisplayClock } from './display-clock.js';
import { applyTexts, currentLang, t } from './i18n.js';

const ROWS = 8;
let called = []; // newest first: { number, counter, calls }
let speaking = false;

const cell = (text) => {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
};

function draw(flash) {
  const [latest, ...rest] = called;
  document.getElementById('now-number').textContent = latest?.number ?? '—';
  document.getElementById('now-counter').textContent = latest?.counter ?? '—';
  const rows = rest.slice(0, ROWS - 1).map((entry) => {
    const tr = document.createElement('tr');
    tr.append(cell(entry.number), cell(entry.counter));
    return tr;
  });
  document.getElementById('recent').replaceChildren(...rows);
  if (flash) {
    const now = document.getElementById('now');
    now.classList.remove('flash');
    void now.offsetWidth; // restarts the animation
    now.classList.add('flash');
  }
}

function speak(entry) {
  if (!speaking || !('speechSynthesis' in window)) return;
  const lang = currentLang();
  const utterance = new SpeechSynthesisUtterance(announcement(entry.number, entry.counter, lang));
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
    called = JSON.parse(event.data).called ?? [];
    draw(false);
  });
  source.addEventListener('called', (event) => {
    const entry = JSON.parse(event.data);
    called = [entry, ...called.filter((other) => other.number !== entry.number)].slice(0, ROWS);
    draw(true);
    speak(entry);
  });
  source.addEventListener('finished', (event) => {
    const { number } = JSON.parse(event.data);
    called = called.filter((other) => other.number !== number);
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
follow();
