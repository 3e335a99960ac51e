/**
 * Stable error codes. The CLI prints `code: message`; the HTTP API returns `{ code, message }`.
 * Codes are part of the public surface: add new ones, never rename.
 */
export const ERROR_CODES = [
  // input
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_ENCODING',
  'INPUT_MALFORMED',
  'INPUT_NO_ARTICLE',
  // store
  'STORE_UNAVAILABLE',
  'STORE_SCHEMA_VERSION',
  'STORE_IMPORT',
  // requests
  'NOT_FOUND',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
