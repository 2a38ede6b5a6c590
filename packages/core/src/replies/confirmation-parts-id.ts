import type { ApplicationType } from '../domain/application-type';
import { documentsFor } from '../office/default-documents';
import { dateInWords } from './date-words';
import type { OutcomeOf } from './outcome-builders';
import { rememberedText } from './remembered-text';
import { arriveBy, sessionHours, type TextContext } from './reply-context';

const TYPE_WORDS: Readonly<Record<ApplicationType, string | undefined>> = {
  regular: undefined,
  new: 'paspor baru',
  replacement: 'penggantian paspor',
  lost: 'paspor hilang',
  damaged: 'paspor rusak',
};

/** The parts of an Indonesian confirmation that depend only on the office and the session booked. */
export interface ConfirmationParts {
  /** The schedule, type and arrival lines, joined by line breaks. */
  readonly schedule: string;
  /** The document lines, the conditions and the blank line before the cancel line, each ending in a line break. */
  readonly rest: string;
}

/** The office- and session-dependent parts, computed afresh: what the cache must agree with. */
export function uncachedConfirmationPartsId(o: OutcomeOf<'confirmed'>, c: TextContext): ConfirmationParts {
  const type = TYPE_WORDS[o.applicationType];
  const address = c.office.address ? `, ${c.office.address}` : '';
  return {
    schedule: [
      `Jadwal: ${dateInWords(o.date, 'id')}, sesi ${sessionHours(o, c)}`,
      ...(type === undefined ? [] : [`Permohonan: ${type}`]),
      `Datang paling lambat ${arriveBy(o, c, 'id')} di ${c.office.name}${address}.`,
    ].join('\n'),
    rest: [
      ...documentsFor(c.office, o.applicationType, 'id').map((item) => `- ${item}`),
      '',
      'Syarat:',
      '1. Tunjukkan kode booking di loket.',
      '2. Data diri harus sama di semua dokumen.',
      '3. Terlambat datang = kode hangus; Anda boleh booking lagi.',
      '',
      '',
    ].join('\n'),
  };
}

/** `uncachedConfirmationPartsId`, remembered per office, date, session, deadline and type. */
export function confirmationPartsId(o: OutcomeOf<'confirmed'>, c: TextContext): ConfirmationParts {
  const key = `id|${c.zone}|${o.date}|${o.sessionStart}|${o.sessionEnd}|${o.checkInDeadline}|${o.applicationType}`;
  return rememberedText(c.office, key, () => uncachedConfirmationPartsId(o, c));
}
