/**
 * One scheda → one Obiettivo: the heading (anno, n°, tipo, peso), the fields found by their
 * labels (settore, responsabile, DUP, obiettivo, descrizione), then the sections.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import { a1 } from '../grid';
import type { Obiettivo } from '../model';
import { isTutti, settoreKey } from '../read/parse';
import type { Block } from './blocks';
import { applyCronoprogramma } from './cronoprogramma';
import { readFasi } from './fasi';
import { cleanResponsabile, cleanSettore } from './identity';
import { readIndicatori } from './indicatori';
import { readFields } from './fields';
import { resolveAnno, resolvePeso, resolveTipo } from './heading-values';
import type { FieldLabel } from './labels';
import { readPersonale } from './personale';
import { readVerifiche } from './verifiche';

export interface SchedaOptions {
  /** The plan year, for a scheda whose heading has no ANNO. */
  planYear: number | null;
}

export function readScheda(block: Block, opts: SchedaOptions, diagnostics: Diagnostic[]): Obiettivo {
  const { view, header } = block;
  const sheet = view.name;
  const headCell = a1(header.row, 0);
  const numero = header.numero?.value ?? null;
  const label = `scheda obiettivo n° ${numero ?? '?'}`;
  const missingField = (campo: 'numero' | 'settore' | 'titolo', cell: string) =>
    diagnostics.push(diagnose('CAMPO_OBBLIGATORIO', { campo, dove: `${sheet}!${cell}`, scheda: label }, { sheet, cell }));
  const cells: Record<string, string> = {};

  if (header.numero) cells.numero = header.numero.cell;
  else missingField('numero', headCell);

  const fields = readFields(block);
  const take = (f: FieldLabel): string | null => {
    const v = fields[f];
    if (!v) return null;
    cells[f] = v.cell;
    return v.text;
  };

  const anno = resolveAnno(block, fields, opts.planYear, label, diagnostics);
  if (anno.cell) cells.anno = anno.cell;
  const peso = resolvePeso(block, fields, label, diagnostics);
  if (peso.cell) cells.peso = peso.cell;
  const tipo = resolveTipo(block, label, diagnostics);
  if (tipo.cell) cells.tipo = tipo.cell;
  const { anni } = anno;

  const settore = cleanSettore(take('settore'));
  const responsabile = cleanResponsabile(take('responsabile'));
  const titolo = take('titolo');
  const missing = (f: 'settore' | 'titolo') => {
    const hit = block.fields.find((h) => h.field === f);
    // Where the value belongs: the free cell below the label, else the one beside it.
    let cell = headCell;
    if (hit) cell = hit.inline === null && view.isEmpty(hit.row + 1, hit.col) ? a1(hit.row + 1, hit.col) : a1(hit.row, hit.col + 1);
    missingField(f, cell);
  };
  if (settore === null) missing('settore');
  if (titolo === null) missing('titolo');

  const fasi = readFasi(block);
  applyCronoprogramma(block, fasi, anni[0] ?? opts.planYear, label, diagnostics);
  const settoreText = settore ?? '';
  return {
    id: `K:${anni.join('-')}|${settoreKey(settoreText)}|${numero ?? ''}`,
    anni,
    annoTesto: anno.testo,
    settore: settoreText,
    tutti: settore !== null && isTutti(settore),
    responsabile,
    numero,
    codice: null,
    tipi: tipo.tipi,
    tipoTesto: tipo.testo,
    titolo: titolo ?? '',
    descrizione: take('descrizione'),
    peso: peso.value,
    dup: take('dup'),
    risorseUmane: null,
    risorseStrumentali: null,
    costi: null,
    risultatiAttesi: null,
    risultatiOttenuti: null,
    fasi,
    indicatori: readIndicatori(block, label, diagnostics),
    personale: readPersonale(block, label, diagnostics),
    verifiche: readVerifiche(block),
    source: { sheet, row: header.row + 1, cells },
  };
}
