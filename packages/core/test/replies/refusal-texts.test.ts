import {
  centralJakartaOffice,
  type Language,
  parseBookingCode,
  type Rejection,
  type RejectionReason,
  rejectedOutcome,
  renderReply,
} from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CODE } from '../../src/replies/reply-context';

const office = centralJakartaOffice;
const TODAY = '2026-12-04'; // a Friday: the next open day is Monday 7 December

/** Every reason with every variant; typed so that a new reason fails to compile until listed. */
const SAMPLES: { readonly [R in RejectionReason]: readonly Extract<Rejection, { type: R }>[] } = {
  MalformedMessage: [
    { type: 'MalformedMessage', field: 'fields' },
    { type: 'MalformedMessage', field: 'name' },
    { type: 'MalformedMessage', field: 'birthDate' },
    { type: 'MalformedMessage', field: 'arrivalDate' },
    { type: 'MalformedMessage', field: 'applicationType', got: 'SEGERA' },
    { type: 'MalformedMessage', field: 'code' },
  ],
  MessageTooLong: [{ type: 'MessageTooLong', length: 1200, max: 1000 }],
  InvalidName: (['empty', 'tooLong', 'noLetter', 'badCharacter'] as const).map((problem) => ({
    type: 'InvalidName' as const,
    problem,
  })),
  InvalidBirthDate: (['format', 'twoDigitYear', 'impossible', 'future', 'tooOld'] as const).map(
    (problem) => ({
      type: 'InvalidBirthDate' as const,
      problem,
    }),
  ),
  InvalidArrivalDate: (['format', 'twoDigitYear', 'impossible'] as const).map((problem) => ({
    type: 'InvalidArrivalDate' as const,
    problem,
  })),
  LostOrDamagedPassport: [
    { type: 'LostOrDamagedPassport', applicationType: 'lost' },
    { type: 'LostOrDamagedPassport', applicationType: 'damaged' },
  ],
  NotPersonalNumber: (['notMobile', 'otherCountry', 'unreadable', 'boundToOther'] as const).map(
    (problem) => ({
      type: 'NotPersonalNumber' as const,
      problem,
    }),
  ),
  ArrivalDateInPast: [
    { type: 'ArrivalDateInPast', date: '2026-12-01', today: TODAY },
    { type: 'ArrivalDateInPast', date: TODAY, today: TODAY },
  ],
  ArrivalDateTooFar: [{ type: 'ArrivalDateTooFar', date: '2027-03-01', lastDate: '2027-01-03' }],
  OfficeClosed: [
    { type: 'OfficeClosed', date: '2026-12-25', nextDates: ['2026-12-28', '2026-12-29'] },
    { type: 'OfficeClosed', date: '2026-12-25', nextDates: [] },
  ],
  FullyBooked: [
    { type: 'FullyBooked', date: '2026-12-07', nextDates: ['2026-12-08', '2026-12-09', '2026-12-10'] },
    { type: 'FullyBooked', date: '2026-12-07', nextDates: [] },
  ],
  AlreadyBooked: [{ type: 'AlreadyBooked', code: EXAMPLE_CODE }, { type: 'AlreadyBooked' }],
  CodeNotFound: [
    { type: 'CodeNotFound', problem: 'invalid' },
    { type: 'CodeNotFound', problem: 'unknown' },
  ],
  CodeRequired: [
    { type: 'CodeRequired', command: 'cancel' },
    { type: 'CodeRequired', command: 'status' },
  ],
};

