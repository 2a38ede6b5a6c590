/**
 * Provider fixtures: each payload, signed, is accepted and delivers exactly its expected
 * messages (and delivery reports, when the fixture lists them), in order.
 */
import { recordingTarget } from './recording-target';
import { bytesOf, statusesOf } from './support';
import type { TransportConformanceOptions, TransportTestApi } from './transport-conformance-types';

/** Declares one test per fixture. */
export function fixtureTests({ it, expect }: TransportTestApi, options: TransportConformanceOptions): void {
  const statuses = statusesOf(options);
  for (const fixture of options.fixtures) {
    it(`reads ${fixture.name}`, async () => {
      const target = recordingTarget();
      const request = await options.signedRequest(bytesOf(fixture.body));
      const response = await options.createHandler(target)(request);
      expect(response.status).toBe(statuses.accepted);
      expect(target.received).toEqual(fixture.expectedMessages);
      if (fixture.expectedStatuses) expect(target.statuses).toEqual(fixture.expectedStatuses);
    });
  }
}
