/**
 * The child sheets (Fasi, Indicatori, Personale, Verifiche): each row is read, then attached to
 * its objective; a row whose objective does not exist is RIFERIMENTO_ORFANO.
 */
import type { CampoObbligatorio, Diagnostic } from '../diagnostics';
import type { SheetGrid } from '../grid';
import type { Chiave, Fase, Indicatore, Obiettivo, Personale, Verifica } from '../model';
import { normalizeText, readNumber, roundFloat } from '../values';
import { FIELDS_BY_KIND, type ChildKind } from './fields';
import type { ColumnMap } from './header';
import { readChiave, readNumero } from './keys';
import { describeChiave, type ObiettiviIndex } from './link';
import { parseDirezione, parseGruppo, parsePeso, parseTipoVerifica } from './parse';
import { RowReader, shown } from './row';
import { sheetRows } from './sheets';

/** A child row read: null when the row cannot become a model object (a diagnostic says why). */
type Builder = (row: RowReader) => ((o: Obiettivo) => void) | null;

function requiredText(row: RowReader, field: CampoObbligatorio): string {
  if (row.value(field) === null) {
    row.report('CAMPO_OBBLIGATORIO', { campo: field, dove: row.where(field), colonna: row.label(field) }, field);
    return '';
  }
  return row.text(field) ?? '';
}

const buildFase: Builder = (row) => {
  const numero = readNumero(row, 'numeroFase', "è usato l'ordine in cui la fase compare");
  const base = {
    attivita: requiredText(row, 'attivita'),
    tempistica: row.text('tempistica'),
    inizio: row.raw('inizio'),
    fine: row.raw('fine'),
    previsto: row.raw('previsto'),
    ottenuto: row.raw('ottenuto'),
    mesiSegnati: null,
    source: row.source(),
  };
  // N. fase defaults to the order of appearance within the objective.
  return (o) => {
    const fase: Fase = { numero: numero ?? o.fasi.length + 1, ...base };
    o.fasi.push(fase);
  };
};

const buildIndicatore: Builder = (row) => {
  let gruppo: Indicatore['gruppo'] = 'Quantità';
  const gruppoText = row.text('gruppo');
  if (gruppoText !== null) {
    const g = parseGruppo(gruppoText);
    if (g) gruppo = g;
    else row.report('VALORE_NON_VALIDO', { campo: 'Tipo indicatore', dove: row.where('gruppo'), valore: shown(gruppoText), come: 'Scrivi Quantità, Tempo, Costo o Qualità', intanto: 'è letto come Quantità' }, 'gruppo');
  }
  let direzione: Indicatore['direzione'] = 'crescente';
  const dirText = row.text('direzione');
  if (dirText !== null) {
    const d = parseDirezione(dirText);
    if (d) direzione = d;
    else row.report('VALORE_NON_VALIDO', { campo: 'Direzione', dove: row.where('direzione'), valore: shown(dirText), come: 'Scrivi Crescente (più è meglio) o Decrescente (meno è meglio)', intanto: 'è letta come Crescente' }, 'direzione');
  }
  let peso: number | null = null;
  const pesoCell = row.usable('peso');
  if (pesoCell) {
    const p = parsePeso(pesoCell.v, pesoCell.fmt);
    if (p.ok) peso = p.value;
    else row.report('PESO_NON_VALIDO', { dove: row.where('peso'), valore: shown(pesoCell.v), motivo: p.reason, di: 'indicatore' }, 'peso');
  }
  const ind: Indicatore = {
    gruppo,
    descrizione: requiredText(row, 'descrizione'),
    atteso: row.raw('atteso'),
    direzione,
    raggiuntoIntermedio: row.raw('raggiuntoIntermedio'),
    raggiunto: row.raw('raggiunto'),
    peso,
    // `Non valutabile` = SI: set aside by the Nucleo (the rules leave it out of every average).
    ...(row.has('nonValutabile') ? { nonValutabile: isYes(row.raw('nonValutabile')?.v ?? null), nota: row.text('nota') } : {}),
    source: row.source(),
  };
  return (o) => o.indicatori.push(ind);
};

/** SI, Sì, X, VERO (or a TRUE cell): the Nucleo's mark in a yes/no column. */
function isYes(v: unknown): boolean {
  if (v === true) return true;
  return typeof v === 'string' && ['si', 'x', 'vero', 'true'].includes(normalizeText(v).replace(/[.!]+$/, ''));
}

