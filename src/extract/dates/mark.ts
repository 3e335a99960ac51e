/**
 * How a resolved interval travels through chrono: every result our refiners pass on has each side
 * (start, and end for ranges) assigned to a day, tagged with the unit that day stands for. A result
 * tagged "unresolved" names a date we could not place (e.g. "three days later" with nothing before it).
 *
 * chrono's ParsingComponents.clone() drops tags, so only refiners that keep the component objects
 * (ours, OverlapRemovalRefiner, the range merger) may run after marking.
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import { dayNumber, unitInterval, ymdOf, type DateUnit, type DayInterval, type DayNumber } from './calendar.js';

const UNIT_TAG = 'dossier/unit/';
/** A side whose year (or week) was chosen among repeating occurrences; a range may roll it forward one cycle. */
export const CYCLE_TAG = 'dossier/cycle/';
export const UNRESOLVED_TAG = 'dossier/unresolved';
const ANCHOR_TAG = 'dossier/anchor/';

export type Cycle = 'week' | 'year';

/** Assigns `first` to the side and records the unit it starts. */
export function markSide(c: ParsingComponents, unit: DateUnit, first: DayNumber, cycle?: Cycle): ParsingComponents {
  const { year, month, day } = ymdOf(first);
  c.assign('year', year).assign('month', month).assign('day', day);
  c.addTag(UNIT_TAG + unit);
  if (cycle) c.addTag(CYCLE_TAG + cycle);
  return c;
}

export function unitOf(c: ParsingComponents): DateUnit | null {
  for (const tag of c.tags()) if (tag.startsWith(UNIT_TAG)) return tag.slice(UNIT_TAG.length) as DateUnit;
  return null;
}

export function cycleOf(c: ParsingComponents): Cycle | null {
  for (const tag of c.tags()) if (tag.startsWith(CYCLE_TAG)) return tag.slice(CYCLE_TAG.length) as Cycle;
  return null;
}

export const isMarked = (r: ParsingResult): boolean => unitOf(r.start) !== null || r.tags().has(UNRESOLVED_TAG) || anchorOf(r) !== null;

/** The day a marked side is assigned to. */
export const sideDay = (c: ParsingComponents): DayNumber => dayNumber(c.get('year')!, c.get('month')!, c.get('day')!);

export function sideInterval(c: ParsingComponents): DayInterval | null {
  const unit = unitOf(c);
  return unit === null ? null : unitInterval(unit, sideDay(c));
}

/** A one-sided result covering the whole `unit` that starts at `first`. */
export function unitResult(context: ParsingContext, index: number, text: string, unit: DateUnit, first: DayNumber, cycle?: Cycle): ParsingResult {
  const result = context.createParsingResult(index, text);
  markSide(result.start, unit, first, cycle);
  return result;
}

/** A result covering exactly `interval` (day-unit sides); one-sided when it is a single day. */
export function intervalResult(context: ParsingContext, index: number, text: string, interval: DayInterval): ParsingResult {
  const result = unitResult(context, index, text, 'day', interval.start);
  if (interval.end !== interval.start) result.end = markSide(context.createParsingComponents(), 'day', interval.end);
  return result;
}

/**
 * A result placed relative to the date mentioned before it ("three days later", "the next day"):
 * `amount` units of `unit` from that date; resolved (or marked unresolved) by the anchored refiner.
 */
export function anchoredResult(context: ParsingContext, index: number, text: string, unit: DateUnit, amount: number): ParsingResult {
  return context.createParsingResult(index, text).addTag(`${ANCHOR_TAG}${unit}/${amount}`);
}

export function anchorOf(r: ParsingResult): { unit: DateUnit; amount: number } | null {
  for (const tag of r.tags()) {
    if (!tag.startsWith(ANCHOR_TAG)) continue;
    const [unit, amount] = tag.slice(ANCHOR_TAG.length).split('/');
    return { unit: unit as DateUnit, amount: Number(amount) };
  }
  return null;
}

/** A result that names a date we cannot place. */
export function unresolvedResult(context: ParsingContext, index: number, text: string): ParsingResult {
  return context.createParsingResult(index, text).addTag(UNRESOLVED_TAG);
}

const PRECISION: Record<DateUnit, DatePrecision> = {
  day: 'day',
  week: 'week',
  weekend: 'range',
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  year: 'year',
  decade: 'range',
  season: 'range',
};

/** A marked result -> its interval and precision; null when unresolved. */
export function valueOf(r: ParsingResult): { interval: DayInterval; precision: DatePrecision } | null {
  if (r.tags().has(UNRESOLVED_TAG)) return null;
  const first = sideInterval(r.start);
  if (!first) return null;
  if (!r.end) return { interval: first, precision: PRECISION[unitOf(r.start)!] };
  const last = sideInterval(r.end);
  if (!last || last.end < first.start) return null;
  return { interval: { start: first.start, end: last.end }, precision: 'range' };
}

/** The publication day chrono was given as its reference (we always pass noon UTC of that day). */
export function referenceDay(context: ParsingContext): DayNumber {
  const d = context.reference.instant;
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
