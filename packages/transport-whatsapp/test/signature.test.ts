import { createHmac } from 'node:crypto';
import { SIGNATURE_HEADER, verifySignature } from '@antrean/transport-whatsapp';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { signatureOf } from './support/sign';

const encoder = new TextEncoder();
const headers = (value?: string) => new Headers(value === undefined ? {} : { [SIGNATURE_HEADER]: value });
const refused = (problem: string) => err({ type: 'SignatureRefused', problem });

describe('verifySignature', () => {
  it("accepts the spec's vector: key `secret`, body `test`", async () => {
    const header = 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914';
    expect(await verifySignature(encoder.encode('test'), headers(header), 'secret')).toEqual(ok(undefined));
  });

  it('accepts upper-case hex and surrounding spaces', async () => {
    const header = ' sha256=0329A06B62CD16B33EB6792BE8C60B158D89A2EE3A876FCE9A881EBB488C0914 ';
    expect(await verifySignature(encoder.encode('test'), headers(header), 'secret')).toEqual(ok(undefined));
  });

  it('refuses a signature differing only in its last or first byte', async () => {
    const body = encoder.encode('{"object":"whatsapp_business_account"}');
    const good = signatureOf(body, 'secret');
    const lastFlipped = `${good.slice(0, -1)}${good.endsWith('0') ? '1' : '0'}`;
    const firstFlipped = `sha256=${good[7] === 'a' ? 'b' : 'a'}${good.slice(8)}`;
    expect(await verifySignature(body, headers(good), 'secret')).toEqual(ok(undefined));
    expect(await verifySignature(body, headers(lastFlipped), 'secret')).toEqual(refused('wrong'));
    expect(await verifySignature(body, headers(firstFlipped), 'secret')).toEqual(refused('wrong'));
  });

  it('refuses the right signature under another secret, and an empty secret', async () => {
    const body = encoder.encode('test');
    expect(await verifySignature(body, headers(signatureOf(body, 'secret')), 'other')).toEqual(
      refused('wrong'),
    );
    expect(await verifySignature(body, headers(signatureOf(body, 'secret')), '')).toEqual(refused('wrong'));
  });

  it('keys each check by its own secret, however many secrets come and go', async () => {
    const body = encoder.encode('{"entry":[]}');
    const secrets = Array.from({ length: 12 }, (_, n) => `secret-${n}`);
    for (const round of [0, 1]) {
      for (const [n, secret] of secrets.entries()) {
        const other = secrets[(n + 1 + round) % secrets.length]!;
        expect(await verifySignature(body, headers(signatureOf(body, secret)), secret)).toEqual(
          ok(undefined),
        );
        expect(await verifySignature(body, headers(signatureOf(body, other)), secret)).toEqual(
          refused('wrong'),
        );
      }
    }
  });

  it('checks with the HMAC it is given, and refuses when that HMAC fails', async () => {
    const body = encoder.encode('{"entry":[]}');
    const nodeHmac = (secret: string, bytes: Uint8Array) =>
      createHmac('sha256', secret).update(bytes).digest();
    const good = headers(signatureOf(body, 'secret'));
    expect(await verifySignature(body, good, 'secret', nodeHmac)).toEqual(ok(undefined));
    expect(await verifySignature(body, good, 'other', nodeHmac)).toEqual(refused('wrong'));
    const failing = () => {
      throw new Error('no crypto');
    };
    expect(await verifySignature(body, good, 'secret', failing)).toEqual(refused('wrong'));
  });

  it('agrees with node:crypto on any body and secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.string({ minLength: 1 }),
        async (body, secret) => {
          expect(await verifySignature(body, headers(signatureOf(body, secret)), secret)).toEqual(
            ok(undefined),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('calls an absent or blank header missing', async () => {
    const body = encoder.encode('test');
    expect(await verifySignature(body, headers(), 'secret')).toEqual(refused('missing'));
    expect(await verifySignature(body, headers('  '), 'secret')).toEqual(refused('missing'));
  });

  it.each([
    ['no prefix', '0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914'],
    ['another algorithm', 'sha1=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914'],
    ['a short digest', 'sha256=0329a06b62cd16b33eb6792be8c60b15'],
    ['a long digest', 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c09140'],
    ['non-hex characters', 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c091z'],
    ['the prefix alone', 'sha256='],
    ['two signatures', 'sha256=00, sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914'],
  ])('calls %s malformed', async (_, header) => {
    expect(await verifySignature(encoder.encode('test'), headers(header), 'secret')).toEqual(
      refused('malformed'),
    );
  });
});
