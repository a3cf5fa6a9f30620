/**
 * Finding the schede on a sheet: each starts at a heading row (header.ts) and runs to the next
 * heading or the end of the sheet, so a sheet may hold one scheda, several one under the other,
 * or none. Inside a block, every label cell is indexed once for the section readers.
 */
import type { SheetGrid } from '../grid';
import { readHeader, type SchedaHeader } from './header';
import { matchField, matchGroup, matchSection, type FieldMatch, type SectionLabel } from './labels';
import { SheetView } from './sheet-view';

export interface SectionHit {
  section: SectionLabel;
  row: number;
  col: number;
}

export interface FieldHit extends FieldMatch {
  row: number;
  col: number;
}

export interface Block {
  view: SheetView;
  header: SchedaHeader;
  /** First row after the heading. */
  start: number;
  /** Row after the last row of the block (exclusive). */
  end: number;
  sections: SectionHit[];
  fields: FieldHit[];
}

/** Rows after a heading in which a SETTORE or OBIETTIVO label confirms it. */
const CONFIRM_ROWS = 8;

function isLabelRow(view: SheetView, row: number): boolean {
  const first = view.filledColumns(row)[0];
  if (first === undefined) return false;
  const t = view.text(row, first) ?? '';
  return matchField(t) !== null || matchSection(t) !== null || matchGroup(t) !== null;
}

/** A row opening with a label is a heading only as `Obiettivo` | `n° 5` | … | `PESO` | `10`. */
function headingAllowed(view: SheetView, row: number, h: SchedaHeader): boolean {
  if (!isLabelRow(view, row)) return true;
  const first = view.filledColumns(row)[0];
  return h.peso !== null && matchField(view.text(row, first) ?? '')?.field === 'titolo';
}

function confirmed(view: SheetView, header: SchedaHeader): boolean {
  if (header.peso !== null) return true;
  const last = Math.min(view.rowCount, header.row + 1 + CONFIRM_ROWS);
  for (let r = header.row + 1; r < last; r++) {
    for (const c of view.filledColumns(r)) {
      const f = matchField(view.text(r, c) ?? '');
      if (f && (f.field === 'settore' || f.field === 'titolo')) return true;
    }
  }
  return false;
}

/** The headings of a sheet, top to bottom. */
function findHeaders(view: SheetView): SchedaHeader[] {
  const out: SchedaHeader[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const h = readHeader(view, r);
    if (h && headingAllowed(view, r, h) && confirmed(view, h)) out.push(h);
  }
  return out;
}

function indexLabels(view: SheetView, start: number, end: number): { sections: SectionHit[]; fields: FieldHit[] } {
  const sections: SectionHit[] = [];
  const fields: FieldHit[] = [];
  for (let r = start; r < end; r++) {
    for (const c of view.filledColumns(r)) {
      const t = view.text(r, c);
      if (t === null) continue;
      const s = matchSection(t);
      if (s) {
        sections.push({ section: s, row: r, col: c });
        continue;
      }
      const f = matchField(t);
      if (f) fields.push({ ...f, row: r, col: c });
    }
  }
  return { sections: sections.filter((h) => !ambiguousVerifica(view, h, sections)), fields };
}

/**
 * A bare `verifica intermedia` may be an indicator's or a phase's name: it is the section only
 * with its `AL`, beside the other verifica, or above the `MEDIA …` rows.
 */
function ambiguousVerifica(view: SheetView, hit: SectionHit, all: SectionHit[]): boolean {
  if (hit.section !== 'verificaIntermedia' && hit.section !== 'verificaFinale') return false;
  if (/\bal\b/i.test(view.text(hit.row, hit.col) ?? '')) return false;
  const other = hit.section === 'verificaIntermedia' ? 'verificaFinale' : 'verificaIntermedia';
  return !all.some((s) => (s.section === other && s.row === hit.row) || (s.section === 'media' && s.row === hit.row + 1));
}

export function findBlocks(sheet: SheetGrid): Block[] {
  if (sheet.generated) return [];
  const view = new SheetView(sheet);
  // A heading repeated without a SETTORE or OBIETTIVO of its own (copied at the top of a second
  // printed page) continues the scheda above it rather than opening a new one.
  const headers = findHeaders(view).filter((h, i, all) => {
    const prev = all[i - 1];
    if (!prev || prev.numero?.value !== h.numero?.value) return true;
    const { fields } = indexLabels(view, h.row + 1, all[i + 1]?.row ?? view.rowCount);
    return fields.some((f) => f.field === 'settore' || f.field === 'titolo');
  });
  return headers.map((header, i) => {
    const start = header.row + 1;
    const end = headers[i + 1]?.row ?? view.rowCount;
    return { view, header, start, end, ...indexLabels(view, start, end) };
  });
}

/** The rows of a section: from its label row to the next section label below it. */
export function sectionRange(block: Block, hit: SectionHit): { from: number; to: number } {
  const next = block.sections.filter((s) => s.row > hit.row).map((s) => s.row);
  return { from: hit.row, to: next.length > 0 ? Math.min(...next) : block.end };
}

export function firstSection(block: Block, section: SectionLabel): SectionHit | null {
  return block.sections.find((s) => s.section === section) ?? null;
}
