/** The `Obiettivi` sheet: one objective per row, with CAMPO_OBBLIGATORIO and CHIAVE_DUPLICATA. */
import type { Diagnostic } from '../diagnostics';
import type { SheetGrid } from '../grid';
import type { Obiettivo } from '../model';
import { normalizeHeader, normalizeText } from '../values';
import { OBIETTIVI_FIELDS } from './fields';
import type { ColumnMap } from './header';
import { readAnno, readNumero } from './keys';
import { parseAnni, parsePeso, parseTipi, isTutti, settoreKey, ufficioKeyPart } from './parse';
import { RowReader, shown } from './row';
import { sheetRows } from './sheets';

const INPUT_FIELDS = OBIETTIVI_FIELDS.filter((f) => !f.computed).map((f) => f.field);

/**
 * The plan year when Impostazioni does not give one: the year most objectives count in (ties:
 * the earliest), so that a register of 2025 objectives with one blank Anno reads it as 2025.
 */
export function inferPlanYear(sheet: SheetGrid, map: ColumnMap): number | null {
  const col = map.columns.anno;
  if (col === undefined) return null;
  const counts = new Map<number, number>();
  const rows = sheetRows(sheet);
  for (let r = map.headerEnd + 1; r < rows.length; r++) {
    const c = rows[r]?.[col];
    if (!c || typeof c !== 'object') continue;
    const p = parseAnni(c.v ?? null, c.fmt);
    if (p.ok) for (const y of p.value) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) {
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y < best)) best = y;
  }
  return best;
}

function requiredText(row: RowReader, field: 'settore' | 'titolo'): string | null {
  if (row.value(field) === null) {
    row.report('CAMPO_OBBLIGATORIO', { campo: field, dove: row.where(field), colonna: row.label(field) }, field);
    return null;
  }
  return row.text(field);
}

function readPeso(row: RowReader): number | null {
  const fv = row.value('peso');
  if (fv === null) {
    row.report('CAMPO_OBBLIGATORIO', { campo: 'peso', dove: row.where('peso') }, 'peso');
    return null;
  }
  const usable = row.usable('peso');
  if (!usable) return null;
  const p = parsePeso(usable.v, usable.fmt);
  if (p.ok) return p.value;
  row.report('PESO_NON_VALIDO', { dove: row.where('peso'), valore: shown(usable.v), motivo: p.reason, di: 'obiettivo' }, 'peso');
  return null;
}

function readTipi(row: RowReader): { tipi: Obiettivo['tipi']; testo: string | null } {
  const testo = row.text('tipo');
  if (testo === null) return { tipi: [], testo: null };
  const { tipi, unknown } = parseTipi(testo);
  if (unknown.length > 0 || tipi.length === 0) {
    row.report('TIPO_SCONOSCIUTO', { dove: row.where('tipo'), valore: testo }, 'tipo');
  }
  return { tipi, testo };
}

const TOTAL_WORDS = /^(totale|totali|tot|somma)( |$)/;

/**
 * A totals row under the register (`TOTALE` and a SUM of the pesi): not an objective. It has no N.
 * and no settore of its own, and one of its cells says it is a total.
 */
function isTotalRow(row: RowReader): boolean {
  if (row.value('numero') !== null) return false;
  const settore = row.value('settore');
  const isTotal = (field: string) => {
    const fv = row.value(field);
    return fv !== null && typeof fv.v === 'string' && TOTAL_WORDS.test(normalizeHeader(fv.v));
  };
  if (settore !== null && !isTotal('settore')) return false;
  return INPUT_FIELDS.some(isTotal);
}

export interface ObiettiviResult {
  obiettivi: Obiettivo[];
  lastRow: number;
}

