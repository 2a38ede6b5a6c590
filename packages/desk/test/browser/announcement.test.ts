import { describe, expect, it } from 'vitest';
import { announcement } from '../../assets/announcement.js';

describe('the display announcement (assets/announcement.js)', () => {
  it('reads the number digit by digit and the counter as a number, in Indonesian by default', () => {
    expect(announcement('A-001', '3')).toBe('Nomor antrean A nol nol satu, silakan ke loket tiga');
    expect(announcement('W-012', '12')).toBe('Nomor antrean W nol satu dua, silakan ke loket dua belas');
    expect(announcement('B-1000', '21')).toBe(
      'Nomor antrean B satu nol nol nol, silakan ke loket dua puluh satu',
    );
  });

  it('says Indonesian counter numbers the way they are spoken', () => {
    const counter = (n: string) => announcement('A-001', n).split('loket ')[1];
    expect(counter('10')).toBe('sepuluh');
    expect(counter('11')).toBe('sebelas');
    expect(counter('19')).toBe('sembilan belas');
    expect(counter('40')).toBe('empat puluh');
    expect(counter('100')).toBe('seratus');
    expect(counter('115')).toBe('seratus lima belas');
    expect(counter('230')).toBe('dua ratus tiga puluh');
  });

  it('spells a counter that is not a plain number', () => {
    expect(announcement('A-002', 'B-2')).toBe('Nomor antrean A nol nol dua, silakan ke loket B dua');
  });

  it('speaks English when asked', () => {
    expect(announcement('A-001', '3', 'en')).toBe('Number A zero zero one, please go to counter three');
    expect(announcement('A-001', '18', 'en')).toMatch(/counter eighteen$/);
    expect(announcement('A-001', '42', 'en')).toMatch(/counter forty two$/);
    expect(announcement('A-001', '13', 'en')).toMatch(/counter thirteen$/);
  });
});
