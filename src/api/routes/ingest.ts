/**
 * POST /api/ingest: files as multipart/form-data, or a JSONL body. Needs `Authorization: Bearer
 * <token>` and is off (403) when the server has no token. Answers with the same per-file errors
 * the CLI prints, as JSON.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { makeIngestRunner } from '../ingest-queue.js';
import { IngestReport, errorResponses, json } from '../schemas.js';
import { stageBody, stageFiles, type StagedUpload } from '../uploads.js';

/** Content types read as one JSONL document stream. */
const JSONL_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);

const route = createRoute({
  method: 'post', path: '/api/ingest', tags: ['ingest'], security: [{ Bearer: [] }],
  summary: 'Ingest uploaded files (text dumps, HTML, RSS/Atom, JSONL, optionally gzipped) or a JSONL body, as the CLI does',
  request: {
    query: z.object({ name: z.string().optional().openapi({ description: 'name recorded as the source path of a JSONL body (default request-body.jsonl)' }) }),
    body: {
      content: {
        'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary', description: 'one or more file fields, any field names' }) }) },
        'application/x-ndjson': { schema: z.string().openapi({ description: 'one JSON object per line: title, body or html, url, outlet, authors, published' }) },
      },
    },
  },
  responses: { 200: json(IngestReport, 'what was stored, and why anything was rejected'), ...errorResponses(400, 401, 403, 413, 415) },
});

export function registerIngest(app: Api, deps: ApiDeps, maxUploadBytes: number, signal?: AbortSignal): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  // Documented from the route definition; handled below without the schema validator, which cannot read uploads.
  app.openAPIRegistry.registerPath(route);
  const runIngest = makeIngestRunner(deps, signal);
  const token = deps.config.serve.token;

  app.post(
    '/api/ingest',
    async (c, next) => {
      if (token === null) throw new ApiError(403, 'FORBIDDEN', 'ingest over HTTP is off: start the server with --token <token> or set DOSSIER_TOKEN');
      await next();
    },
    bearerAuth({
      token: token ?? '',
      noAuthenticationHeader: { message: { code: 'UNAUTHORIZED', message: 'send the token as "Authorization: Bearer <token>"' } },
      invalidAuthenticationHeader: { message: { code: 'UNAUTHORIZED', message: 'malformed Authorization header; expected "Bearer <token>"' } },
      invalidToken: { message: { code: 'UNAUTHORIZED', message: 'wrong token' } },
    }),
    bodyLimit({
      maxSize: maxUploadBytes,
      onError: (c) => errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `upload is over the ${Math.round(maxUploadBytes / 1048576)} MiB limit per request; send the files in several requests`),
    }),
    async (c) => {
      const staged = await stageRequest(c);
      try {
        return c.json(await runIngest(staged.paths, staged.dir), 200);
      } finally {
        await staged.remove();
      }
    },
  );
}

async function stageRequest(c: Context): Promise<StagedUpload> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody({ all: true });
    const files = Object.values(form).flat().filter((v): v is File => typeof v !== 'string');
    if (files.length === 0) throw new ApiError(400, 'BAD_REQUEST', 'the form holds no files; attach them as file fields (e.g. curl -F file=@page.html)');
    return stageFiles(files);
  }
  if (JSONL_TYPES.has(type)) return stageBody(c.req.raw.body, c.req.query('name') ?? 'request-body.jsonl');
  throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `cannot ingest a "${type || 'missing'}" body; send files as multipart/form-data or JSON lines as application/x-ndjson`);
}
