/**
 * The chrono configuration news needs: chrono's parsers for stated calendar dates, our parsers for
 * what chrono reads as points or not at all (periods, quarters, halves, seasons, fiscal years,
 * decades, bare years, anchored dates), then refiners that turn every result into an interval.
 */
// English only: the package root also loads every other locale (~0.2 s of CPU per thread that imports it).
import * as chrono from 'chrono-node/en';
import type { Parser, Refiner } from 'chrono-node';
import { agoParser } from './parsers/ago.js';
import { countedAnchorParser, namedAnchorParser } from './parsers/anchored.js';
import { dayWordParser } from './parsers/day-word.js';
import { decadeParser } from './parsers/decade.js';
import { fiscalYearParser } from './parsers/fiscal-year.js';
import { codedPartParser, firstMonthsParser, spelledPartParser } from './parsers/quarter-half.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { seasonParser } from './parsers/season.js';
import { weekdayParser } from './parsers/weekday.js';
import { yearParser } from './parsers/year.js';
import { anchoredRefiner } from './refiners/anchored.js';
import { monthModifierRefiner, relativeYearRefiner, weekdayDateRefiner } from './refiners/merges.js';
import { modifierRefiner } from './refiners/modifier.js';
import { properNamesRefiner } from './refiners/proper-names.js';
import { rangeRefiner } from './refiners/range.js';
import { sinceRefiner } from './refiners/since.js';
import { statedRefiner } from './refiners/stated.js';
import { isMarked, valueOf, UNRESOLVED_TAG } from './mark.js';

/**
 * chrono's parsers for dates the text states on a calendar. Left out: its relative, casual,
 * weekday, "within"/"later"/"ago" and time parsers, which give points where news needs intervals
 * (ours replace them), and which would turn times ("at 3 p.m.") into dates.
 */
const CHRONO_PARSERS = [
  'ISOFormatParser', // 2024-06-03
  'ENYearMonthDayParser', // 2024/06/03
  'SlashDateFormatParser', // 7/8/07, 13/06/2024 (month first unless the first number exceeds 12)
  'ENMonthNameLittleEndianParser', // 3 June 2024, the 3rd of June
  'ENMonthNameMiddleEndianParser', // June 3, 2024; March 3-5
  'ENMonthNameParser', // June 2024, in June
  'ENSlashMonthFormatParser', // 06/2024
  'ENYearMonthNameParser', // 2024 June
] as const;
/** chrono's filter for numbers-only matches and impossible dates (our "May" rule is in proper-names.ts). */
const CHRONO_FILTERS = ['UnlikelyFormatFilter'] as const;

function pick<T extends object>(items: readonly T[], names: readonly string[]): T[] {
  return names.map((name) => {
    const found = items.find((item) => item.constructor.name === name);
    // A renamed chrono class would silently drop a date format: fail loudly instead.
    if (!found) throw new Error(`chrono-node no longer has ${name}; update src/extract/dates/chrono-config.ts`);
    return found;
  });
}

/** Runs a chrono filter on chrono's own results only: it would drop our bare years ("2023") as numbers-only. */
function onChronoResults(refiner: Refiner): Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(refiner.refine(context, results.filter((r) => !isMarked(r))));
      return results.filter((r) => isMarked(r) || kept.has(r));
    },
  };
}

/** Keeps what every result must be by the end: an interval, an unresolved date, or nothing. */
const finalFilter: Refiner = {
  refine: (_context, results) => results.filter((r) => isMarked(r) && (r.tags().has(UNRESOLVED_TAG) || valueOf(r) !== null)),
};

export function createDateChrono(): chrono.Chrono {
  const casual = chrono.casual;
  const builtIn = pick<Parser>(casual.parsers, CHRONO_PARSERS);
  const [unlikely] = pick<Refiner>(casual.refiners, CHRONO_FILTERS);
  const [overlap] = pick<Refiner>(casual.refiners, ['OverlapRemovalRefiner']);
  // Ours come first: on an equally long overlap the earlier parser's result is kept.
  const parsers: Parser[] = [
    fiscalYearParser,
    spelledPartParser,
    codedPartParser,
    firstMonthsParser,
    seasonParser,
    decadeParser,
    relativePeriodParser,
    agoParser,
    countedAnchorParser,
    namedAnchorParser,
    dayWordParser,
    weekdayParser,
    ...builtIn,
    yearParser,
  ];
  const refiners: Refiner[] = [
    onChronoResults(unlikely!),
    properNamesRefiner, // before overlap removal, so a rejected name cannot hide a shorter good match
    overlap!, // the longest of overlapping matches wins
    statedRefiner, // chrono's results become intervals; from here on every result is marked
    weekdayDateRefiner, // "Friday, June 3"
    relativeYearRefiner, // "June last year"
    monthModifierRefiner, // "last March"
    modifierRefiner, // "early 2009", "later this year"
    rangeRefiner, // "from March to May" (after modifiers: "from early 2009 to late 2010")
    sinceRefiner, // "since 2023"
    overlap!, // an extended span may now reach a neighbour
    anchoredRefiner, // "three days later": needs the final order of resolved dates
    finalFilter,
  ];
  return new chrono.Chrono({ parsers, refiners });
}
