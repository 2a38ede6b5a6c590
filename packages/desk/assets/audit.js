/**
 * The audit trail for supervisors: every check-in, walk-in, call, recall, served and absent with
 * officer, time, code and number, newest first, a page at a time ("older" asks for the next page).
 */
import { api } from './api.js';
import { formatDateTime } from './format.js';
import { showProblem, startSignedInPage } from './frame.js';
import { t } from './i18n.js';
import { instantOfOfficeInput, officeInputValue } from './office-time.js';
import { dataTable, scrollableRegion } from './table.js';

const COLUMNS = [
  'field.time',
  'field.officer',
  'field.action',
  'field.code',
  'field.number',
  'field.counter',
  'field.detail',
];

const result = document.getElementById('audit-result');
const older = document.getElementById('older');
let entries = [];

// The from and to fields are read and written on the office's clock, as the times in the table are.
const isoOf = (input) => instantOfOfficeInput(input.value)?.toISOString() ?? '';

function draw() {
  const rows = entries.map((e) => [
    formatDateTime(e.at),
    e.officer,
    t(`action.${e.action}`),
    e.code,
    e.ticket,
    e.counter,
    e.detail,
  ]);
  const box = scrollableRegion(document.getElementById('entries'), t('audit.entries'));
  box.replaceChildren(dataTable(t('audit.entries'), COLUMNS, rows));
}

async function load(more) {
  const query = new URLSearchParams();
  const from = isoOf(document.getElementById('from'));
  const to = isoOf(document.getElementById('to'));
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (more && entries.length > 0) query.set('before', String(entries[entries.length - 1].id));
  const answer = await api(`api/audit?${query}`);
  if (answer.status !== 200) return showProblem(result, answer.body);
  entries = more ? [...entries, ...answer.body.entries] : answer.body.entries;
  older.hidden = answer.body.entries.length === 0;
  draw();
  result.textContent = t('audit.shown', { count: entries.length });
  result.className = 'message';
}

const session = await startSignedInPage('audit');
if (session.user.role !== 'supervisor') {
  showProblem(result, { error: 'Forbidden' });
  document.getElementById('audit-form').hidden = true;
} else {
  const now = new Date();
  document.getElementById('from').value = officeInputValue(new Date(now.getTime() - 86_400_000));
  document.getElementById('audit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load(false);
  });
  older.addEventListener('click', () => load(true));
  document.getElementById('from').focus();
  document.addEventListener('langchange', draw);
  await load(false);
}
