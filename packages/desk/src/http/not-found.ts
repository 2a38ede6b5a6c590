import type { DeskContext } from './desk-env';
import { notFoundText } from './error-texts';

/** `/api/` anywhere in the path: the desk's own, or the host's mount before it. */
const API_PATH = /\/api(?:\/|$)/;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The answer to a route or file the desk does not have, in the request's language: JSON
 * `{ error: 'NotFound', message }` under `api/`, a small HTML page elsewhere (a page or an asset
 * a browser asked for, read by a person). Never the booking code's "not found at this office".
 */
export function notFound(c: DeskContext): Response {
  const lang = c.get('lang');
  const message = notFoundText(lang);
  if (API_PATH.test(c.req.path)) return c.json({ error: 'NotFound', message }, 404);
  return c.html(
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>404</title></head>` +
      `<body><h1>404</h1><p>${escapeHtml(message)}</p></body></html>\n`,
    404,
  );
}
