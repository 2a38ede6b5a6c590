/**
 * The day view: every session of a date with its bookings and their states, the walk-ins and the
 * counts; redrawn when a ticket changes. Supervisors get the CSV link.
 */
import { api, deskUrl } from './api.js';
import { applicationTypeText, formatDate, formatSessionHours, stateText } from './format.js';
import { element, showProblem, startSignedInPage } from './frame.js';
import { t } from './i18n.js';
import { dataTable, scrollableRegion } from './table.js';
import { followTickets } from './ticket-feed.js';

const COUNTS = ['booked', 'checkedIn', 'served', 'absent', 'expired', 'cancelled', 'walkIns'];
const BOOKING_COLUMNS = [
  'field.code',
  'field.name',
  'field.birthDate',
  'field.type',
  'field.state',
  'field.number',
];
const WALK_IN_COLUMNS = ['field.number', 'field.reason', 'field.state', 'field.counter'];

const dateInput = document.getElementById('date');
const result = document.getElementById('day-result');
let supervisor = false;
let shown; // the last answer, redrawn on a language change
let today = ''; // the office's date when the page opened, from the session (not the device's)

function draw(day) {
  const counts = document.getElementById('counts');
  counts.replaceChildren();
  for (const name of COUNTS) {
    const box = element('div', 'count');
    box.append(element('dt', '', t(`count.${name}`)), element('dd', '', String(day.counts[name] ?? 0)));
    counts.append(box);
  }
  const sessions = day.sessions.map((session) => {
    const panel = element('section', 'panel');
    // A session since removed from the office's config has no end or capacity left to show.
    const title = `${t('field.session')} ${formatSessionHours(session)}`;
    const filled =
      session.capacity > 0 ? `${session.bookings.length}/${session.capacity}` : session.bookings.length;
    const heading = element('h2', '', `${title} · ${filled}`);
    const rows = session.bookings.map((b) => [
      b.code,
      b.name,
      formatDate(b.birthDate),
      applicationTypeText(b.applicationType),
      stateText(b.state),
      b.ticket ? `${b.ticket.number} (${stateText(b.ticket.status)})` : '',
    ]);
    const wrap = scrollableRegion(element('div', 'table-wrap'), title);
    wrap.append(dataTable(title, BOOKING_COLUMNS, rows));
    panel.append(heading, wrap);
    return panel;
  });
  document.getElementById('sessions').replaceChildren(...sessions);
  const walkIns = day.walkIns.map((w) => [w.number, w.reason, stateText(w.status), w.counter]);
  const box = scrollableRegion(document.getElementById('walk-ins'), t('day.walkIns'));
  box.replaceChildren(dataTable(t('day.walkIns'), WALK_IN_COLUMNS, walkIns));
}

async function load() {
  const date = dateInput.value || today;
  const answer = await api(`api/day?date=${encodeURIComponent(date)}`);
  if (answer.status !== 200) return showProblem(result, answer.body);
  shown = answer.body;
  draw(shown);
  result.textContent = t('day.shown', { date: formatDate(date) });
  result.className = 'message';
  const csv = document.getElementById('csv');
  csv.hidden = !supervisor;
  csv.href = deskUrl(`api/day?date=${encodeURIComponent(date)}&format=csv`);
}

const session = await startSignedInPage('day');
supervisor = session.user.role === 'supervisor';
today = session.office.today;
dateInput.value = new URLSearchParams(location.search).get('date') ?? today;
document.getElementById('day-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
document.addEventListener('langchange', () => shown && load());
let pending;
followTickets(() => {
  clearTimeout(pending);
  pending = setTimeout(load, 300);
});
dateInput.focus();
await load();