export function readObiettivi(sheet: SheetGrid, map: ColumnMap, planYear: number | null, diagnostics: Diagnostic[]): ObiettiviResult {
  const rows = sheetRows(sheet);
  const obiettivi: Obiettivo[] = [];
  let lastRow = map.headerEnd;
  const fallback = planYear !== null ? `viene usato l'anno del piano (${planYear})` : "l'obiettivo resta senza anno";
  for (let r = map.headerEnd + 1; r < rows.length; r++) {
    // A row without cells is blank: skipped before any work, so a far stray cell stays cheap.
    if ((rows[r]?.length ?? 0) === 0) continue;
    const row = new RowReader(sheet, r, map, diagnostics);
    if (row.isBlank(INPUT_FIELDS) || isTotalRow(row)) continue;
    lastRow = r;
    const anno = readAnno(row, fallback);
    const anni = anno.vuoto ? (planYear !== null ? [planYear] : []) : anno.anni;
    const settore = requiredText(row, 'settore') ?? '';
    const numeroCell = row.value('numero');
    if (numeroCell === null) {
      row.report('CAMPO_OBBLIGATORIO', { campo: 'numero', dove: row.where('numero') }, 'numero');
    }
    const numero = readNumero(row);
    const titolo = requiredText(row, 'titolo') ?? '';
    const peso = readPeso(row);
    const codice = row.text('codice');
    const tipo = readTipi(row);
    const ufficio = row.text('ufficio');
    obiettivi.push({
      id: codice !== null ? `C:${codice}` : `K:${anni.join('-')}|${settoreKey(settore)}${ufficioKeyPart(ufficio)}|${numero ?? ''}`,
      anni,
      annoTesto: anno.testo,
      settore,
      tutti: isTutti(settore),
      ...(row.has('ufficio') ? { ufficio } : {}),
      responsabile: row.text('responsabile'),
      numero,
      codice,
      tipi: tipo.tipi,
      tipoTesto: tipo.testo,
      titolo,
      descrizione: row.text('descrizione'),
      peso,
      dup: row.text('dup'),
      risorseUmane: row.text('risorseUmane'),
      risorseStrumentali: row.text('risorseStrumentali'),
      costi: row.text('costi'),
      risultatiAttesi: row.text('risultatiAttesi'),
      risultatiOttenuti: row.text('risultatiOttenuti'),
      ...(row.has('punteggioValidato') ? { punteggioValidato: row.raw('punteggioValidato') } : {}),
      ...(row.has('notaNucleo') ? { notaNucleo: row.text('notaNucleo') } : {}),
      fasi: [],
      indicatori: [],
      personale: [],
      verifiche: [],
      source: row.source(),
    });
  }
  checkDuplicates(sheet, map, obiettivi, diagnostics);
  return { obiettivi, lastRow };
}

function overlap(a: number[], b: number[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return a.some((y) => b.includes(y));
}

/** Same Codice, or same (Anno, Settore, N.) in a shared year: the later row is flagged; ids stay unique. */
function checkDuplicates(sheet: SheetGrid, map: ColumnMap, obiettivi: Obiettivo[], diagnostics: Diagnostic[]): void {
  const ids = new Set<string>();
  const byCodice = new Map<string, Obiettivo>();
  const byKey = new Map<string, Obiettivo[]>();
  for (const o of obiettivi) {
    const row = new RowReader(sheet, o.source.row - 1, map, diagnostics);
    if (o.codice !== null) {
      const c = normalizeText(o.codice);
      const same = byCodice.get(c);
      if (same) {
        row.report('CHIAVE_DUPLICATA', { per: 'codice', dove: row.where('codice'), codice: o.codice, riga: same.source.row }, 'codice');
      } else byCodice.set(c, o);
    }
    if (o.numero !== null && o.settore !== '') {
      const key = `${settoreKey(o.settore)}${ufficioKeyPart(o.ufficio)}|${o.numero}`;
      const earlier = byKey.get(key) ?? [];
      const same = earlier.find((p) => overlap(p.anni, o.anni));
      if (same) {
        const shared = o.anni.filter((y) => same.anni.includes(y));
        row.report(
          'CHIAVE_DUPLICATA',
          { per: 'numero', dove: row.where('numero'), settore: o.settore, ufficio: o.ufficio ?? null, numero: o.numero, anni: shared, altrove: `alla riga ${same.source.row}` },
          'numero',
        );
      }
      earlier.push(o);
      byKey.set(key, earlier);
    }
    // Keep ids unique so that nothing downstream merges two objectives.
    if (ids.has(o.id)) o.id = `${o.id}#${o.source.row}`;
    ids.add(o.id);
  }
}
