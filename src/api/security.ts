/**
 * Response headers and request checks that keep the UI and API safe to run on a desktop:
 * a strict Content-Security-Policy (scripts and styles only from this server, no inline code,
 * Trusted Types so no HTML string can reach a DOM sink), and, when bound to loopback, a Host
 * check so a web page cannot reach the API through DNS rebinding.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { errorResponse } from './errors.js';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ["'none'"],
};

export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    // Local http only: HSTS would pin a name like localhost to https.
    strictTransportSecurity: false,
  });

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const isLoopback = (host: string): boolean => LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * For a server bound to loopback: refuses requests whose Host names anything else. A browser that
 * was tricked (DNS rebinding) into sending a page's requests here still sends that page's host name.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!isLoopback(host)) return errorResponse(c, 403, 'FORBIDDEN', `host "${host}" is not served: this server answers on loopback names only (127.0.0.1, localhost)`);
    await next();
  };
}
