/**
 * Builders of schede grids in the Caluso layout (seed 003) and of the equivalent register grids,
 * with the variations real workbooks show (split heading, moved columns, inserted rows, merges).
 */
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { MONTH_NAMES_IT } from '../../src/core/values';
import { CALUSO, type CalusoScheda } from '../fixtures/schede/caluso';

export interface SchedaExtras {
  /** Raggiunto per indicator index (finale column). */
  raggiunto?: Record<number, CellValue>;
  /** Months (1–12) marked per phase number in the cronoprogramma. */
  mesi?: Record<number, number[]>;
  /** Mark months by fill instead of an `X`. */
  markByFill?: boolean;
  personale?: { categoria: string; nominativo: string; partecipazione: CellValue; fmt?: string }[];
  verificaFinale?: { data?: string; cause?: string; effetti?: string; intrapresi?: string; daAttivare?: string };
  verificaIntermedia?: { data?: string; cause?: string };
}

export interface LayoutVariant {
  /** Heading in one cell (`…Obiettivo strategico n° 1 PESO: 10`) or split over cells. */
  heading?: 'single' | 'split';
  /** Column of the ATTESO label in the indicator groups (3 = D as in most schede, 2 = C). */
  attesoCol?: number;
  /** A free note row inserted after the title row. */
  noteAfterTitle?: string;
  /** Title one cell further right (C instead of B), as in one Polizia scheda. */
  titleShift?: boolean;
  /** Merge the title over B:F and the settore over A:B. */
  merges?: boolean;
  /** Heading labels in lower case and other wording (`Obiettivo n.`, `Peso %`). */
  altWording?: boolean;
}

type Row = (Cell | null)[];

function c(v: CellValue, extra: Partial<Cell> = {}): Cell {
  return { v, ...extra };
}

function row(...values: (CellValue | Cell | undefined)[]): Row {
  return values.map((v) => (v === undefined || v === null ? null : typeof v === 'object' && v !== null && 'v' in v ? (v as Cell) : c(v as CellValue)));
}

/** Rows of one scheda starting at `top` (0-based), and the merges it needs. */
export function schedaRows(s: CalusoScheda, top: number, extras: SchedaExtras = {}, variant: LayoutVariant = {}): { rows: Row[]; merges: string[] } {
  const rows: Row[] = [];
  const merges: string[] = [];
  const at = () => top + rows.length;
  const settoreCell = s.settore === 'TUTTI' ? '_____TUTTI_____' : s.settore;
  const resp = s.responsabile ?? 'Sig. _____';
  if (variant.heading === 'split') {
    rows.push(row('Comune di Caluso', `ANNO ${s.anno}`, variant.altWording ? 'Obiettivo n.' : 'Obiettivo strategico n°', s.numero, variant.altWording ? 'Peso %' : 'PESO:', c(s.peso / 100, { fmt: '0%' })));
  } else {
    const text = variant.altWording
      ? `Comune di Caluso anno ${s.anno} - obiettivo strategico n. ${s.numero} peso: ${s.peso}`
      : `Comune di Caluso ANNO ${s.anno} - Obiettivo strategico n° ${s.numero} PESO: ${s.peso}`;
    rows.push(row(text));
  }
  rows.push([]);
  rows.push(row('SETTORE', null, 'RESPONSABILE DI SERVIZIO', null, 'collegamento con Rel. Prev. Prog./DUP'));
  if (variant.merges) merges.push(`A${at() + 1}:B${at() + 1}`);
  rows.push(row(settoreCell, null, resp, null, null));
  if (variant.merges) merges.push(`B${at() + 1}:F${at() + 1}`);
  rows.push(variant.titleShift ? row('OBIETTIVO', null, s.titolo) : row('OBIETTIVO', s.titolo));
  if (variant.noteAfterTitle) rows.push(row(variant.noteAfterTitle));
  rows.push(row('descrizione obiettivo', s.descrizione || null));
  rows.push(row('Descrizione delle fasi di attuazione:'));
  for (let i = 1; i <= 4; i++) {
    rows.push(row(i, s.fasi[i - 1] ?? null, i + 4, s.fasi[i + 3] ?? null));
  }
  rows.push(row('INDICI DI RISULTATO'));
  const ac = variant.attesoCol ?? 3;
  for (const gruppo of ['Quantità', 'Tempo', 'Costo', 'Qualità'] as const) {
    const head: Row = [c(`Indici di ${gruppo}`)];
    head[ac] = c('ATTESO');
    head[ac + 1] = c('RAGGIUNTO');
    head[ac + 2] = c('Scost.');
    rows.push(head);
    s.indicatori.forEach((ind, i) => {
      if (ind.gruppo !== gruppo) return;
      const r: Row = [c(ind.descrizione)];
      r[ac] = ind.atteso !== null ? c(ind.atteso) : null;
      const ragg = extras.raggiunto?.[i];
      r[ac + 1] = ragg !== undefined && ragg !== null ? c(ragg) : null;
      rows.push(r);
    });
  }
  rows.push([]);
  rows.push(row('CRONOPROGRAMMA'));
  rows.push(row('FASI E TEMPI', ...MONTH_NAMES_IT.map((m) => m[0].toUpperCase() + m.slice(1))));
  for (let f = 1; f <= Math.max(6, s.fasi.length); f++) {
    const r: Row = [c(f)];
    for (const m of extras.mesi?.[f] ?? []) r[m] = extras.markByFill ? c(null, { filled: true }) : c('X');
    rows.push(r);
  }
  rows.push([]);
  const vi = extras.verificaIntermedia;
  const vf = extras.verificaFinale;
  rows.push(row('VERIFICA INTERMEDIA AL', vi?.data, null, null, 'VERIFICA FINALE AL', vf?.data));
  rows.push(row('MEDIA VALORE RAGGIUNTO %', null, null, null, 'MEDIA VALORE RAGGIUNTO %'));
  rows.push(row('MEDIA RISPETTO DEI TEMPI %', null, null, null, 'MEDIA RISPETTO DEI TEMPI %'));
  rows.push([]);
  rows.push(row('Analisi degli scostamenti', null, 'Analisi degli scostamenti'));
  rows.push(row('Cause', vi?.cause, 'Cause', vf?.cause));
  rows.push(row('Effetti', null, 'Effetti', vf?.effetti));
  rows.push(row('Provvedimenti correttivi', null, 'Provvedimenti correttivi'));
  rows.push(row('Intrapresi', null, 'Intrapresi', vf?.intrapresi));
  rows.push(row('Da attivare', null, 'Da attivare', vf?.daAttivare));
  rows.push([]);
  rows.push(row("PERSONALE COINVOLTO NELL'OBIETTIVO"));
  rows.push(row('Cat.', 'Cognome e Nome', '% Partecipazione'));
  for (const p of extras.personale ?? []) rows.push(row(p.categoria, p.nominativo, c(p.partecipazione, p.fmt ? { fmt: p.fmt } : {})));
  rows.push(row('totale partecipazione agli obiettivi'));
  return { rows, merges };
}

