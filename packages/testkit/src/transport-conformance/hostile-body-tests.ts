/**
 * Hostile bodies: empty, 10 MiB, not JSON, not UTF-8, or JSON of another shape. Signed, each is
 * answered with the transport's status (too large, or unreadable: usually 200 so the provider
 * stops retrying) and nothing reaches the target; unsigned, each is refused first.
 */
import { recordingTarget } from './recording-target';
import { statusesOf } from './support';
import type { TransportConformanceOptions, TransportTestApi } from './transport-conformance-types';

const encoder = new TextEncoder();
const TEN_MIB = 10 * 1024 * 1024;

/** Bodies no provider sends, each with the status it must get when signed. */
const hostileBodies = (options: TransportConformanceOptions) => {
  const statuses = statusesOf(options);
  const huge = new Uint8Array(TEN_MIB).fill(0x20);
  huge.set(encoder.encode('{"object":"'), 0);
  return [
    { name: 'an empty body', body: new Uint8Array(0), status: statuses.unreadable },
    { name: 'a 10 MiB body', body: huge, status: statuses.tooLarge },
    {
      name: 'invalid JSON',
      body: encoder.encode('{"object": "whatsapp_business_account",'),
      status: statuses.unreadable,
    },
    {
      name: 'invalid UTF-8',
      body: Uint8Array.of(0x7b, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d),
      status: statuses.unreadable,
    },
    {
      name: 'JSON of the wrong shape',
      body: encoder.encode('{"entry":[{"changes":7}],"x":[null]}'),
      status: statuses.unreadable,
    },
    { name: 'a JSON array', body: encoder.encode('[1,2,3]'), status: statuses.unreadable },
  ];
};

/** Declares the hostile body tests. */
export function hostileBodyTests(
  { it, expect }: TransportTestApi,
  options: TransportConformanceOptions,
): void {
  const statuses = statusesOf(options);
  for (const { name, body, status } of hostileBodies(options)) {
    it(`${name}, signed, is answered ${status} and nothing is delivered`, async () => {
      const target = recordingTarget();
      const response = await options.createHandler(target)(await options.signedRequest(body));
      expect(response.status).toBe(status);
      expect(target.received).toEqual([]);
      expect(target.statuses).toEqual([]);
    });
    it(`${name}, unsigned, is refused and nothing is delivered`, async () => {
      const target = recordingTarget();
      const response = await options.createHandler(target)(await options.forgedRequest(body, 'missing'));
      expect(response.status).toBe(statuses.refused.missing);
      expect(target.received).toEqual([]);
    });
  }
}
