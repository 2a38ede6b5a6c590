/** How a client sends a request: global `fetch` over HTTP, or a Hono app's `request` in process. */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

/** An answer read once: status, JSON body (or undefined) and headers. */
export interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever fields they assert.
  readonly body: any;
  readonly headers: Headers;
}

/** A browser-like client of one desk: keeps the session cookie and the CSRF token it was given. */
export class DeskClient {
  cookie = '';
  csrfToken = '';

  constructor(
    readonly base: string,
    private readonly send: Send,
    readonly origin: string = new URL(base).origin,
  ) {}

  private async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const init: RequestInit = {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method === 'GET' ? {} : { origin: this.origin, 'x-csrf-token': this.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      redirect: 'manual',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const response = await this.send(`${this.base}${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text === '' ? undefined : text;
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** Signs in; keeps the cookie and token. */
  async login(name: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
    const answer = await this.call('POST', 'api/login', { name, password }, headers);
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken;
    return answer;
  }

  get(path: string): Promise<Answer> {
    return this.call('GET', path);
  }

  post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.call('POST', path, body, headers);
  }
}
