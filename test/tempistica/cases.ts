/** Loading the phrase tables of test/fixtures/tempistica and comparing a reading with a case. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Schedule, TempisticaKind } from '../../src/core/tempistica';

export interface PhraseCase {
  text: string;
  years: number[];
  planYear?: number | null;
  kind: TempisticaKind;
  /** `YYYY-MM` or `YYYY-MM..YYYY-MM` (inclusive). */
  months: string[];
  deadlines: string[];
  deadlineDate?: string | null;
  note?: string | null;
}

export function loadCases(file: string): PhraseCase[] {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'tempistica', file), 'utf8')) as { cases: PhraseCase[] };
  return raw.cases;
}

/** `2025-11..2026-02` → every month in between, inclusive. */
export function expandMonths(specs: string[]): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    const [a, b] = spec.split('..');
    if (!b) {
      out.push(a);
      continue;
    }
    let [y, m] = a.split('-').map(Number);
    const [y2, m2] = b.split('-').map(Number);
    while (y < y2 || (y === y2 && m <= m2)) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return [...new Set(out)].sort();
}

/** What a case expects, in the shape of a Schedule (only the fields the case names). */
export function expected(c: PhraseCase): Partial<Schedule> {
  const e: Partial<Schedule> = { kind: c.kind, months: expandMonths(c.months), deadlines: expandMonths(c.deadlines) };
  if (c.deadlineDate !== undefined) e.deadlineDate = c.deadlineDate;
  if (c.note !== undefined) e.note = c.note;
  return e;
}

/** The same fields of the actual reading. */
export function actual(s: Schedule, c: PhraseCase): Partial<Schedule> {
  const a: Partial<Schedule> = { kind: s.kind, months: s.months, deadlines: s.deadlines };
  if (c.deadlineDate !== undefined) a.deadlineDate = s.deadlineDate;
  if (c.note !== undefined) a.note = s.note;
  return a;
}

export function ctxOf(c: PhraseCase): { years: number[]; planYear: number | null } {
  return { years: c.years, planYear: c.planYear === undefined ? (c.years[0] ?? null) : c.planYear };
}
