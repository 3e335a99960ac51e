/** Binds the app to a host and port with @hono/node-server; resolves once listening, with a close() that drains it. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { ApiDeps } from './deps.js';
import { isLoopback } from './security.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startServer(deps: ApiDeps, options: Omit<AppOptions, 'loopbackOnly' | 'signal'> = {}): Promise<RunningServer> {
  const { host, port } = deps.config.serve;
  const stopping = new AbortController();
  const app = createApp(deps, { ...options, loopbackOnly: isLoopback(host), signal: stopping.signal });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => {
          stopping.abort();
          server.close((e) => (e ? fail(e) : done()));
          // Keep-alive connections would hold close() open until they time out.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        }),
      });
    });
    server.once('error', reject);
  });
}
