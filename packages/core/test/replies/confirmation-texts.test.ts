import { centralJakartaOffice, DEFAULT_DOCUMENTS, type Outcome, renderReply } from '@antrean/core';
import { describe, expect, it } from 'vitest';

const office = centralJakartaOffice;
const confirmed = {
  kind: 'confirmed',
  code: 'HK4P-9TWZ',
  date: '2026-12-07',
  sessionStart: '2026-12-07T08:00:00+07:00',
  sessionEnd: '2026-12-07T10:00:00+07:00',
  checkInDeadline: '2026-12-07T07:30:00+07:00',
  applicationType: 'new',
  name: 'BUDI SANTOSO',
  birthDate: '1987-01-25',
} as const satisfies Outcome;

describe('the confirmation', () => {
  it('repeats the name and birth date as read, which the documents must match', () => {
    const id = renderReply(confirmed, office, 'id');
    expect(id).toContain('Atas nama: BUDI SANTOSO, lahir 25 Januari 1987');
    expect(id).toContain('nama dan tanggal lahir di dokumen harus sama dengan di atas');
    const en = renderReply(confirmed, office, 'en');
    expect(en).toContain('For: BUDI SANTOSO, born 25 January 1987');
    expect(en).toContain('must match the above');
  });

  it('lists the default documents of the application type, in the reply language', () => {
    const id = renderReply(confirmed, office, 'id');
    for (const item of DEFAULT_DOCUMENTS.new.id) expect(id).toContain(`- ${item}`);
    const en = renderReply({ ...confirmed, applicationType: 'replacement' }, office, 'en');
    for (const item of DEFAULT_DOCUMENTS.replacement.en) expect(en).toContain(`- ${item}`);
    expect(en).not.toContain(DEFAULT_DOCUMENTS.new.en[1]!);
  });

  it("lists the office's own documents when its configuration has them", () => {
    const own = { ...office, documents: { new: { id: ['KTP asli', 'Surat rekomendasi'], en: ['ID card'] } } };
    const id = renderReply(confirmed, own, 'id');
    expect(id).toContain('- KTP asli\n- Surat rekomendasi');
    expect(id).not.toContain('Kartu Keluarga');
    expect(renderReply({ ...confirmed, applicationType: 'replacement' }, own, 'id')).toContain(
      '- Paspor lama',
    );
  });

  it('leaves the applicant line out of an outcome without a name, or with one that is no name', () => {
    const { name: _n, birthDate: _b, ...older } = confirmed;
    expect(renderReply(older, office, 'id')).not.toContain('Atas nama');
    const forged = { ...confirmed, name: 'KLIK https://bit.ly/x' };
    expect(renderReply(forged, office, 'id')).not.toContain('bit.ly');
  });

  it('writes a check-in deadline on the day before the session with its date', () => {
    const midnight = {
      ...confirmed,
      sessionStart: '2026-12-07T00:15:00+07:00',
      sessionEnd: '2026-12-07T02:00:00+07:00',
      checkInDeadline: '2026-12-06T23:45:00+07:00',
    };
    expect(renderReply(midnight, office, 'id')).toContain(
      'paling lambat 23:45 WIB, Minggu, 6 Desember 2026 di',
    );
    expect(renderReply(midnight, office, 'en')).toContain('Arrive by 23:45 WIB, Sunday 6 December 2026 at');
    const status = { ...midnight, kind: 'status', state: 'active' } as const;
    expect(renderReply(status, office, 'id')).toContain('23:45 WIB, Minggu, 6 Desember 2026');
    expect(renderReply(confirmed, office, 'id')).toContain('paling lambat 07:30 WIB di');
  });
});
