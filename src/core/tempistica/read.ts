/**
 * `readTempistica`: one Tempistica text → a schedule (docs/tempistica.md). The text is normalised,
 * cut into tokens, its points grouped into segments, their years resolved (once per year of
 * the objective when the text names none), and the segments turned into months.
 */
import { build, MAX_MONTHS, recurrencePoints, type Built, type Deadline } from './build';
import { isoDate, monthIndex, sortUnique, span, toYearMonth, yearOf, type MonthIndex } from './months';
import { normalizeKeepingOffsets } from './normalize';
import { noteOf } from './note';
import { pointsOf, segmentsOf, type Segment } from './segments';
import { tokenize } from './tokenize';
import type { RecurToken, Token } from './tokens';
import type { Schedule, TempisticaContext } from './types';
import { contextYears, hasNoYear, resolveYears } from './years';

/** More years than this in one text is a misreading, not a plan. */
const MAX_YEARS = MAX_MONTHS / 12;

export function unknownSchedule(): Schedule {
  return { kind: 'sconosciuta', months: [], deadlines: [], deadlineDate: null, note: null };
}

const isYearSegment = (s: Segment): boolean =>
  (s.kind === 'single' && s.p.precision === 'year') || (s.kind === 'range' && s.a.precision === 'year');

/** The years named by year-only segments (`2025`, `2025/2027`, `dal 2025`); null when nonsensical. */
function yearsOf(segs: Segment[], fallback: number[]): number[] | null {
  const years: number[] = [];
  for (const s of segs) {
    if (s.kind === 'single') years.push(s.p.year as number);
    if (s.kind !== 'range') continue;
    const from = s.a.year as number;
    if (!s.b) {
      // `dal 2020`: the objective's years from then on (the years before are not its concern).
      const later = fallback.filter((y) => y >= from);
      years.push(...(later.length > 0 ? later : [from]));
      continue;
    }
    const to = s.b.year as number;
    if (to < from || to - from >= MAX_YEARS) return null;
    for (let y = from; y <= to; y++) years.push(y);
  }
  const unique = [...new Set(years)].sort((a, b) => a - b);
  return unique.length === 0 || unique[unique.length - 1] - unique[0] < MAX_YEARS ? unique : null;
}

function allMonths(years: number[]): MonthIndex[] {
  return years.flatMap((y) => span(monthIndex(y, 1), monthIndex(y, 12)));
}

function toSchedule(kind: Schedule['kind'], months: MonthIndex[], deadlines: Deadline[], note: string | null): Schedule {
  const ms = sortUnique(months);
  const ds = sortUnique(deadlines.map((d) => d.month)).filter((d) => ms.includes(d));
  const dated = deadlines.filter((d) => d.dated).sort((a, b) => a.month - b.month || (a.day ?? 99) - (b.day ?? 99));
  const lastDated = dated[dated.length - 1];
  return {
    kind,
    months: ms.map(toYearMonth),
    deadlines: ds.map(toYearMonth),
    deadlineDate: lastDated ? isoDate(lastDated.month, lastDated.day) : null,
    note,
  };
}

/** What one text offers, once tokenized: the parts the kinds are decided from. */
interface Reading {
  tokens: Token[];
  recur: RecurToken | undefined;
  /** Years named by year-only segments (`2025`, `Triennio 2025/2027`). */
  named: number[];
  /** The other segments: ranges, deadlines, single points. */
  rest: Segment[];
  /** Years for what the text leaves without one: the named years, else the context's. */
  baseYears: number[];
  /** The note, keeping some time tokens as prose. */
  note: (keep?: ReadonlySet<Token>) => string | null;
}

const recurrence = (months: MonthIndex[], every: number): Deadline[] =>
  recurrencePoints(months, every).map((m) => ({ month: m, day: null, dated: false }));

