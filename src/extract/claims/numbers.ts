/** Number words and written figures -> values: "1,200" -> 1200, "3.4" + "billion" -> 3.4e9, "twenty-five" -> 25. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

/** A figure as written ("1,200", "12.5", "3") -> its value; null when it is not a plain figure. */
export function parseFigure(text: string): number | null {
  const t = text.replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A number word or hyphenated compound ("four", "twenty-five") -> value; null otherwise. */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w]!;
  const m = w.match(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/);
  return m ? UNITS[m[1]!]! + UNITS[m[2]!]! : null;
}

/** "10-20" or "10–20" written as one token -> [10, 20]. */
export function parseFigureRange(text: string): [number, number] | null {
  const m = text.match(/^(\d[\d,.]*)[-–](\d[\d,.]*)$/);
  if (!m) return null;
  const a = parseFigure(m[1]!);
  const b = parseFigure(m[2]!);
  return a !== null && b !== null && a < b ? [a, b] : null;
}

/** Rounds away float noise from scaling (3.4 * 1e9). */
export const clean = (n: number): number => Number(n.toPrecision(12));
