/**
 * `VERIFICA INTERMEDIA AL … / VERIFICA FINALE AL …` (their dates) and the `Analisi degli
 * scostamenti`, side by side: the left block is the verifica intermedia, the right one the
 * finale. A verifica is produced only when the scheda says something about it.
 */
import { a1 } from '../grid';
import type { RawValue, Verifica } from '../model';
import { sectionRange, type Block, type SectionHit } from './blocks';
import { matchAnalisi, matchField, matchSection, type AnalisiLabel } from './labels';

type Tipo = Verifica['tipo'];

interface Collected {
  data: RawValue | null;
  testi: Partial<Record<AnalisiLabel, { text: string; cell: string }>>;
  row: number;
}

const FIELD_OF: Record<AnalisiLabel, 'cause' | 'effetti' | 'provvedimentiIntrapresi' | 'provvedimentiDaAttivare'> = {
  cause: 'cause',
  effetti: 'effetti',
  intrapresi: 'provvedimentiIntrapresi',
  daAttivare: 'provvedimentiDaAttivare',
};

function isLabel(text: string): boolean {
  return matchSection(text) !== null || matchAnalisi(text) !== null || matchField(text) !== null;
}

/** The date of a `VERIFICA … AL` label: in the same cell after `al`, or the next cell to the right. */
function verificaDate(block: Block, hit: SectionHit, limit: number): RawValue | null {
  const { view } = block;
  const own = view.text(hit.row, hit.col) ?? '';
  const m = /\bal\s+(.+)$/i.exec(own);
  if (m && /\d/.test(m[1])) return { v: m[1].trim(), cell: a1(hit.row, hit.col) };
  for (const c of view.filledColumns(hit.row, hit.col + 1, limit - 1)) {
    const t = view.text(hit.row, c) ?? '';
    if (isLabel(t)) return null;
    return view.raw(hit.row, c);
  }
  return null;
}

function collectAnalisi(block: Block, hit: SectionHit, endCol: number, into: Collected): void {
  const { view } = block;
  const { to } = sectionRange(block, hit);
  for (let r = hit.row + 1; r < to; r++) {
    const cols = view.filledColumns(r, hit.col, endCol - 1);
    if (cols.length === 0) continue;
    const raw = view.text(r, cols[0]) ?? '';
    const label = matchAnalisi(raw);
    if (!label) continue;
    const colon = raw.indexOf(':');
    const inline = colon >= 0 ? raw.slice(colon + 1).trim() : '';
    if (inline.length > 0) {
      into.testi[label] = { text: inline, cell: a1(r, cols[0]) };
      continue;
    }
    const valueCol = cols.slice(1).find((c) => !isLabel(view.text(r, c) ?? ''));
    if (valueCol !== undefined) into.testi[label] = { text: view.text(r, valueCol) ?? '', cell: a1(r, valueCol) };
  }
}

export function readVerifiche(block: Block): Verifica[] {
  const { view } = block;
  const collected: Record<Tipo, Collected> = {
    intermedia: { data: null, testi: {}, row: block.start },
    finale: { data: null, testi: {}, row: block.start },
  };
  const vi = block.sections.find((s) => s.section === 'verificaIntermedia');
  const vf = block.sections.find((s) => s.section === 'verificaFinale');
  if (vi) {
    collected.intermedia.data = verificaDate(block, vi, vf && vf.row === vi.row && vf.col > vi.col ? vf.col : Number.MAX_SAFE_INTEGER);
    collected.intermedia.row = vi.row;
  }
  if (vf) {
    collected.finale.data = verificaDate(block, vf, Number.MAX_SAFE_INTEGER);
    collected.finale.row = vf.row;
  }
  const analisiRow = block.sections.find((s) => s.section === 'analisi')?.row;
  if (analisiRow !== undefined) {
    const hits = block.sections.filter((s) => s.section === 'analisi' && s.row === analisiRow).sort((a, b) => a.col - b.col);
    // Two blocks: intermedia then finale; one alone is the finale's.
    const tipi: Tipo[] = hits.length >= 2 ? ['intermedia', 'finale'] : ['finale'];
    hits.slice(0, 2).forEach((h, i) => {
      const endCol = hits[i + 1]?.col ?? Number.MAX_SAFE_INTEGER;
      collectAnalisi(block, h, endCol, collected[tipi[i]]);
    });
  }
  const out: Verifica[] = [];
  for (const tipo of ['intermedia', 'finale'] as Tipo[]) {
    const c = collected[tipo];
    const has = (k: AnalisiLabel) => (c.testi[k]?.text ?? '').trim().length > 0;
    if (!c.data && !(Object.keys(FIELD_OF) as AnalisiLabel[]).some(has)) continue;
    const cells: Record<string, string> = {};
    if (c.data?.cell) cells.data = c.data.cell;
    const text = (k: AnalisiLabel): string | null => {
      const t = c.testi[k];
      if (!t || t.text.trim() === '') return null;
      cells[FIELD_OF[k]] = t.cell;
      return t.text.trim();
    };
    out.push({
      tipo,
      data: c.data,
      cause: text('cause'),
      effetti: text('effetti'),
      provvedimentiIntrapresi: text('intrapresi'),
      provvedimentiDaAttivare: text('daAttivare'),
      source: { sheet: view.name, row: c.row + 1, cells },
    });
  }
  return out;
}
