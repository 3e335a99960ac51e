import { createHash } from 'node:crypto';

/** sha256 hex of the parts, separated so that ("ab","c") and ("a","bc") differ. */
export function fingerprintOf(...parts: readonly (string | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part ?? '').update('\u0000');
  return hash.digest('hex');
}
