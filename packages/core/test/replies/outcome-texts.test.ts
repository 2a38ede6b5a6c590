import { centralJakartaOffice, type Outcome, renderReply } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { replyFor } from '../../src/replies/render-reply';
import { EXAMPLE_CODE } from '../../src/replies/reply-context';

const office = centralJakartaOffice;
const TODAY = '2026-12-04'; // a Friday: the next open day is Monday 7 December

const confirmed: Outcome = {
  kind: 'confirmed',
  code: 'HK4P-9TWZ',
  date: '2026-12-07',
  sessionStart: '2026-12-07T08:00:00+08:00',
  sessionEnd: '2026-12-07T10:00:00+08:00',
  checkInDeadline: '2026-12-07T07:30:00+08:00',
  applicationType: 'new',
};
const makassar = { ...office, name: 'Kantor Imigrasi Kelas I TPI Makassar', timeZone: 'Asia/Makassar' };

describe('renderReply: other outcomes', () => {
  it('confirms in Indonesian with code, date, session, arrive-by time, office and the rules', () => {
    const text = renderReply(confirmed, makassar, 'id');
    for (const part of [
      'HK4P-9TWZ',
      'Senin, 7 Desember 2026',
      '08:00–10:00 WITA',
      'Datang paling lambat 07:30 WITA',
      'Kantor Imigrasi Kelas I TPI Makassar',
      'paspor baru',
      'loket',
      'dokumen asli',
      'sama di semua dokumen',
      'hangus',
    ]) {
      expect(text).toContain(part);
    }
    expect(text.length).toBeLessThan(1000);
  });

  it('confirms in English', () => {
    const text = renderReply(confirmed, makassar, 'en');
    for (const part of [
      'HK4P-9TWZ',
      'Monday 7 December 2026',
      'Arrive by 07:30 WITA',
      'original documents',
      'void',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('shows only the start when the session end is unknown', () => {
    const { sessionEnd: _end, ...withoutEnd } = confirmed as Extract<Outcome, { kind: 'confirmed' }>;
    expect(renderReply(withoutEnd, makassar, 'en')).toContain('session 08:00 WITA');
  });

  it.each([
    ['active', /aktif/, /is active/],
    ['checked_in', /sudah check-in/, /checked in/],
    ['expired', /hangus/, /void/],
    ['cancelled', /dibatalkan/, /cancelled/],
  ] as const)('reports status %s', (state, id, en) => {
    const status: Outcome = { ...confirmed, kind: 'status', state };
    expect(renderReply(status, makassar, 'id')).toMatch(id);
    expect(renderReply(status, makassar, 'en')).toMatch(en);
  });

  it('explains booking, cancelling, checking and the own-number rule in the help text', () => {
    const id = renderReply({ kind: 'help' }, office, 'id', { today: TODAY });
    expect(id).toContain('#BUDI SANTOSO#25011987#07122026');
    expect(id).toContain(`#BATAL#${EXAMPLE_CODE}`);
    expect(id).toContain(`#CEK#${EXAMPLE_CODE}`);
    expect(id).toContain('nomor HP pribadi');
    const en = renderReply({ kind: 'help' }, office, 'en');
    expect(en).toContain(`#CANCEL#${EXAMPLE_CODE}`);
    expect(en).toContain('own mobile number');
  });

  it('pairs the text with its outcome in replyFor', () => {
    const reply = replyFor({ kind: 'cancelled', code: 'HK4P-9TWZ' }, office, 'id');
    expect(reply.outcome).toEqual({ kind: 'cancelled', code: 'HK4P-9TWZ' });
    expect(reply.text).toContain('HK4P-9TWZ sudah dibatalkan');
  });
});
