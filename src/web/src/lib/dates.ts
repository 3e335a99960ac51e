/** Readable forms of DateValues (inclusive ISO day intervals with a precision). */
import type { DateValue } from '../../../types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : day;
}

export function formatDateValue(value: DateValue | null | undefined): string {
  if (!value) return 'undated';
  if (value.start === null || value.end === null) return value.text ? `“${value.text}” (unresolved)` : 'unresolved date';
  const [y, mo] = value.start.split('-');
  switch (value.precision) {
    case 'year': return y!;
    case 'month': return `${MONTHS[Number(mo) - 1]} ${y}`;
    case 'quarter': return `Q${Math.floor((Number(mo) - 1) / 3) + 1} ${y}`;
    case 'half': return `${Number(mo) <= 6 ? 'H1' : 'H2'} ${y}`;
    default: return value.start === value.end ? formatDay(value.start) : `${formatDay(value.start)} – ${formatDay(value.end)}`;
  }
}

/** Days since 1970-01-01 of an ISO day, or NaN. */
export const dayNumber = (day: string): number => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000;