/** A text with no month in it: whole years (`2025`, `Annuale`) or a recurrence over them. */
function readYearsOnly(r: Reading): Schedule {
  const whole = r.tokens.some((t) => t.type === 'whole');
  if (!r.recur && !whole && r.named.length === 0) return unknownSchedule();
  // `Estate 2025`: the year alone would claim the whole year, which the text does not say.
  if (r.tokens.some((t) => t.type === 'word' && t.vague)) return unknownSchedule();
  if (r.baseYears.length === 0) return unknownSchedule();
  const months = allMonths(r.baseYears);
  if (r.recur) return toSchedule('ricorrente', months, recurrence(months, r.recur.every), r.note());
  return toSchedule('annuale', months, [], r.note());
}

/** A text with months, days or parts of the year. */
function readSegments(r: Reading): Schedule {
  // A text that names no year is read once per base year (each year of a multi-year objective).
  const bases: Array<number | null> = hasNoYear(r.rest) ? r.baseYears : [null];
  if (bases.length === 0) return unknownSchedule();
  const builds: Built[] = [];
  for (const base of bases) {
    const resolved = resolveYears(r.rest, base);
    const built = resolved && build(resolved);
    if (!built) return unknownSchedule();
    builds.push(built);
  }
  const months = sortUnique(builds.flatMap((b) => b.months));
  if (months.length > MAX_MONTHS) return unknownSchedule();
  // `entro il 30 giugno di ogni anno`: the months come from the date; `di ogni anno` says it
  // repeats, which the objective's years already give, so it stays visible as the note.
  const wholeWords = new Set(r.tokens.filter((t) => t.type === 'whole'));
  if (!r.recur) return toSchedule(builds[0].kind, months, builds.flatMap((b) => b.deadlines), r.note(wholeWords));

  // The recurrence qualifies the span the text gives, and stays visible as the note. A span is
  // a range or a part of the year; dates alone (`Trimestrale: 31/03, 30/06, …`) are the
  // recurrence points themselves, and the span is then their whole year(s).
  const hasSpan = r.rest.some((s) => s.kind === 'range' || (s.kind === 'single' && s.p.precision === 'period'));
  const spanMonths = hasSpan ? months : allMonths(sortUnique(months.map(yearOf)));
  return toSchedule('ricorrente', spanMonths, recurrence(spanMonths, r.recur.every), r.note(new Set([r.recur])));
}

function readTokens(text: string, tokens: Token[], ctx: TempisticaContext): Schedule {
  const points = pointsOf(tokens);
  const segments = segmentsOf(points.filter((p) => !p.prose));
  const ctxYears = contextYears(ctx);
  const named = yearsOf(segments.filter(isYearSegment), ctxYears);
  if (named === null) return unknownSchedule();
  // Years inside prose (`bilancio 2026`) are part of the note, not of the schedule.
  const proseStarts = new Set(points.filter((p) => p.prose).map((p) => p.start));
  const proseYears = tokens.filter((t) => t.type === 'point' && proseStarts.has(t.start));
  const reading: Reading = {
    tokens,
    recur: tokens.find((t): t is RecurToken => t.type === 'recur'),
    named,
    rest: segments.filter((s) => !isYearSegment(s)),
    baseYears: named.length > 0 ? named : ctxYears,
    note: (keep = new Set()) => noteOf(text, tokens, new Set([...proseYears, ...keep])),
  };
  return reading.rest.length === 0 ? readYearsOnly(reading) : readSegments(reading);
}

/** Reads one Tempistica text into a schedule (docs/tempistica.md). Pure; never throws. */
export function readTempistica(text: string, ctx: TempisticaContext): Schedule {
  try {
    if (typeof text !== 'string' || text.trim() === '') return unknownSchedule();
    const safeCtx: TempisticaContext = { years: Array.isArray(ctx?.years) ? ctx.years : [], planYear: ctx?.planYear ?? null };
    return readTokens(text, tokenize(normalizeKeepingOffsets(text)), safeCtx);
  } catch {
    // The reader's contract is to never throw: an unforeseen failure is an unreadable text.
    return unknownSchedule();
  }
}
