/**
 * The desk's JSON API from the pages. URLs are built from this module's own address
 * (`<mount>/assets/api.js`), so the pages work under any mount path and from any page depth.
 */

/** The desk's mount URL with a trailing slash (`/desk/`). */
export const deskBase = new URL('../', import.meta.url);

let csrfToken = '';

/** Remembers the session's CSRF token, sent with every request that changes something. */
export function useCsrfToken(token) {
  csrfToken = token;
}

/** A URL under the desk's mount path. */
export function deskUrl(path) {
  return new URL(path, deskBase).toString();
}

/**
 * Calls the API; never throws. Answers `{ status, body }`; a network failure is status 0 with
 * `{ error: 'Network' }`, a body that is not JSON is `{ error: 'BadAnswer' }`.
 */
export async function api(path, body, method = body === undefined ? 'GET' : 'POST') {
  const headers = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    headers['x-csrf-token'] = csrfToken;
  }
  let answer;
  try {
    answer = await fetch(deskUrl(path), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { status: 0, body: { error: 'Network' } };
  }
  if (answer.status === 204) return { status: 204, body: {} };
  const json = await answer.json().catch(() => ({ error: 'BadAnswer' }));
  return { status: answer.status, body: json };
}