export function schedaSheet(name: string, s: CalusoScheda, extras?: SchedaExtras, variant?: LayoutVariant): SheetGrid {
  const { rows, merges } = schedaRows(s, 0, extras, variant);
  return { name, rows, merges };
}

/** Several schede one under the other on one sheet, two blank rows apart. */
export function stackedSheet(name: string, list: { s: CalusoScheda; extras?: SchedaExtras; variant?: LayoutVariant }[]): SheetGrid {
  const rows: Row[] = [];
  const merges: string[] = [];
  for (const item of list) {
    const built = schedaRows(item.s, rows.length, item.extras, item.variant);
    rows.push(...built.rows, [], []);
    merges.push(...built.merges);
  }
  return { name, rows, merges };
}

/** Deterministic raggiunto values: the target itself, or a worse one for every third indicator. */
export function sampleRaggiunto(s: CalusoScheda): Record<number, CellValue> {
  const out: Record<number, CellValue> = {};
  s.indicatori.forEach((ind, i) => {
    if (ind.atteso === null) return;
    if (i % 3 !== 1) {
      out[i] = ind.atteso;
      return;
    }
    const pct = /^(-?\d+(?:,\d+)?)%$/.exec(ind.atteso);
    if (pct) out[i] = `${Math.round(Number(pct[1].replace(',', '.')) / 2)}%`;
    else if (/^-?\d+$/.test(ind.atteso)) out[i] = String(Math.round(Number(ind.atteso) / 2));
    else if (/^(ottim|distint|buon)/i.test(ind.atteso)) out[i] = 'Discreto';
    else out[i] = ind.atteso;
  });
  return out;
}

/** The whole Caluso plan as schede: one sheet per scheda, named like the settore and number. */
export function calusoSchedeGrid(opts: { raggiunto?: boolean } = {}): WorkbookGrid {
  return {
    sheets: CALUSO.map((s, i) =>
      schedaSheet(`Scheda ${i + 1}`, s, opts.raggiunto ? { raggiunto: sampleRaggiunto(s) } : {}),
    ),
  };
}

/** The same plan as the canonical register (Obiettivi, Fasi, Indicatori). */
export function calusoRegisterGrid(opts: { raggiunto?: boolean } = {}): WorkbookGrid {
  const ob: Row[] = [row('Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Descrizione', 'Peso')];
  const fa: Row[] = [row('Anno', 'Settore', 'N.', 'N. fase', 'Attività')];
  const ind: Row[] = [row('Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Raggiunto')];
  for (const s of CALUSO) {
    ob.push(row(s.anno, s.settore, s.responsabile, s.numero, 'Strategico', s.titolo, s.descrizione || null, s.peso));
    s.fasi.forEach((f, i) => fa.push(row(s.anno, s.settore, s.numero, i + 1, f)));
    const ragg = opts.raggiunto ? sampleRaggiunto(s) : {};
    // The register lists indicators in scheda order: groups in the order Quantità, Tempo, Costo, Qualità.
    const ordered = ['Quantità', 'Tempo', 'Costo', 'Qualità'].flatMap((g) => s.indicatori.map((x, i) => ({ x, i })).filter(({ x }) => x.gruppo === g));
    ordered.forEach(({ x, i }) => ind.push(row(s.anno, s.settore, s.numero, x.gruppo, x.descrizione, x.atteso, ragg[i] ?? null)));
  }
  return {
    sheets: [
      { name: 'Obiettivi', rows: ob },
      { name: 'Fasi', rows: fa },
      { name: 'Indicatori', rows: ind },
    ],
  };
}

