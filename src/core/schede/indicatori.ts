/**
 * `INDICI DI RISULTATO`: groups headed `Indici di Quantità` / `Tempo` / `Costo` / `Qualità`,
 * each heading row naming its columns (ATTESO, RAGGIUNTO, Scost.), which may sit in different
 * columns from one group to the next. Rows under a heading are its indicators: the text left of
 * the value columns is the description.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import { a1, isCellError } from '../grid';
import type { Direzione, GruppoIndicatore, Indicatore, RawValue } from '../model';
import { parseDirezione } from '../read/parse';
import { readText } from '../values';
import { sectionRange, type Block } from './blocks';
import { matchGroup, matchIndicatorColumn, type IndicatorColumn } from './labels';

type Columns = Partial<Record<IndicatorColumn, number>>;

function columnsOf(block: Block, row: number): Columns {
  const cols: Columns = {};
  for (const c of block.view.filledColumns(row)) {
    const k = matchIndicatorColumn(block.view.text(row, c) ?? '');
    if (k && cols[k] === undefined) cols[k] = c;
  }
  return cols;
}

function firstValueCol(cols: Columns): number {
  return Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
}

export function readIndicatori(block: Block, schedaLabel: string, diagnostics: Diagnostic[]): Indicatore[] {
  const hit = block.sections.find((s) => s.section === 'indici');
  if (!hit) return [];
  const { from, to } = sectionRange(block, hit);
  const { view } = block;
  const out: Indicatore[] = [];
  let gruppo: GruppoIndicatore = 'Quantità';
  let cols: Columns = columnsOf(block, from);
  let missingReported = false;

  const errorCheck = (raw: RawValue | null, what: string) => {
    if (raw && isCellError(raw.v)) {
      diagnostics.push(
        diagnose('VALORE_ERRORE', { errore: raw.v.error, dove: `${view.name}!${raw.cell}`, campo: `${what}, ${schedaLabel}` }, { sheet: view.name, cell: raw.cell }),
      );
    }
  };

  for (let r = from + 1; r < to; r++) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) continue;
    const g = matchGroup(view.text(r, filled[0]) ?? '');
    const rowCols = columnsOf(block, r);
    // A heading row: a group title, or column labels (two of them, so that an indicator whose
    // description starts with `Previsto…` is not taken for one).
    if (g !== null || (rowCols.atteso !== undefined && Object.keys(rowCols).length >= 2)) {
      if (g !== null) gruppo = g;
      if (rowCols.atteso !== undefined) cols = rowCols;
      continue;
    }
    if (cols.atteso === undefined) {
      if (!missingReported) {
        diagnostics.push(
          diagnose('COLONNA_ATTESO_MANCANTE', { scheda: schedaLabel, dove: `${view.name}!${a1(r, filled[0])}` }, { sheet: view.name, cell: a1(r, filled[0]) }),
        );
        missingReported = true;
      }
      continue;
    }
    const left = firstValueCol(cols);
    const descCols = filled.filter((c) => c < left);
    const descrizione = descCols.map((c) => view.text(r, c)).filter((t): t is string => t !== null).join(' ');
    const atteso = view.raw(r, cols.atteso);
    const raggiunto = cols.raggiunto !== undefined ? view.raw(r, cols.raggiunto) : null;
    const raggiuntoIntermedio = cols.raggiuntoIntermedio !== undefined ? view.raw(r, cols.raggiuntoIntermedio) : null;
    if (descrizione === '' && !atteso && !raggiunto && !raggiuntoIntermedio) continue;
    errorCheck(atteso, 'valore atteso');
    errorCheck(raggiunto, 'valore raggiunto');
    errorCheck(raggiuntoIntermedio, 'valore raggiunto intermedio');
    let direzione: Direzione = 'crescente';
    if (cols.direzione !== undefined) {
      const d = view.raw(r, cols.direzione);
      const t = d ? readText(d.v, d.fmt) : null;
      direzione = (t !== null ? parseDirezione(t) : null) ?? 'crescente';
    }
    const cells: Record<string, string> = { atteso: a1(r, cols.atteso) };
    if (descCols.length > 0) cells.descrizione = a1(r, descCols[0]);
    if (cols.raggiunto !== undefined) cells.raggiunto = a1(r, cols.raggiunto);
    if (cols.raggiuntoIntermedio !== undefined) cells.raggiuntoIntermedio = a1(r, cols.raggiuntoIntermedio);
    if (cols.direzione !== undefined) cells.direzione = a1(r, cols.direzione);
    out.push({
      gruppo,
      descrizione,
      atteso,
      direzione,
      raggiuntoIntermedio,
      raggiunto,
      peso: null,
      source: { sheet: view.name, row: r + 1, cells },
    });
  }
  return out;
}
