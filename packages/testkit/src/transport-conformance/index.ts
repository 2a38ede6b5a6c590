/**
 * The transport conformance suite every antrean transport runs (WhatsApp, Twilio, and yours).
 * Each concern's file states what it checks in its header.
 *
 * ```ts
 * import { describe, expect, it } from 'vitest';
 * transportConformanceSuite({ describe, it, expect }, { name: 'mine', createHandler, signedRequest, forgedRequest, fixtures });
 * ```
 */
import { fixtureTests } from './fixture-tests';
import { hostileBodyTests } from './hostile-body-tests';
import { redeliveryTests } from './redelivery-tests';
import { signatureTests } from './signature-tests';
import type {
  ConformanceGroup,
  TransportConformanceOptions,
  TransportTestApi,
} from './transport-conformance-types';

export { messageKey, type RecordingTarget, recordingTarget } from './recording-target';
export type {
  ConformanceGroup,
  SignatureProblem,
  TransportConformanceOptions,
  TransportFixture,
  TransportHandler,
  TransportStatuses,
  TransportTarget,
  TransportTargetError,
  TransportTestApi,
} from './transport-conformance-types';

/** Declares the whole suite for one transport; every test builds its own handler and target. */
export function transportConformanceSuite(api: TransportTestApi, options: TransportConformanceOptions): void {
  const applies = (group: ConformanceGroup) => !options.notApplicable?.includes(group);
  api.describe(`${options.name}: transport conformance`, () => {
    if (applies('signature')) api.describe('signature', () => signatureTests(api, options));
    api.describe('provider fixtures', () => fixtureTests(api, options));
    if (applies('redelivery')) api.describe('redelivery', () => redeliveryTests(api, options));
    if (applies('hostile bodies')) api.describe('hostile bodies', () => hostileBodyTests(api, options));
  });
}
