/** The check-in page's walk-in form and the big number both forms show. */
import { api } from './api.js';
import { showDone, showProblem } from './frame.js';
import { t } from './i18n.js';

const REASONS = ['walkIn.lost', 'walkIn.damaged'];

/** Shows a queue number big, with a line under it; the live region reads it out. */
export function showNumber(number, text) {
  document.getElementById('result-number').textContent = number;
  showDone(document.getElementById('result-detail'), text);
}

const fillReasons = (list) => {
  list.replaceChildren(
    ...REASONS.map((key) => {
      const option = document.createElement('option');
      option.value = t(key);
      return option;
    }),
  );
};

/** Wires the walk-in form: a reason is required; the number is shown like a check-in's. */
export function wireWalkIn() {
  const form = document.getElementById('walk-in-form');
  const reason = document.getElementById('reason');
  fillReasons(document.getElementById('reasons'));
  document.addEventListener('langchange', () => fillReasons(document.getElementById('reasons')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const detail = document.getElementById('result-detail');
    if (reason.value.trim() === '') {
      showProblem(detail, { error: 'ReasonRequired' });
      reason.focus();
      return;
    }
    const answer = await api('api/walk-in', { reason: reason.value.trim() });
    if (answer.status === 201) {
      showNumber(answer.body.ticket.number, t('walkIn.done', { reason: answer.body.ticket.reason ?? '' }));
      reason.value = '';
      document.getElementById('code').focus();
    } else {
      showProblem(detail, answer.body);
    }
  });
}
