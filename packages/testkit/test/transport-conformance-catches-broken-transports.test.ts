import { describe, expect, it } from 'vitest';
import { failedTransportTests } from './support/recording-transport-api';
import { toyTransport } from './support/toy-transport';

// The suite is only worth something if it fails for transports that are wrong: each case runs
// it outside Vitest against a small transport broken in one way.
describe('the transport conformance suite', () => {
  it('passes a correct transport', async () => {
    expect(await failedTransportTests(toyTransport())).toEqual([]);
  });

  it('fails a transport that does not check signatures', async () => {
    expect(await failedTransportTests(toyTransport({ skipsSignature: true }))).toEqual(
      expect.arrayContaining([
        'signature > a missing signature is refused and nothing is delivered',
        'signature > a wrong signature is refused and nothing is delivered',
        'signature > a signed request whose body was changed in transit is refused',
        'hostile bodies > invalid JSON, unsigned, is refused and nothing is delivered',
      ]),
    );
  });

  it('leaves out the groups a transport declares not applicable (a terminal has no signature)', async () => {
    const unsigned = {
      ...toyTransport({ skipsSignature: true }),
      notApplicable: ['signature', 'hostile bodies'] as const,
    };
    expect(await failedTransportTests(unsigned)).toEqual([]);
  });

  it('fails a transport without a body limit', async () => {
    expect(await failedTransportTests(toyTransport({ readsAnySize: true }))).toEqual([
      'hostile bodies > a 10 MiB body, signed, is answered 413 and nothing is delivered',
    ]);
  });

  it('fails a transport that answers 200 when its target failed', async () => {
    expect(await failedTransportTests(toyTransport({ ignoresTargetErrors: true }))).toEqual([
      'redelivery > a failing target makes the provider redeliver, and the redelivery is handled',
    ]);
  });

  it('fails a transport that answers unreadable bodies with an error (the provider would retry for days)', async () => {
    expect(await failedTransportTests(toyTransport({ rejectsUnreadable: true }))).toEqual([
      'hostile bodies > an empty body, signed, is answered 200 and nothing is delivered',
      'hostile bodies > invalid JSON, signed, is answered 200 and nothing is delivered',
      'hostile bodies > invalid UTF-8, signed, is answered 200 and nothing is delivered',
      'hostile bodies > JSON of the wrong shape, signed, is answered 200 and nothing is delivered',
      'hostile bodies > a JSON array, signed, is answered 200 and nothing is delivered',
    ]);
  });

  it('fails a transport that loses a message of a payload', async () => {
    expect(await failedTransportTests(toyTransport({ dropsLastMessage: true }))).toEqual([
      'signature > a correctly signed request is accepted and delivered',
      'provider fixtures > reads two messages',
      'redelivery > a redelivered payload is accepted and every message is answered once',
      'redelivery > a failing target makes the provider redeliver, and the redelivery is handled',
    ]);
  });
});
