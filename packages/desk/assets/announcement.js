/**
 * What the waiting-room display says aloud when a number is called. Digits of a queue number are
 * read one by one (`A nol nol satu`), as offices announce them; a numeric counter is read as a
 * number (`loket dua belas`).
 */

const WORDS = {
  id: {
    digits: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
    sentence: (number, counter) => `Nomor antrean ${number}, silakan ke loket ${counter}`,
  },
  en: {
    digits: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    sentence: (number, counter) => `Number ${number}, please go to counter ${counter}`,
  },
};

const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const TENS_EN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1..999 in Indonesian words: sepuluh, sebelas, dua belas, dua puluh satu, seratus lima. */
function indonesianNumber(n) {
  const digits = WORDS.id.digits;
  if (n < 10) return digits[n];
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${digits[n - 10]} belas`;
  if (n < 100) return [`${digits[Math.floor(n / 10)]} puluh`, n % 10 ? digits[n % 10] : ''].join(' ').trim();
  const hundreds = Math.floor(n / 100) === 1 ? 'seratus' : `${digits[Math.floor(n / 100)]} ratus`;
  return n % 100 ? `${hundreds} ${indonesianNumber(n % 100)}` : hundreds;
}

/** 1..999 in English words. */
function englishNumber(n) {
  const digits = WORDS.en.digits;
  if (n < 10) return digits[n];
  if (n < 17) return TEENS_EN[n - 10];
  if (n < 20) return `${digits[n - 10]}teen`.replace('eightteen', 'eighteen');
  if (n < 100) return n % 10 ? `${TENS_EN[Math.floor(n / 10)]} ${digits[n % 10]}` : TENS_EN[n / 10];
  const hundreds = `${digits[Math.floor(n / 100)]} hundred`;
  return n % 100 ? `${hundreds} ${englishNumber(n % 100)}` : hundreds;
}

/** Reads text symbol by symbol: letters as they are, digits as words, dashes dropped. */
function spell(text, lang) {
  return [...text]
    .filter((char) => /[\p{L}\p{N}]/u.test(char))
    .map((char) => (/[0-9]/.test(char) ? WORDS[lang].digits[Number(char)] : char))
    .join(' ');
}

/** Says a counter: `3` as a number in words (1..999), anything else symbol by symbol. */
function sayCounter(counter, lang) {
  const n = /^[0-9]{1,3}$/.test(counter) ? Number(counter) : 0;
  if (n < 1) return spell(counter, lang);
  return lang === 'id' ? indonesianNumber(n) : englishNumber(n);
}

/** The spoken sentence for `number` called to `counter`, in `id` (default) or `en`. */
export function announcement(number, counter, lang = 'id') {
  const language = lang === 'en' ? 'en' : 'id';
  return WORDS[language].sentence(spell(number, language), sayCounter(String(counter), language));
}
