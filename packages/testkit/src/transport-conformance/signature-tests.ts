/**
 * Signatures: a correctly signed request is accepted and delivered; a missing, malformed or
 * wrong signature, or a signed request whose body was changed on the way, is refused with the
 * transport's status and nothing reaches the target.
 */
import { recordingTarget } from './recording-target';
import { bytesOf, messageFixture, statusesOf, withBody } from './support';
import type {
  SignatureProblem,
  TransportConformanceOptions,
  TransportTestApi,
} from './transport-conformance-types';

const PROBLEMS: readonly SignatureProblem[] = ['missing', 'malformed', 'wrong'];

/** Declares the signature tests. */
export function signatureTests({ it, expect }: TransportTestApi, options: TransportConformanceOptions): void {
  const statuses = statusesOf(options);
  const body = () => bytesOf(messageFixture(options).body);

  it('a correctly signed request is accepted and delivered', async () => {
    const target = recordingTarget();
    const response = await options.createHandler(target)(await options.signedRequest(body()));
    expect(response.status).toBe(statuses.accepted);
    expect(target.received).toEqual(messageFixture(options).expectedMessages);
  });

  for (const problem of PROBLEMS) {
    it(`a ${problem} signature is refused and nothing is delivered`, async () => {
      const target = recordingTarget();
      const response = await options.createHandler(target)(await options.forgedRequest(body(), problem));
      expect(response.status).toBe(statuses.refused[problem]);
      expect(target.received).toEqual([]);
      expect(target.statuses).toEqual([]);
    });
  }

  it('a signed request whose body was changed in transit is refused', async () => {
    const target = recordingTarget();
    const original = body();
    const tampered = original.slice();
    const last = tampered.length - 1;
    // Flip a space or the final brace into another byte: the JSON may even stay valid.
    tampered[last] = (tampered[last] ?? 0) ^ 0x01;
    const request = withBody(await options.signedRequest(original), tampered);
    const response = await options.createHandler(target)(request);
    expect(response.status).toBe(statuses.refused.wrong);
    expect(target.received).toEqual([]);
  });
}
