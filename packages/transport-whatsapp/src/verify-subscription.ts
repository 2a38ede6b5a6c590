import { constantTimeEqual } from '@antrean/webhook-kit';

const encoder = new TextEncoder();

/**
 * Meta's subscription check: `hub.mode=subscribe` with our verify token is answered with the raw
 * `hub.challenge`; anything else is 403, so a stranger cannot point our app at their callback.
 */
export function verifySubscription(url: URL, verifyToken: string): Response {
  const mode = url.searchParams.get('hub.mode');
  const token = url.searchParams.get('hub.verify_token');
  const challenge = url.searchParams.get('hub.challenge');
  if (
    mode !== 'subscribe' ||
    verifyToken === '' ||
    token === null ||
    challenge === null ||
    !constantTimeEqual(encoder.encode(token), encoder.encode(verifyToken))
  ) {
    return new Response('forbidden', { status: 403 });
  }
  return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain' } });
}
