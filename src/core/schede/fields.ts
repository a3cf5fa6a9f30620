/**
 * The fields of a scheda's top part, found by their labels: settore, responsabile, DUP, obiettivo,
 * descrizione (and peso / anno when the heading lacks them).
 */
import { a1 } from '../grid';
import type { RawValue } from '../model';
import type { Block, FieldHit } from './blocks';
import { normalizeHeader } from '../values';
import { matchField, matchSection, type FieldLabel } from './labels';

export interface FieldValue {
  text: string;
  cell: string;
  /** The cell's own value (null for a value written after the label's colon). */
  raw: RawValue | null;
}

function isLabelText(text: string): boolean {
  return matchField(text) !== null || matchSection(text) !== null;
}

/**
 * A field's value: after the label's colon in the same cell, else the next cell to the right
 * (unless it is another label: `SETTORE | RESPONSABILE` heads a row of values), else the cell
 * below the label.
 */
function fieldValue(block: Block, hit: FieldHit): FieldValue | null {
  const { view } = block;
  if (hit.inline !== null) return { text: hit.inline, cell: a1(hit.row, hit.col), raw: null };
  const right = view.filledColumns(hit.row, view.spanEnd(hit.row, hit.col) + 1)[0];
  if (right !== undefined) {
    const t = view.text(hit.row, right);
    if (t !== null && !isLabelText(t)) return { text: t, cell: a1(hit.row, right), raw: view.raw(hit.row, right) };
  }
  const below = hit.row + 1;
  if (below >= block.end) return null;
  for (let c = hit.col; c <= view.spanEnd(hit.row, hit.col); c++) {
    if (view.covered(below, c) && view.owner(below, c).col < hit.col) continue;
    const o = view.owner(below, c);
    const t = view.text(o.row, o.col);
    if (t === null) continue;
    return isLabelText(t) ? null : { text: t, cell: a1(o.row, o.col), raw: view.raw(o.row, o.col) };
  }
  return null;
}

/** The fields of the scheda's top part: label hits above the first section. */
export function readFields(block: Block): Partial<Record<FieldLabel, FieldValue | null>> {
  const firstSection = block.sections.length > 0 ? Math.min(...block.sections.map((s) => s.row)) : block.end;
  const out: Partial<Record<FieldLabel, FieldValue | null>> = {};
  // The label named like the field wins over its synonyms: with both `SETTORE` and `SERVIZIO`
  // on a scheda, the settore is the one under `SETTORE`.
  const named = (h: FieldHit) => (normalizeHeader((block.view.text(h.row, h.col) ?? '').split(':')[0]) === h.field ? 0 : 1);
  const hits = block.fields.filter((h) => h.row < firstSection).sort((a, b) => named(a) - named(b));
  for (const hit of hits) {
    if (hit.field in out) continue;
    out[hit.field] = fieldValue(block, hit);
  }
  return out;
}
