import { daysBetween, type OfficeConfig, renderReply } from '@antrean/core';
import { hostileTextArb, localDateArb, officeConfigArb, outcomeArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../src/time/calendar-date';

const dateArb = localDateArb({ from: '2020-01-01', to: '2040-12-31' });
const languageArb = fc.constantFrom('id', 'en' as const);
const EXAMPLE = /#BUDI SANTOSO#25011987#(\d{2})(\d{2})(\d{4})/;

const openAhead = (office: OfficeConfig, today: string, date: string): boolean => {
  const days = daysBetween(today, date);
  return (
    days > 0 &&
    days <= office.bookingHorizonDays &&
    !office.closedDates.includes(date) &&
    office.sessions.some((session) => session.days.includes(weekdayOf(date)))
  );
};

describe('renderReply, any outcome', () => {
  it('never throws and always fits one message, in both languages, for any office and day', () => {
    fc.assert(
      fc.property(
        outcomeArb(),
        officeConfigArb,
        languageArb,
        fc.option(dateArb, { nil: undefined }),
        (outcome, office, language, today) => {
          const text = renderReply(outcome, office, language, today === undefined ? {} : { today });
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text.length).toBeLessThan(1000);
        },
      ),
    );
  });

  it('names in its example only an open date inside the horizon, or shows none', () => {
    fc.assert(
      fc.property(outcomeArb(), officeConfigArb, languageArb, dateArb, (outcome, office, language, today) => {
        const text = renderReply(outcome, office, language, { today });
        const example = EXAMPLE.exec(text);
        if (example !== null) {
          const date = `${example[3]}-${example[2]}-${example[1]}`;
          expect(openAhead(office, today, date), `${date} in ${text}`).toBe(true);
        }
        if (outcome.kind === 'rejected') expect(text).not.toContain('#BUDI SANTOSO#25011987#DDMMYYYY');
      }),
      { numRuns: 300 },
    );
  });

  it('is valid UTF-16 with no control or format character but the line break, whatever the outcome holds', () => {
    const anyTextArb = fc.oneof(hostileTextArb, fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(
        outcomeArb({ dates: anyTextArb, texts: anyTextArb }),
        officeConfigArb,
        languageArb,
        (outcome, office, language) => {
          const text = renderReply(outcome, office, language);
          expect(text).not.toMatch(/\p{Cs}/u);
          expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quotes at most a short cleaned excerpt of what the applicant wrote', () => {
    fc.assert(
      fc.property(
        outcomeArb({ texts: hostileTextArb }),
        officeConfigArb,
        languageArb,
        (outcome, office, language) => {
          const text = renderReply(outcome, office, language);
          expect(text).not.toContain('bit.ly/');
          expect(text).not.toContain('\n\nKLIK');
          const quoted = /"([^"]*)"/.exec(text);
          if (outcome.kind === 'rejected' && quoted !== null) {
            expect(quoted[1]).toMatch(/^[\p{L}\p{N} ]{0,20}…?$/u);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
