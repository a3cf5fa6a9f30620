/**
 * `scheduleFasi`: the schedules of one objective's phases.
 *
 * Each phase's months come from, in order of precedence: its Inizio/Fine cells (source
 * `inizio-fine`), the months marked in a scheda's cronoprogramma (`cronoprogramma`), its
 * Tempistica text (`tempistica`); an empty text gives `sconosciuta` with source `nessuna`.
 *
 * Chaining (docs/tempistica.md#concatenazione-delle-scadenze): a deadline-only phase (`Entro 31/07/2026`, or a Fine without Inizio)
 * has a bar that starts the month after the end of the phases before it (in phase order) and
 * ends at its deadline; the first starts in January of its deadline's year.
 * How the other phases take part, decided here:
 * - Phases with a bounded span (intervallo, mesi, Inizio/Fine, cronoprogramma marks) move the
 *   chain on: a deadline after `Da gennaio a marzo` starts in April.
 * - Whole-year phases (annuale, ricorrente, or a bar running January to December) do not: they
 *   run alongside the others, and would otherwise put every later deadline out of order.
 * - The chain follows the latest end so far in the deadline's year (else the latest earlier
 *   end), so a deadline out of order does not pull later phases back.
 * - A deadline in the same month as the end of the phases before it runs in parallel with the
 *   latest of them (same bar), without being out of order; a deadline before that end is the
 *   deadline month alone, with `outOfOrder`.
 * - Phases with one deadline per year (a yearless text in a multi-year objective) chain year by
 *   year.
 */
import type { Fase } from '../model';
import { fromYearMonth, isoDate, monthIndex, monthOf, runs, sortUnique, span, toYearMonth, yearOf, type MonthIndex } from './months';
import { readTempistica, unknownSchedule } from './read';
import { deadlinesWithin, isOneBar, markedMonths, readInizioFine, type CellMonth } from './sources';
import type { PhaseSchedule, Schedule, TempisticaContext, YearMonth } from './types';

interface Bar {
  start: MonthIndex;
  end: MonthIndex;
}

/** The bar of a deadline given the bars of the phases before it. */
function chainedBar(deadline: MonthIndex, before: Bar[]): { bar: Bar; outOfOrder: boolean } {
  if (before.length === 0) return { bar: { start: monthIndex(yearOf(deadline), 1), end: deadline }, outOfOrder: false };
  const latest = (bars: Bar[]) => bars.reduce<Bar | null>((m, b) => (m === null || b.end > m.end ? b : m), null);
  const ref = latest(before.filter((b) => yearOf(b.end) === yearOf(deadline))) ?? latest(before.filter((b) => b.end < deadline));
  if (ref === null || ref.end > deadline) return { bar: { start: deadline, end: deadline }, outOfOrder: true };
  if (ref.end === deadline) return { bar: { start: ref.start, end: deadline }, outOfOrder: false };
  return { bar: { start: ref.end + 1, end: deadline }, outOfOrder: false };
}

/** Bars a phase adds to the chain: its runs of months, except whole calendar years. */
function barsOf(months: MonthIndex[]): Bar[] {
  return runs(months)
    .filter(([a, b]) => !(monthOf(a) === 1 && monthOf(b) === 12))
    .map(([start, end]) => ({ start, end }));
}

function ym(months: MonthIndex[]): string[] {
  return sortUnique(months).map(toYearMonth);
}

/** A deadline-only phase (a `scadenza` text, or a Fine alone) chained after `before`. */
function chain(base: Schedule, deadlines: MonthIndex[], before: Bar[], source: PhaseSchedule['source']): { schedule: PhaseSchedule; bars: Bar[] } {
  const bars: Bar[] = [];
  let outOfOrder = false;
  for (const d of sortUnique(deadlines)) {
    const r = chainedBar(d, before);
    bars.push(r.bar);
    outOfOrder ||= r.outOfOrder;
  }
  const months = bars.flatMap((b) => span(b.start, b.end));
  return { schedule: { ...base, kind: 'scadenza', months: ym(months), deadlines: ym(deadlines), source, outOfOrder }, bars };
}

function fromCells(start: CellMonth | null, end: CellMonth | null, text: Schedule, before: Bar[]): { schedule: PhaseSchedule; bars: Bar[] } {
  const note = text.note;
  if (end && !start) {
    const base: Schedule = { kind: 'scadenza', months: [], deadlines: [], deadlineDate: isoDate(end.month, end.day), note };
    return chain(base, [end.month], before, 'inizio-fine');
  }
  const s = start as CellMonth;
  let last: MonthIndex;
  let deadlineDate: string | null = null;
  if (end) {
    last = end.month;
    deadlineDate = isoDate(end.month, end.day);
  } else {
    // Inizio alone: up to the text's last month when it comes later, else to December.
    const textMonths = text.months.map(fromYearMonth).filter((m): m is MonthIndex => m !== null);
    const textEnd = textMonths.length > 0 ? Math.max(...textMonths) : null;
    last = textEnd !== null && textEnd >= s.month ? textEnd : monthIndex(yearOf(s.month), 12);
    if (text.deadlineDate && fromYearMonth(text.deadlineDate.slice(0, 7)) === last) deadlineDate = text.deadlineDate;
  }
  if (last < s.month) {
    // Fine before Inizio: the Fine month alone, flagged like a deadline out of order.
    const schedule: PhaseSchedule = { kind: 'intervallo', months: ym([last]), deadlines: ym([last]), deadlineDate, note, source: 'inizio-fine', outOfOrder: true };
    return { schedule, bars: [{ start: last, end: last }] };
  }
  const months = span(s.month, last);
  const schedule: PhaseSchedule = { kind: 'intervallo', months: ym(months), deadlines: ym([last]), deadlineDate, note, source: 'inizio-fine', outOfOrder: false };
  return { schedule, bars: barsOf(months) };
}