const buildPersonale: Builder = (row) => {
  let partecipazione: number | null = null;
  const cell = row.usable('partecipazione');
  if (cell) {
    const n = readNumber(cell.v, cell.fmt);
    if (n && n.value >= 0) partecipazione = roundFloat(n.value);
    else row.report('PARTECIPAZIONE_NON_VALIDA', { dove: row.where('partecipazione'), valore: shown(cell.v) }, 'partecipazione');
  }
  const p: Personale = {
    categoria: row.text('categoria'),
    nominativo: requiredText(row, 'nominativo'),
    partecipazione,
    source: row.source(),
  };
  return (o) => o.personale.push(p);
};

const buildVerifica: Builder = (row) => {
  const text = row.value('tipo') === null ? null : row.text('tipo');
  const tipo = text !== null ? parseTipoVerifica(text) : null;
  if (tipo === null) {
    if (row.value('tipo') === null) {
      row.report('CAMPO_OBBLIGATORIO', { campo: 'tipo', dove: row.where('tipo') }, 'tipo');
    } else if (text !== null) {
      row.report('CAMPO_NON_VALIDO', { campo: 'Verifica', dove: row.where('tipo'), valore: shown(text), come: 'Scrivi Intermedia o Finale. La riga non è letta' }, 'tipo');
    }
    return null;
  }
  const v: Verifica = {
    tipo,
    data: row.raw('data'),
    cause: row.text('cause'),
    effetti: row.text('effetti'),
    provvedimentiIntrapresi: row.text('provvedimentiIntrapresi'),
    provvedimentiDaAttivare: row.text('provvedimentiDaAttivare'),
    source: row.source(),
  };
  return (o) => o.verifiche.push(v);
};

const BUILDERS: Record<ChildKind, Builder> = {
  fasi: buildFase,
  indicatori: buildIndicatore,
  personale: buildPersonale,
  verifiche: buildVerifica,
};

const WHAT: Record<ChildKind, string> = {
  fasi: 'La fase',
  indicatori: "L'indicatore",
  personale: 'La riga del personale',
  verifiche: 'La verifica',
};

function orphan(row: RowReader, kind: ChildKind, k: Chiave, ambiguous: boolean): void {
  const field = k.codice !== null ? 'codice' : row.has('numero') ? 'numero' : 'settore';
  const why = ambiguous
    ? k.ufficio === undefined && !row.has('ufficio') && k.anni.length > 0
      ? `corrisponde a più obiettivi di uffici diversi (${describeChiave(k)}). Aggiungi la colonna Ufficio e scrivilo nella riga`
      : `corrisponde a più obiettivi di anni diversi (${describeChiave(k)}). Scrivi l'Anno nella riga`
    : `non corrisponde a nessun obiettivo (${describeChiave(k)}). Controlla Anno, Settore e N. (o il Codice) oppure aggiungi l'obiettivo nel foglio Obiettivi`;
  row.report('RIFERIMENTO_ORFANO', { cosa: WHAT[kind], riga: row.row + 1, foglio: row.sheet.name, motivo: why }, field);
}

/** Reads a child sheet into the objectives; returns its last data row (0-based). */
export function readChildren(kind: ChildKind, sheet: SheetGrid, map: ColumnMap, index: ObiettiviIndex, diagnostics: Diagnostic[]): number {
  const inputs = FIELDS_BY_KIND[kind].filter((f) => !f.computed).map((f) => f.field);
  const rows = sheetRows(sheet);
  let lastRow = map.headerEnd;
  for (let r = map.headerEnd + 1; r < rows.length; r++) {
    // A row without cells is blank: skipped before any work, so a far stray cell stays cheap.
    if ((rows[r]?.length ?? 0) === 0) continue;
    const row = new RowReader(sheet, r, map, diagnostics);
    if (row.isBlank(inputs)) continue;
    lastRow = r;
    const k = readChiave(row);
    const attach = BUILDERS[kind](row);
    if (!attach) continue;
    const found = index.find(k);
    if (found.obiettivo) attach(found.obiettivo);
    else orphan(row, kind, k, found.ambiguous);
  }
  return lastRow;
}
