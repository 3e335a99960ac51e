import type { ErrorCode } from './errors.js';

/** An expected failure: a stable code, a message naming the bad value and the fix, and an optional cause. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly cause?: unknown;
}

/** Expected failures are values: `{ ok: true, value }` or `{ ok: false, error }`. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = <T = never>(code: ErrorCode, message: string, cause?: unknown): Result<T> => ({
  ok: false,
  error: cause === undefined ? { code, message } : { code, message, cause },
});

export const appError = (code: ErrorCode, message: string, cause?: unknown): AppError =>
  cause === undefined ? { code, message } : { code, message, cause };

/** Thrown at the edges to carry an AppError through code that cannot return a Result (e.g. a CLI action). */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}

/** Returns the value of an ok Result, or throws its error as an AppFailure. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AppFailure(result.error);
}
