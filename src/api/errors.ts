/**
 * How the API answers failures: expected ones as 4xx JSON `{ code, message }` with a stable code
 * from src/errors.ts; anything unexpected is logged once and answered as a 500 without details.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { ErrorCode } from '../errors.js';
import type { Logger } from '../types.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 415 | 500;

/** Thrown inside handlers to answer with an expected error (caught by `onError`). */
export class ApiError extends Error {
  constructor(readonly status: ErrorStatus, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, id: string, listAt: string): ApiError =>
  new ApiError(404, 'NOT_FOUND', `no ${what} "${id}"; list ids at ${listAt}`);

export function errorResponse(c: Context, status: ErrorStatus, code: ErrorCode, message: string): Response {
  return c.json({ code, message }, status as ContentfulStatusCode);
}

const TARGET_NAMES: Record<string, string> = { query: 'query parameter', param: 'path parameter', json: 'body field', form: 'form field', header: 'header' };

/** One readable line per problem: `query parameter "limit": Too big: expected number to be <=1000`. */
export function describeValidationError(error: ZodError, target: string): string {
  const where = TARGET_NAMES[target] ?? target;
  return error.issues
    .map((issue) => `${where} "${issue.path.join('.') || '(value)'}": ${issue.message}`)
    .join('; ');
}

/** The OpenAPIHono `defaultHook`: a request that fails its schema gets a 400 naming the bad value. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  return errorResponse(c, 400, 'BAD_REQUEST', describeValidationError(result.error, result.target));
}

/** The app's `onError`: expected errors pass through; a bug is logged once, with its stack, and hidden from the client. */
export function makeErrorHandler(log: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message);
    // Hono's own HTTPExceptions: bearer auth (already answered as our JSON), a malformed body, ...
    if (error instanceof HTTPException && error.status < 500) {
      const res = error.getResponse();
      if (res.headers.get('content-type')?.startsWith('application/json')) return res;
      const code: ErrorCode = error.status === 401 ? 'UNAUTHORIZED' : error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      const out = errorResponse(c, error.status === 401 || error.status === 413 ? error.status : 400, code, error.message || `malformed request (${res.statusText || error.status})`);
      const challenge = res.headers.get('www-authenticate');
      if (challenge) out.headers.set('WWW-Authenticate', challenge);
      return out;
    }
    log.warn(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? String(error)}`);
    return errorResponse(c, 500, 'INTERNAL', 'internal error; it has been logged on the server');
  };
}
