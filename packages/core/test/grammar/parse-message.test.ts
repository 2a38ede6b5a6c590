import { parseMessage, type Rejection } from '@antrean/core';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const book = (name: string, birthDate: string, arrivalDate: string, applicationType = 'regular') =>
  ok({ kind: 'book', request: { name, birthDate, arrivalDate, applicationType } });
const malformed = (field: string, got?: string) =>
  err(got === undefined ? { type: 'MalformedMessage', field } : { type: 'MalformedMessage', field, got });
const rejected = (rejection: Rejection) => err(rejection);

describe('parseMessage: bookings', () => {
  it('reads the seed example, with and without the closing #', () => {
    expect(parseMessage('#BUDI#25011987#14072017')).toEqual(book('BUDI', '1987-01-25', '2017-07-14'));
    expect(parseMessage('#BUDI#25011987#14072017#')).toEqual(book('BUDI', '1987-01-25', '2017-07-14'));
  });

  it('ignores case, spaces around fields and around the message, and extra closing #', () => {
    const expected = book('BUDI SANTOSO', '1987-01-25', '2017-07-14');
    for (const text of [
      '#budi santoso#25011987#14072017',
      '  # Budi  Santoso # 25011987 #14072017 #  ',
      '\n#BUDI SANTOSO#25011987#14072017##',
      '#BUDI SANTOSO#25011987#14072017# #',
    ]) {
      expect(parseMessage(text), text).toEqual(expected);
    }
  });

  it('reads dates with every separator', () => {
    for (const text of [
      '#BUDI#25-01-1987#14-07-2017',
      '#BUDI#25/01/1987#14/7/2017#',
      '#BUDI#25.1.1987#14.07.2017',
    ]) {
      expect(parseMessage(text), text).toEqual(book('BUDI', '1987-01-25', '2017-07-14'));
    }
  });

  it('reads every application type word, in any case', () => {
    const cases: [string, string][] = [
      ['BARU', 'new'],
      ['perpanjang', 'replacement'],
      ['Ganti', 'replacement'],
      ['HILANG', 'lost'],
      ['rusak', 'damaged'],
      ['new', 'new'],
      ['RENEW', 'replacement'],
      ['renewal', 'replacement'],
      ['replace', 'replacement'],
      ['Lost', 'lost'],
      ['DAMAGED', 'damaged'],
    ];
    for (const [word, type] of cases) {
      expect(parseMessage(`#BUDI#25011987#14072017# ${word} #`), word).toEqual(
        book('BUDI', '1987-01-25', '2017-07-14', type),
      );
    }
  });

  it('keeps non-Latin names', () => {
    expect(parseMessage('#محمد علي#01021990#03032026')).toEqual(book('محمد علي', '1990-02-01', '2026-03-03'));
    expect(parseMessage('#王小明#01021990#03032026#baru')).toEqual(
      book('王小明', '1990-02-01', '2026-03-03', 'new'),
    );
  });

  it('refuses an unknown application type, keeping a short cleaned excerpt of what was written', () => {
    expect(parseMessage('#BUDI#25011987#14072017#biasa')).toEqual(malformed('applicationType', 'biasa'));
    const long = 'x'.repeat(100);
    expect(parseMessage(`#BUDI#25011987#14072017#${long}`)).toEqual(
      malformed('applicationType', `${'x'.repeat(19)}…`),
    );
    expect(parseMessage('#BUDI#25011987#02122026#x\n\nKLIK bit.ly/x')).toEqual(
      malformed('applicationType', 'x KLIK bitlyx'),
    );
    expect(parseMessage('#BUDI#25011987#02122026#a\u0000b\ud800c\u202ed')).toEqual(
      malformed('applicationType', 'abcd'),
    );
  });

  it('reads a booking written without its leading #, with three or four fields', () => {
    expect(parseMessage('BUDI#25011987#14072017')).toEqual(book('BUDI', '1987-01-25', '2017-07-14'));
    expect(parseMessage(' budi # 25011987 # 14072017 # baru #')).toEqual(
      book('BUDI', '1987-01-25', '2017-07-14', 'new'),
    );
    expect(parseMessage('BUDI#25011987#BARU#X#Y')).toEqual(ok({ kind: 'help' }));
    expect(parseMessage('BUDI#25011987')).toEqual(ok({ kind: 'help' }));
    expect(parseMessage('BATAL#ABCD-EFGP#X')).toEqual(ok({ kind: 'help' }));
  });

  it('says which field is missing when a middle field is empty', () => {
    expect(parseMessage('##25011987#14072017')).toEqual(malformed('name'));
    expect(parseMessage('#BUDI##14072017')).toEqual(malformed('birthDate'));
    expect(parseMessage('#BUDI# #14072017')).toEqual(malformed('birthDate'));
    expect(parseMessage('#BUDI#25011987##BARU')).toEqual(malformed('arrivalDate'));
  });

  it('refuses too few or too many fields', () => {
    for (const text of ['#BUDI', '#BUDI#25011987', '#BUDI#25011987#', '#BUDI#25011987#14072017#BARU#X']) {
      expect(parseMessage(text), text).toEqual(malformed('fields'));
    }
  });

  it('names the bad field: name, then birth date, then arrival date', () => {
    expect(parseMessage('#BUDI2#25011987#14072017')).toEqual(
      rejected({ type: 'InvalidName', problem: 'badCharacter' }),
    );
    expect(parseMessage('#😀#25011987#14072017')).toEqual(
      rejected({ type: 'InvalidName', problem: 'badCharacter' }),
    );
    expect(parseMessage('#...#25011987#14072017')).toEqual(
      rejected({ type: 'InvalidName', problem: 'noLetter' }),
    );
    expect(parseMessage(`#${'A'.repeat(61)}#25011987#14072017`)).toEqual(
      rejected({ type: 'InvalidName', problem: 'tooLong' }),
    );
    expect(parseMessage(`#${'A'.repeat(60)}#25011987#14072017`).isOk()).toBe(true);
    expect(parseMessage('#BUDI#250187#14072017')).toEqual(
      rejected({ type: 'InvalidBirthDate', problem: 'twoDigitYear' }),
    );
    expect(parseMessage('#BUDI#31021987#14072017')).toEqual(
      rejected({ type: 'InvalidBirthDate', problem: 'impossible' }),
    );
    expect(parseMessage('#BUDI#kemarin#14072017')).toEqual(
      rejected({ type: 'InvalidBirthDate', problem: 'format' }),
    );
    expect(parseMessage('#BUDI#25011987#14-07-17')).toEqual(
      rejected({ type: 'InvalidArrivalDate', problem: 'twoDigitYear', suggestion: '2017-07-14' }),
    );
    expect(parseMessage('#BUDI#25011987#29022023')).toEqual(
      rejected({ type: 'InvalidArrivalDate', problem: 'impossible' }),
    );
    expect(parseMessage('#BUDI#25011987#29022024')).toEqual(book('BUDI', '1987-01-25', '2024-02-29'));
    expect(parseMessage('#BUDI#25011987#besok')).toEqual(
      rejected({ type: 'InvalidArrivalDate', problem: 'format' }),
    );
  });

  it('refuses messages over 1,000 characters without reading them', () => {
    const fits = `#BUDI#25011987#14072017#`.padEnd(1000, ' ');
    expect(parseMessage(fits).isOk()).toBe(true);
    const tooLong = `${fits} `;
    expect(parseMessage(tooLong)).toEqual(rejected({ type: 'MessageTooLong', length: 1001, max: 1000 }));
    expect(parseMessage('x'.repeat(5000))).toEqual(
      rejected({ type: 'MessageTooLong', length: 5000, max: 1000 }),
    );
  });
});

