/** A plain data table with a caption and column headers, for the day view and the audit trail. */
import { element } from './frame.js';
import { t } from './i18n.js';

/**
 * Makes `box` (a `.table-wrap`, which scrolls sideways on a narrow tablet) reachable with the
 * keyboard so the arrow keys can scroll it, and names it for screen readers.
 */
export function scrollableRegion(box, label) {
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label);
  return box;
}

/** A table of `rows` (arrays of cell texts) under `headerKeys` (text keys); an empty note when none. */
export function dataTable(caption, headerKeys, rows) {
  if (rows.length === 0) return element('p', 'hint', t('table.empty'));
  const table = element('table');
  // The heading above says it on screen; the caption names the table for screen readers.
  table.append(element('caption', 'visually-hidden', caption));
  const head = element('tr');
  for (const key of headerKeys) {
    const th = element('th', '', t(key));
    th.scope = 'col';
    head.append(th);
  }
  table.append(element('thead'), element('tbody'));
  table.tHead.append(head);
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', '', cell === undefined ? '' : String(cell)));
    table.tBodies[0].append(tr);
  }
  return table;
}
