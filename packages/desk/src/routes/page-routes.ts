import type { DeskParts } from '../desk-parts';
import type { AssetFile } from '../http/asset-files';
import { type DeskContext, type DeskHono, mountBase } from '../http/desk-env';
import { notFound } from '../http/not-found';

/** The pages a signed-in officer opens, each one HTML file of the assets folder. */
const SIGNED_IN_PAGES = ['check-in', 'counter', 'day', 'audit'] as const;

const send = (c: DeskContext, file: AssetFile | undefined, cache: string): Response => {
  if (!file) return notFound(c);
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': file.contentType,
    'cache-control': cache,
  });
};

/**
 * The pages and their files: the root sends the officer to `check-in` or `login`; a signed-in
 * page without a session redirects to `login`; the waiting-room display is public; the favicon;
 * and the desk's own not-found answer for everything else.
 */
export function addPageRoutes(
  app: DeskHono,
  parts: DeskParts,
  asset: (name: string) => Promise<AssetFile | undefined>,
): void {
  // A store that cannot say lets the page load: its API calls then answer 503, not a sign-in loop.
  const signedIn = async (c: DeskContext) =>
    (await parts.sessions.read(c, parts.clock.now().getTime())).unwrapOr(true) !== undefined;
  const root = async (c: DeskContext) =>
    c.redirect(`${mountBase(c, '')}${(await signedIn(c)) ? 'check-in' : 'login'}`, 302);
  app.get('/', root);
  app.get('/login', async (c) => send(c, await asset('login.html'), 'no-cache'));
  for (const page of SIGNED_IN_PAGES) {
    app.get(`/${page}`, async (c) => {
      if (!(await signedIn(c))) return c.redirect(`${mountBase(c, page)}login`, 302);
      return send(c, await asset(`${page}.html`), 'no-cache');
    });
  }
  app.get('/display/:officeId', async (c) => {
    if (!parts.offices.has(c.req.param('officeId'))) return notFound(c);
    return send(c, await asset('display.html'), 'no-cache');
  });
  app.get('/assets/:file', async (c) => send(c, await asset(c.req.param('file')), 'public, max-age=300'));
  // Where browsers look for an icon by themselves; the pages link `assets/favicon.svg` too.
  for (const path of ['/favicon.svg', '/favicon.ico'])
    app.get(path, async (c) => send(c, await asset('favicon.svg'), 'public, max-age=86400'));
  // `/desk/` as well as `/desk`: a mounted `/` matches only the latter; the pattern tells the mount.
  app.get('/*', async (c) => (c.req.path === c.req.routePath.replace(/\*$/, '') ? root(c) : notFound(c)));
  // Last: any other method or path under the mount (a host's own not-found never sees the desk's).
  app.all('/*', notFound);
}
