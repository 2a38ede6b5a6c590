import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DeskContext } from './desk-env';
import { type DeskErrorName, errorText } from './error-texts';

/** An error answer: `{ error, message, ...details }`, the message in the request's language. */
export const fail = (
  c: DeskContext,
  status: ContentfulStatusCode,
  error: DeskErrorName,
  details: Record<string, unknown> = {},
): Response => c.json({ error, message: errorText(error, c.get('lang')), ...details }, status);

/** A JSON body of the request as an object, or undefined when it is not one. */
export const jsonBody = async (c: DeskContext): Promise<Record<string, unknown> | undefined> => {
  try {
    const body = (await c.req.json()) as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};
