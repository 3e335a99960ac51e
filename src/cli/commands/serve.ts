import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { startServer } from '../../api/index.js';
import { openStore } from '../../store/index.js';
import { AppFailure } from '../../result.js';
import { makeCtx, resolveConfig, type GlobalFlags } from '../context.js';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535 (0 picks a free one)');
  return n;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, described at /api/openapi.json) and the web UI')
    .option('--host <host>', 'interface to bind (default 127.0.0.1: this machine only)')
    .option('--port <n>', 'TCP port (default 8080)', port)
    .option('--token <token>', 'bearer token for POST /api/ingest (or DOSSIER_TOKEN); ingest over HTTP is off without one')
    .action(async (opts: { host?: string; port?: number; token?: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>(), {
        serve: { ...(opts.host !== undefined ? { host: opts.host } : {}), ...(opts.port !== undefined ? { port: opts.port } : {}), ...(opts.token !== undefined ? { token: opts.token } : {}) },
      });
      const ctx = makeCtx();
      const opened = await openStore(config.db);
      if (!opened.ok) throw new AppFailure(opened.error);
      const store = opened.value;
      let server;
      try {
        server = await startServer({ store, config, ctx });
      } catch (e) {
        await store.close();
        const error = e as NodeJS.ErrnoException;
        if (error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
          throw new AppFailure({ code: 'CONFIG_INVALID', message: `cannot listen on ${config.serve.host}:${config.serve.port} (${error.code}); pick another --port or --host` });
        }
        throw e;
      }
      process.stderr.write(`Dossier is serving ${server.url} (store: ${store.location}; ingest over HTTP ${config.serve.token ? 'on' : 'off'})\n`);
      if (!['127.0.0.1', 'localhost', '::1'].includes(config.serve.host)) {
        process.stderr.write(`warning: listening on ${config.serve.host}: anyone who can reach this machine can read the store\n`);
      }
      const running = server;
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().finally(() => void store.close().finally(resolve));
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
