import { confirmationPartsId } from './confirmation-parts-id';
import { dateInWords } from './date-words';
import { rejectionTextsId } from './rejection-texts-id';
import { applicantLine, arriveBy, EXAMPLE_CODE, exampleBooking, sessionHours } from './reply-context';
import type { ReplyTexts } from './reply-texts';

/** The replies in Bahasa Indonesia, the default language. */
export const textsId: ReplyTexts = {
  confirmed: (o, c) => {
    const who = applicantLine(o, 'id');
    const { schedule, rest } = confirmationPartsId(o, c);
    const header =
      who === undefined
        ? 'Bawa dokumen asli berikut:'
        : 'Bawa dokumen asli berikut; nama dan tanggal lahir di dokumen harus sama dengan di atas:';
    return (
      `Booking berhasil.\nKode booking: ${o.code}\n${who === undefined ? '' : `Atas nama: ${who}\n`}` +
      `${schedule}\n\n${header}\n${rest}Batal: #BATAL#${o.code}`
    );
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
