import type { LocalTime } from '../domain/local-date';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `text` is a 24-hour wall-clock time written `HH:MM`. */
export const isValidLocalTime = (text: string): boolean => TIME_PATTERN.test(text);

/** Minutes since midnight of an `HH:MM` time, or NaN when it is not one. */
export const minutesOfDay = (time: LocalTime): number => {
  const match = TIME_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};
