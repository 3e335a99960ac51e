/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export interface Progress {
  update(text: string): void;
  done(): void;
}

/** Redraws at most this often, ms: a terminal redraw per document would slow a fast ingest. */
const REDRAW_MS = 100;

export function makeProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[K${text.slice(0, (stream.columns ?? 80) - 1)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
