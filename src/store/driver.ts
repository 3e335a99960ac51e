/**
 * The narrow SQL surface both adapters provide. Queries are written once, with `?` placeholders,
 * in sql-store.ts; an adapter only translates (placeholders, connection handling, transactions).
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Runs `fn` in one transaction: all its writes land, or none do. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while no other process (or connection) runs an exclusive section on this store; `fn`
   * uses the driver as usual. Released when `fn` settles, or by the OS if the process dies.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A transaction's `exclusive`: taking the store-wide lock while holding a transaction could deadlock with another process. */
export const insideTransaction = (): Promise<never> => Promise.reject(new Error('an exclusive section cannot start inside a transaction'));

/** A schema change, applied once, in order. `version` is also the store's schemaVersion afterwards. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