/** What each refusal must name, per language: the field or fact the applicant has to fix. */
const MENTIONS: Record<Language, Record<RejectionReason, RegExp>> = {
  id: {
    MalformedMessage: /format|nama|tanggal lahir|tanggal datang|jenis permohonan|kode booking/i,
    MessageTooLong: /terlalu panjang/,
    InvalidName: /nama/i,
    InvalidBirthDate: /tanggal lahir/i,
    InvalidArrivalDate: /tanggal datang/i,
    LostOrDamagedPassport: /loket/,
    NotPersonalNumber: /nomor/i,
    ArrivalDateInPast: /tanggal|hari ini/i,
    ArrivalDateTooFar: /terlalu jauh/,
    OfficeClosed: /tidak melayani/,
    FullyBooked: /penuh/,
    AlreadyBooked: /sudah punya booking/,
    CodeNotFound: /kode booking/i,
    CodeRequired: /kirim kode booking/,
  },
  en: {
    MalformedMessage: /format|name|date of birth|arrival date|application type|booking code/i,
    MessageTooLong: /too long/,
    InvalidName: /name/i,
    InvalidBirthDate: /date of birth/i,
    InvalidArrivalDate: /arrival date/i,
    LostOrDamagedPassport: /counter/,
    NotPersonalNumber: /number/i,
    ArrivalDateInPast: /date|today/i,
    ArrivalDateTooFar: /too far/,
    OfficeClosed: /does not serve/,
    FullyBooked: /fully booked/,
    AlreadyBooked: /already has|already have/,
    CodeNotFound: /code/i,
    CodeRequired: /send its booking code/,
  },
};

const allSamples = Object.values(SAMPLES).flat() as Rejection[];

describe('renderReply: refusals', () => {
  for (const language of ['id', 'en'] as const) {
    it.each(allSamples.map((r) => [r.type, JSON.stringify(r), r] as const))(
      `${language}: %s %s says what to fix, with an example, in one message`,
      (reason, _json, rejection) => {
        const text = renderReply(rejectedOutcome(rejection), office, language, { today: TODAY });
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text.length).toBeLessThan(1000);
        expect(text).toMatch(MENTIONS[language][reason]);
        // Only a refusal with no date to offer at all may end without an example.
        const noDateWithRoom = 'nextDates' in rejection && rejection.nextDates.length === 0;
        expect(/#(BUDI SANTOSO#25011987#\d{8}|CEK#|STATUS#|BATAL#|CANCEL#)/.test(text)).toBe(!noDateWithRoom);
      },
    );
  }

  it('dates the example from today: the first open day after it', () => {
    const text = renderReply(rejectedOutcome({ type: 'InvalidName', problem: 'empty' }), office, 'id', {
      today: TODAY,
    });
    expect(text).toContain('#BUDI SANTOSO#25011987#07122026');
  });

  it('uses the first date with room as the example when a day is full, and lists the dates', () => {
    const [withDates] = SAMPLES.FullyBooked;
    const id = renderReply(rejectedOutcome(withDates!), office, 'id');
    expect(id).toContain('Selasa, 8 Desember 2026');
    expect(id).toContain('Kamis, 10 Desember 2026');
    expect(id).toContain('#BUDI SANTOSO#25011987#08122026');
    const en = renderReply(rejectedOutcome(withDates!), office, 'en');
    expect(en).toContain('Wednesday 9 December 2026');
  });

  it('says when no date has room within the horizon', () => {
    const none = rejectedOutcome({ type: 'OfficeClosed', date: '2026-12-25', nextDates: [] });
    expect(renderReply(none, office, 'id')).toContain('30 hari');
    expect(renderReply(none, office, 'en')).toContain('30 days');
  });

  it('shows the existing code only when the outcome carries it', () => {
    const withCode = renderReply(
      rejectedOutcome({ type: 'AlreadyBooked', code: EXAMPLE_CODE }),
      office,
      'id',
    );
    expect(withCode).toContain(EXAMPLE_CODE);
    const without = renderReply(rejectedOutcome({ type: 'AlreadyBooked' }), office, 'id');
    expect(without).not.toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}/);
  });

  it('tells invalid codes from unknown ones', () => {
    const invalid = renderReply(rejectedOutcome({ type: 'CodeNotFound', problem: 'invalid' }), office, 'en');
    const unknown = renderReply(rejectedOutcome({ type: 'CodeNotFound', problem: 'unknown' }), office, 'en');
    expect(invalid).toContain('not valid');
    expect(unknown).toContain('from the number that made the booking');
  });

  it('cuts a long unknown application type short', () => {
    const got = 'X'.repeat(900);
    const text = renderReply(
      rejectedOutcome({ type: 'MalformedMessage', field: 'applicationType', got }),
      office,
      'id',
    );
    expect(text.length).toBeLessThan(400);
    expect(text).toContain(`"${'X'.repeat(19)}…"`);
  });

  it('uses a valid booking code in its examples', () => {
    expect(parseBookingCode(EXAMPLE_CODE).isOk()).toBe(true);
  });
});