describe('parseMessage: cancel and status', () => {
  it('reads every command word with a code in any spelling', () => {
    for (const [word, kind] of [
      ['BATAL', 'cancel'],
      ['batal', 'cancel'],
      ['CANCEL', 'cancel'],
      ['CEK', 'status'],
      ['Cek', 'status'],
      ['STATUS', 'status'],
    ] as const) {
      for (const code of ['ABCD-EFGP', 'abcdefgp', ' abcd-EFGP ']) {
        expect(parseMessage(`#${word}#${code}`), `${word} ${code}`).toEqual(ok({ kind, code: 'ABCDEFGP' }));
        expect(parseMessage(` # ${word} #${code}# `), `${word} ${code}`).toEqual(
          ok({ kind, code: 'ABCDEFGP' }),
        );
      }
    }
  });

  it('asks for the code when it is missing', () => {
    for (const text of ['#BATAL', '#BATAL#', '#CEK# #', '#STATUS##ABCDEFGP']) {
      expect(parseMessage(text), text).toEqual(malformed('code'));
    }
  });

  it('refuses extra fields after the code', () => {
    expect(parseMessage('#BATAL#ABCDEFGP#X')).toEqual(malformed('fields'));
  });

  it('says a code is needed when booking details stand where the code belongs', () => {
    expect(parseMessage('#BATAL#BUDI#25011987#02122026')).toEqual(
      rejected({ type: 'CodeRequired', command: 'cancel' }),
    );
    expect(parseMessage('#cek#Budi#25011987')).toEqual(rejected({ type: 'CodeRequired', command: 'status' }));
  });

  it('treats a code that cannot be valid as not found', () => {
    for (const text of [
      '#BATAL#ABCDEFGX',
      '#CEK#BACDEFGP',
      '#CEK#ABCD',
      '#BATAL#0BCDEFGP',
      '#CANCEL#hello world',
    ]) {
      expect(parseMessage(text), text).toEqual(rejected({ type: 'CodeNotFound', problem: 'invalid' }));
    }
  });
});

describe('parseMessage: help', () => {
  it('answers help to any text not starting with #', () => {
    for (const text of ['INFO', 'bantuan', 'Help', '?', 'halo, saya mau antre', '', '   ', '😀']) {
      expect(parseMessage(text), text).toEqual(ok({ kind: 'help' }));
    }
  });

  it('answers help to the help keywords after #, and to a bare #', () => {
    for (const text of ['#INFO', '#info#', '#HELP', '#Bantuan#', '#?', ' # ? # ', '#', '###']) {
      expect(parseMessage(text), text).toEqual(ok({ kind: 'help' }));
    }
  });
});
