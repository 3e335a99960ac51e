/** The unit the text-dump passes work on: one non-blank line, its block, and its label once a pass decides. */
import type { RemovalReason } from '../../types.js';

export type Label = RemovalReason | 'body';

export interface Line {
  readonly text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  readonly block: number;
  /** Null until a pass decides; a later pass never changes a decided label. */
  readonly label: Label | null;
}

/** One pass of the text-dump cleaner: labels some still-unlabelled lines, returns a new list. */
export type Pass = (lines: readonly Line[]) => readonly Line[];

/** Splits a page into trimmed, space-collapsed lines, numbering blank-line-separated blocks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const raw of text.split('\n')) {
    const t = raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t === '') {
      block++;
      continue;
    }
    lines.push({ text: t, block, label: null });
  }
  return lines;
}

/** Labels the unlabelled lines for which `decide` returns a label; leaves the others as they are. */
export function labelEach(lines: readonly Line[], decide: (line: Line, index: number) => Label | null): Line[] {
  return lines.map((line, i) => {
    if (line.label !== null) return line;
    const label = decide(line, i);
    return label === null ? line : { ...line, label };
  });
}

/** Applies labels decided by index (a pass that looks at neighbours collects them first). */
export function applyLabels(lines: readonly Line[], labels: ReadonlyMap<number, Label>): Line[] {
  if (labels.size === 0) return lines as Line[];
  return lines.map((line, i) => {
    const label = labels.get(i);
    return label === undefined || line.label !== null ? line : { ...line, label };
  });
}

/** Index of the first line that starts the article text, or -1: a long sentence, or a wire dateline opening a paragraph. */
export function firstParagraphIndex(lines: readonly Line[], isParagraph: (text: string) => boolean): number {
  return lines.findIndex((l) => l.label === null && isParagraph(l.text));
}
