import { verifySignature } from '@antrean/transport-twilio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Fields, formBody, PUBLIC_URL, signatureOf } from './support/sign';

const encoder = new TextEncoder();
const headers = (signature: string | undefined) =>
  new Headers(signature === undefined ? {} : { 'x-twilio-signature': signature });
const verify = (
  fields: Fields,
  signature: string | undefined,
  publicUrl = PUBLIC_URL,
  authToken = 'twilio-auth-token-for-tests',
) => verifySignature(encoder.encode(formBody(fields)), headers(signature), { authToken, publicUrl });

const VECTOR_URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';

describe('verifySignature', () => {
  it("passes Twilio's documented vector", async () => {
    const fields: Fields = [
      ['CallSid', 'CA1234567890ABCDE'],
      ['Caller', '+14158675309'],
      ['Digits', '1234'],
      ['From', '+14158675309'],
      ['To', '+18005551212'],
    ];
    const result = await verify(fields, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', VECTOR_URL, '12345');
    expect(result.isOk()).toBe(true);
  });

  it('passes the vector with a repeated key (values de-duplicated and sorted)', async () => {
    const fields: Fields = [
      ['Sid', 'CA123'],
      ['SidAccount', 'AC123'],
      ['Digits', '5678'],
      ['Digits', '1234'],
      ['Digits', '1234'],
    ];
    const result = await verify(fields, 'IK+Dwps556ElfBT0I3Rgjkr1wJU=', VECTOR_URL, '12345');
    expect(result.isOk()).toBe(true);
  });

  it('refuses a dropped repeated value, and another token', async () => {
    const fields: Fields = [
      ['Sid', 'CA123'],
      ['SidAccount', 'AC123'],
      ['Digits', '5678'],
    ];
    expect((await verify(fields, 'IK+Dwps556ElfBT0I3Rgjkr1wJU=', VECTOR_URL, '12345')).isErr()).toBe(true);
    const all: Fields = [...fields, ['Digits', '1234']];
    expect((await verify(all, 'IK+Dwps556ElfBT0I3Rgjkr1wJU=', VECTOR_URL, '54321')).isErr()).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['missing', '  '],
    ['malformed', 'not base64'],
    ['malformed', 'RSOYDt4T1cUTdK1PDd93/VVr8B8'],
    ['wrong', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='],
  ])('refuses a %s signature (%j)', async (problem, signature) => {
    const result = await verify([['Body', 'x']], signature);
    expect(result._unsafeUnwrapErr()).toEqual({ type: 'SignatureRefused', problem });
  });

  it('accepts the public URL with or without the default port, whichever Twilio signed', async () => {
    const fields: Fields = [['Body', 'halo']];
    for (const [configured, signed] of [
      ['https://bot.example.org/twilio', 'https://bot.example.org:443/twilio'],
      ['https://bot.example.org:443/twilio', 'https://bot.example.org/twilio'],
      ['http://bot.example.org/twilio?x=1', 'http://bot.example.org:80/twilio?x=1'],
    ] as const) {
      expect((await verify(fields, signatureOf(signed, fields), configured)).isOk()).toBe(true);
    }
  });

  it('refuses a request signed for another URL (host, scheme, port, path or query)', async () => {
    const fields: Fields = [['Body', 'halo']];
    for (const other of [
      'https://evil.example.org/twilio',
      'http://bot.example.org/twilio',
      'https://bot.example.org:8443/twilio',
      'https://bot.example.org/twilio/',
      'https://bot.example.org/twilio?office=2',
    ]) {
      expect((await verify(fields, signatureOf(other, fields))).isErr()).toBe(true);
    }
  });

  it('refuses everything with an empty auth token', async () => {
    const fields: Fields = [['Body', 'x']];
    expect((await verify(fields, signatureOf(PUBLIC_URL, fields, ''), PUBLIC_URL, '')).isErr()).toBe(true);
  });

  it('agrees with an independent HMAC for any fields, and refuses any changed value', async () => {
    const field = fc.tuple(
      fc.constantFrom('Body', 'From', 'To', 'X', 'MediaUrl0'),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(field, { maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        async (fields, extra) => {
          const signature = signatureOf(PUBLIC_URL, fields);
          expect((await verify(fields, signature)).isOk()).toBe(true);
          const changed: Fields = [...fields, ['Body', `${extra}\u0000changed`]];
          expect((await verify(changed, signature)).isErr()).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
