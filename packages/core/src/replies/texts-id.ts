import type { ApplicationType } from '../domain/application-type';
import { documentsFor } from '../office/default-documents';
import { dateInWords } from './date-words';
import { rejectionTextsId } from './rejection-texts-id';
import { applicantLine, arriveBy, EXAMPLE_CODE, exampleBooking, sessionHours } from './reply-context';
import type { ReplyTexts } from './reply-texts';

const TYPE_WORDS: Readonly<Record<ApplicationType, string | undefined>> = {
  regular: undefined,
  new: 'paspor baru',
  replacement: 'penggantian paspor',
  lost: 'paspor hilang',
  damaged: 'paspor rusak',
};

/** The replies in Bahasa Indonesia, the default language. */
export const textsId: ReplyTexts = {
  confirmed: (o, c) => {
    const type = TYPE_WORDS[o.applicationType];
    const who = applicantLine(o, 'id');
    return [
      'Booking berhasil.',
      `Kode booking: ${o.code}`,
      ...(who === undefined ? [] : [`Atas nama: ${who}`]),
      `Jadwal: ${dateInWords(o.date, 'id')}, sesi ${sessionHours(o, c)}`,
      ...(type === undefined ? [] : [`Permohonan: ${type}`]),
      `Datang paling lambat ${arriveBy(o, c, 'id')} di ${c.office.name}${c.office.address ? `, ${c.office.address}` : ''}.`,
      '',
      who === undefined
        ? 'Bawa dokumen asli berikut:'
        : 'Bawa dokumen asli berikut; nama dan tanggal lahir di dokumen harus sama dengan di atas:',
      ...documentsFor(c.office, o.applicationType, 'id').map((item) => `- ${item}`),
      '',
      'Syarat:',
      '1. Tunjukkan kode booking di loket.',
      '2. Data diri harus sama di semua dokumen.',
      '3. Terlambat datang = kode hangus; Anda boleh booking lagi.',
      '',
      `Batal: #BATAL#${o.code}`,
    ].join('\n');
  },

  cancelled: (o, c) =>
    `Booking ${o.code} sudah dibatalkan dan tempatnya dilepas.\n` +
    `Untuk booking lagi, kirim misalnya: ${exampleBooking(c)}`,

  status: (o, c) => {
    const when = `${dateInWords(o.date, 'id')}, sesi ${sessionHours(o, c)}`;
    switch (o.state) {
      case 'active':
        return (
          `Kode ${o.code} aktif.\nJadwal: ${when}\n` +
          `Datang paling lambat ${arriveBy(o, c, 'id')} di ${c.office.name}. ` +
          'Tunjukkan kode di loket dan bawa dokumen asli.'
        );
      case 'checked_in':
        return `Kode ${o.code} sudah check-in di loket untuk jadwal ${when}. Terima kasih.`;
      case 'expired':
        return (
          `Kode ${o.code} sudah hangus: tidak check-in sampai pukul ${arriveBy(o, c, 'id')} pada ${dateInWords(o.date, 'id')}.\n` +
          `Anda boleh booking lagi, misalnya: ${exampleBooking(c)}`
        );
      case 'cancelled':
        return `Kode ${o.code} sudah dibatalkan.\nUntuk booking lagi, kirim misalnya: ${exampleBooking(c)}`;
    }
  },

  help: (_o, c) =>
    [
      `Antrean paspor ${c.office.name} lewat pesan.`,
      '',
      'Booking: #NAMA#TANGGAL LAHIR#TANGGAL DATANG',
      `Contoh: ${exampleBooking(c)}`,
      'Tanggal ditulis DDMMYYYY. Boleh tambah kolom keempat: BARU, PERPANJANG atau GANTI.',
      '',
      `Cek booking: #CEK#KODE (contoh #CEK#${EXAMPLE_CODE})`,
      `Batal: #BATAL#KODE (contoh #BATAL#${EXAMPLE_CODE})`,
      '',
      'Kirim dari nomor HP pribadi pemohon sendiri: satu nomor untuk satu pemohon.',
      'Paspor hilang atau rusak: datang langsung ke loket.',
    ].join('\n'),

  rejected: rejectionTextsId,
};
