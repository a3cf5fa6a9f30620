/**
 * `Descrizione delle fasi di attuazione`: numbered phases, often in two columns (1–4 on the left,
 * 5–8 on the right). A cell holding a small whole number starts a phase; the text cells after it
 * (up to the next number) are its activity. A row of text without a number continues the count.
 * A column headed `Tempistica` (or `Tempi`, `Scadenza`) holds each phase's Tempistica.
 */
import { a1 } from '../grid';
import type { Fase } from '../model';
import { normalizeText } from '../values';
import { sectionRange, type Block } from './blocks';
import { isTempisticaLabel } from './labels';

const MAX_FASE = 99;

function faseNumber(block: Block, row: number, col: number): number | null {
  const c = block.view.cell(row, col);
  if (!c) return null;
  if (typeof c.v === 'number') return Number.isInteger(c.v) && c.v >= 1 && c.v <= MAX_FASE ? c.v : null;
  if (typeof c.v === 'string') {
    const m = /^(?:fase\s*)?(\d{1,2})\s*[.)°-]?$/.exec(normalizeText(c.v));
    return m ? Number(m[1]) : null;
  }
  return null;
}

export function readFasi(block: Block): Fase[] {
  const hit = block.sections.find((s) => s.section === 'fasi');
  if (!hit) return [];
  const { from, to } = sectionRange(block, hit);
  const { view } = block;
  const fasi: Fase[] = [];
  let last = 0;
  const tempiCols = new Set<number>();
  for (let r = from; r < to; r++) {
    const cols = view.filledColumns(r);
    const heads = cols.filter((c) => isTempisticaLabel(view.text(r, c) ?? ''));
    if (heads.length > 0) {
      // The table's header row (`N.` | `Attività` | `Tempistica`): columns, not a phase.
      heads.forEach((c) => tempiCols.add(c));
      continue;
    }
    if (r === from) continue;
    let current: { numero: number; col: number | null; parts: { col: number; text: string }[]; tempi: { col: number; text: string } | null } | null = null;
    const flush = () => {
      if (current && current.parts.length > 0) {
        const cells: Record<string, string> = { attivita: a1(r, current.parts[0].col) };
        if (current.col !== null) cells.numeroFase = a1(r, current.col);
        if (current.tempi) cells.tempistica = a1(r, current.tempi.col);
        fasi.push({
          numero: current.numero,
          attivita: current.parts.map((p) => p.text).join(' '),
          tempistica: current.tempi?.text ?? null,
          inizio: null,
          fine: null,
          previsto: null,
          ottenuto: null,
          mesiSegnati: null,
          source: { sheet: view.name, row: r + 1, cells },
        });
      }
      if (current) last = Math.max(last, current.numero);
    };
    for (const c of cols) {
      const n = faseNumber(block, r, c);
      if (n !== null) {
        flush();
        current = { numero: n, col: c, parts: [], tempi: null };
        continue;
      }
      const text = view.text(r, c);
      if (text === null) continue;
      if (!current) current = { numero: last + 1, col: null, parts: [], tempi: null };
      if (tempiCols.has(c)) current.tempi = { col: c, text };
      else current.parts.push({ col: c, text });
    }
    flush();
  }
  return fasi.sort((a, b) => a.numero - b.numero);
}