function fromMarks(marks: MonthIndex[], text: Schedule): { schedule: PhaseSchedule; bars: Bar[] } {
  const oneBar = isOneBar(marks);
  const fromText = deadlinesWithin(text, marks);
  const deadlines = fromText.length > 0 ? fromText : oneBar ? [marks[marks.length - 1]] : [];
  const dateMonth = text.deadlineDate ? fromYearMonth(text.deadlineDate.slice(0, 7)) : null;
  const schedule: PhaseSchedule = {
    kind: oneBar ? 'intervallo' : 'mesi',
    months: ym(marks),
    deadlines: ym(deadlines),
    deadlineDate: dateMonth !== null && marks.includes(dateMonth) ? text.deadlineDate : null,
    note: text.note,
    source: 'cronoprogramma',
    outOfOrder: false,
  };
  return { schedule, bars: barsOf(marks) };
}

function fromText(text: Schedule, hasText: boolean, before: Bar[]): { schedule: PhaseSchedule; bars: Bar[] } {
  if (!hasText) return { schedule: { ...unknownSchedule(), source: 'nessuna', outOfOrder: false }, bars: [] };
  const months = text.months.map(fromYearMonth).filter((m): m is MonthIndex => m !== null);
  if (text.kind === 'scadenza') {
    const deadlines = text.deadlines.map(fromYearMonth).filter((m): m is MonthIndex => m !== null);
    return chain(text, deadlines, before, 'tempistica');
  }
  const schedule: PhaseSchedule = { ...text, source: 'tempistica', outOfOrder: false };
  const moves = text.kind === 'intervallo' || text.kind === 'mesi';
  return { schedule, bars: moves ? barsOf(months) : [] };
}

/*
 * Plans repeat the same Tempistica texts («Entro 31/12/2025», «Mensile») across thousands of
 * phases, and a reading costs tens of microseconds: readings are kept per (text, years, plan
 * year). The reader is pure, so a kept reading is the reading; each caller gets its own arrays.
 * Bounded: the cache starts over past READINGS_KEPT texts.
 */
const READINGS_KEPT = 20_000;
const readings = new Map<string, Schedule>();

function readCached(raw: string, ctx: TempisticaContext): Schedule {
  const key = `${ctx.planYear ?? ''}|${Array.isArray(ctx.years) ? ctx.years.join(',') : ''}|${raw}`;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    reading = readTempistica(raw, ctx);
    readings.set(key, reading);
  }
  return { ...reading, months: [...reading.months], deadlines: [...reading.deadlines] };
}

/** One phase, given the bars of the phases before it. */
function schedulePhase(f: Fase, ctx: TempisticaContext, before: Bar[]): { schedule: PhaseSchedule; bars: Bar[] } {
  const raw = typeof f.tempistica === 'string' ? f.tempistica : '';
  const hasText = raw.trim().length > 0;
  const text = hasText ? readCached(raw, ctx) : unknownSchedule();
  const { start, end } = readInizioFine(f.inizio ?? null, f.fine ?? null, ctx);
  if (start || end) return fromCells(start, end, text, before);
  const marks = markedMonths(f.mesiSegnati);
  if (marks.length > 0) return fromMarks(marks, text);
  return fromText(text, hasText, before);
}

/**
 * What the cronoprogramma draws for one Tempistica text (`peg tempistica`): as the first phase of
 * an objective (`after` null: a lone deadline runs from January of its year), or as a later phase
 * chained after one that ended in the month `after`.
 */
export function drawTempistica(text: string, ctx: TempisticaContext, after: YearMonth | null = null): PhaseSchedule {
  const reading = readTempistica(text, ctx);
  const end = after === null ? null : fromYearMonth(after);
  const before: Bar[] = end === null ? [] : [{ start: end, end }];
  return fromText(reading, typeof text === 'string' && text.trim() !== '', before).schedule;
}

/** Schedules of an objective's phases, in the order given; chaining follows the phase numbers. */
export function scheduleFasi(fasi: Fase[], ctx: TempisticaContext): PhaseSchedule[] {
  const order = fasi.map((f, i) => ({ f, i })).sort((x, y) => (x.f.numero ?? 0) - (y.f.numero ?? 0) || x.i - y.i);
  const out: PhaseSchedule[] = new Array(fasi.length);
  const bars: Bar[] = [];
  for (const { f, i } of order) {
    let r: { schedule: PhaseSchedule; bars: Bar[] };
    try {
      r = schedulePhase(f, ctx, bars);
    } catch {
      r = { schedule: { ...unknownSchedule(), source: 'nessuna', outOfOrder: false }, bars: [] };
    }
    out[i] = r.schedule;
    bars.push(...r.bars);
  }
  return out;
}
