import { InvalidArgumentError, type Command } from 'commander';

/** Commander parser for --limit style flags. */
export const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
};


/** The flags every listing command takes. */
export interface ListFlags {
  readonly limit: number;
  readonly offset: number;
  readonly json?: boolean;
}

/** Adds --limit, --offset and --json to a listing command. */
export const listOptions = (command: Command): Command =>
  command
    .option('--limit <n>', 'how many', positiveInt, 50)
    .option('--offset <n>', 'skip this many', positiveInt, 0)
    .option('--json', 'print JSON');
