/** The codes a counter test booked, and one booked in another database. */
export interface Booked {
  readonly budi: string;
  readonly siti: string;
  readonly andi: string;
  readonly unknown: string;
}

/**
 * What the counter prints without `--json` in each language, for three runs over the booked codes:
 * the day before, with the check-in window open, past the deadlines.
 */
export const TEXT_LINES = {
  en: (b: Booked) => [
    [
      `too early: ${b.budi} (BUDI, session 2026-12-02 08:00 WIB); check-in opens 2026-12-02 06:00 WIB`,
      'not a booking code: "12" (codes look like QA6Y-AU5H)',
      `not found: no booking ${b.unknown} at Kantor Imigrasi Uji`,
      `cancelled: ${b.andi} (ANDI, session 2026-12-03 08:00 WIB) was cancelled; not checked in`,
    ],
    [
      `checked in ${b.budi}: BUDI, 2026-12-02 08:00 WIB`,
      `already checked in: ${b.budi} (BUDI, session 2026-12-02 08:00 WIB) at 2026-12-02 07:00 WIB`,
    ],
    [
      `hangus: ${b.siti} (SITI, session 2026-12-02 10:00 WIB) expired at its check-in deadline 2026-12-02 09:30 WIB; the applicant may book again`,
      '2026-12-02: 2 booking(s)',
      `  08:00  ${b.budi}  checked_in BUDI`,
      `  10:00  ${b.siti}  expired    SITI`,
      'usage: /checkin <code>, e.g. /checkin QA6Y-AU5H',
      'cannot read the date "besok"; usage: /list [YYYY-MM-DD], e.g. /list 2026-12-07 (or 07122026 as applicants write it)',
    ],
  ],
  id: (b: Booked) => [
    [
      `terlalu awal: ${b.budi} (BUDI, sesi 2026-12-02 08:00 WIB); check-in dibuka 2026-12-02 06:00 WIB`,
      'bukan kode booking: "12" (kode seperti QA6Y-AU5H)',
      `tidak ditemukan: tidak ada booking ${b.unknown} di Kantor Imigrasi Uji`,
      `dibatalkan: ${b.andi} (ANDI, sesi 2026-12-03 08:00 WIB) sudah dibatalkan; tidak di-check-in`,
    ],
    [
      `sudah check-in ${b.budi}: BUDI, 2026-12-02 08:00 WIB`,
      `sudah check-in sebelumnya: ${b.budi} (BUDI, sesi 2026-12-02 08:00 WIB) pada 2026-12-02 07:00 WIB`,
    ],
    [
      `hangus: ${b.siti} (SITI, sesi 2026-12-02 10:00 WIB) lewat batas check-in 2026-12-02 09:30 WIB; pemohon boleh booking lagi`,
      '2026-12-02: 2 booking',
      `  08:00  ${b.budi}  check-in BUDI`,
      `  10:00  ${b.siti}  hangus   SITI`,
      'cara pakai: /checkin <kode>, mis. /checkin QA6Y-AU5H',
      'tanggal "besok" tidak terbaca; cara pakai: /list [YYYY-MM-DD], mis. /list 2026-12-07 (atau 07122026 seperti tulisan pemohon)',
    ],
  ],
};
