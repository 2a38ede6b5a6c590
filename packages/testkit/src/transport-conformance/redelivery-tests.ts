/**
 * Redelivery: the provider sends a payload again when our answer was lost or not 200. The
 * second delivery is accepted and hands the target the same message keys, which the target
 * (the booking service) deduplicates: every message is answered once. A target that fails makes
 * the handler ask for redelivery, and the redelivered payload then goes through.
 */
import { messageKey, recordingTarget } from './recording-target';
import { bytesOf, messageFixture, statusesOf } from './support';
import type { TransportConformanceOptions, TransportTestApi } from './transport-conformance-types';

/** Declares the redelivery tests. */
export function redeliveryTests(
  { it, expect }: TransportTestApi,
  options: TransportConformanceOptions,
): void {
  const statuses = statusesOf(options);
  const fixture = () => messageFixture(options);

  it('a redelivered payload is accepted and every message is answered once', async () => {
    const target = recordingTarget();
    const handler = options.createHandler(target);
    const body = bytesOf(fixture().body);
    const first = await handler(await options.signedRequest(body));
    const firstKeys = target.received.map(messageKey);
    const second = await handler(await options.signedRequest(body));
    expect([first.status, second.status]).toEqual([statuses.accepted, statuses.accepted]);
    expect(target.received.slice(firstKeys.length).map(messageKey)).toEqual(firstKeys);
    expect(target.answered).toEqual(fixture().expectedMessages.map(messageKey));
  });

  it('a failing target makes the provider redeliver, and the redelivery is handled', async () => {
    const body = bytesOf(fixture().body);
    const failing = await options.createHandler(recordingTarget({ failing: true }))(
      await options.signedRequest(body),
    );
    expect(failing.status).toBe(statuses.redeliver);
    const target = recordingTarget();
    const retried = await options.createHandler(target)(await options.signedRequest(body));
    expect(retried.status).toBe(statuses.accepted);
    expect(target.answered).toEqual(fixture().expectedMessages.map(messageKey));
  });
}
