import { readPayload } from '@antrean/transport-whatsapp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT, change, OFFICE_NUMBER_ID, OTHER_NUMBER_ID, payload, text } from './support/payloads';

describe('readPayload properties', () => {
  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(() => readPayload(json)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on envelope-shaped values with random members', () => {
    const anything = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const value = fc.record({
      metadata: fc.oneof(anything, fc.record({ phone_number_id: anything })),
      messages: anything,
      statuses: anything,
    });
    const json = fc.record({
      object: fc.constant('whatsapp_business_account'),
      entry: fc.array(
        fc.record({ changes: fc.array(fc.record({ field: fc.constantFrom('messages', 'x'), value })) }),
      ),
    });
    fc.assert(fc.property(json, (input) => void readPayload(input)));
  });

  it('reads every message id exactly once, however ids repeat across entries and changes', () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'wamid.e', 'f'), { maxLength: 8 });
    const numbers = fc.constantFrom(OFFICE_NUMBER_ID, OTHER_NUMBER_ID);
    const changes = fc.array(fc.tuple(numbers, ids), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(changes, { maxLength: 4 }), (entries) => {
        const body = payload(
          ...entries.map((entry) =>
            entry.map(([number, messageIds]) =>
              change(number, { messages: messageIds.map((id) => text(id, id, APPLICANT)) }),
            ),
          ),
        );
        const read = readPayload(JSON.parse(body))
          ._unsafeUnwrap()
          .flatMap((updates) => updates.messages.map((m) => m.messageId));
        const sent = entries.flatMap((entry) => entry.flatMap(([, messageIds]) => messageIds));
        expect([...read].sort()).toEqual([...new Set(sent)].sort());
      }),
    );
  });
});
