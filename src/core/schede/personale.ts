/**
 * `PERSONALE COINVOLTO NELL'OBIETTIVO`: a header row (Cat. / Cognome e Nome / % Partecipazione),
 * then one row per person down to the `totale partecipazione` row or the end of the scheda.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import { a1 } from '../grid';
import type { Personale } from '../model';
import { readNumber, readText } from '../values';
import { sectionRange, type Block } from './blocks';
import { isTotale, matchPersonaleColumn, type PersonaleColumn } from './labels';

type Columns = Partial<Record<PersonaleColumn, number>>;

export function readPersonale(block: Block, schedaLabel: string, diagnostics: Diagnostic[]): Personale[] {
  const hit = block.sections.find((s) => s.section === 'personale');
  if (!hit) return [];
  const { view } = block;
  const { from, to } = sectionRange(block, hit);
  let cols: Columns | null = null;
  const out: Personale[] = [];
  for (let r = from; r < to; r++) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) continue;
    if (isTotale(view.text(r, filled[0]) ?? '')) break;
    if (!cols) {
      const found: Columns = {};
      for (const c of filled) {
        const k = matchPersonaleColumn(view.text(r, c) ?? '');
        if (k && found[k] === undefined) found[k] = c;
      }
      if (found.nominativo !== undefined) cols = found;
      continue;
    }
    const text = (k: PersonaleColumn) => {
      const col = cols?.[k];
      if (col === undefined) return null;
      const c = view.cell(r, col);
      return c ? readText(c.v, c.fmt) : null;
    };
    const nominativo = text('nominativo');
    const categoria = text('categoria');
    let partecipazione: number | null = null;
    if (cols.partecipazione !== undefined) {
      const c = view.cell(r, cols.partecipazione);
      const n = c ? readNumber(c.v, c.fmt) : null;
      partecipazione = n ? n.value : null;
      if (!n && c && readText(c.v, c.fmt) !== null) {
        diagnostics.push(
          diagnose(
            'PARTECIPAZIONE_NON_VALIDA',
            { dove: `${view.name}!${a1(r, cols.partecipazione)} (${schedaLabel})`, valore: readText(c.v, c.fmt) ?? '' },
            { sheet: view.name, cell: a1(r, cols.partecipazione) },
          ),
        );
      }
    }
    if (nominativo === null) {
      if (categoria !== null || partecipazione !== null) {
        const cell = a1(r, cols.nominativo ?? filled[0]);
        diagnostics.push(
          diagnose('CAMPO_OBBLIGATORIO', { campo: 'nominativo', dove: `${view.name}!${cell}`, scheda: schedaLabel }, { sheet: view.name, cell }),
        );
      }
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [k, c] of Object.entries(cols)) if (c !== undefined) cells[k] = a1(r, c);
    out.push({ categoria, nominativo, partecipazione, source: { sheet: view.name, row: r + 1, cells } });
  }
  return out;
}
