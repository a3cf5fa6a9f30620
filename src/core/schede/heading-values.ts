/**
 * The heading's values made model values, with their diagnostics: the anno (heading, else an
 * ANNO field, else the plan year), the peso (heading, else a PESO field) and the tipi.
 */
import { diagnose, type Diagnostic, type DiagnosticCode, type DiagnosticParams } from '../diagnostics';
import { a1, isCellError } from '../grid';
import type { Obiettivo } from '../model';
import { parseAnni, parsePeso, parseTipi } from '../read/parse';
import { readNumber } from '../values';
import type { Block } from './blocks';
import type { FieldValue } from './fields';
import type { FieldLabel } from './labels';

type Fields = Partial<Record<FieldLabel, FieldValue | null>>;

function push<C extends DiagnosticCode>(block: Block, diagnostics: Diagnostic[], code: C, cell: string, params: DiagnosticParams<C>): void {
  diagnostics.push(diagnose(code, params, { sheet: block.view.name, cell }));
}

export interface AnnoValue {
  anni: number[];
  testo: string | null;
  cell: string | null;
}

export function resolveAnno(block: Block, fields: Fields, planYear: number | null, label: string, diagnostics: Diagnostic[]): AnnoValue {
  const { header } = block;
  if (header.anno) return { anni: header.anno.anni, testo: header.anno.testo, cell: header.anno.cell };
  const field = fields.anno ?? null;
  const parsed = field ? parseAnni(field.raw?.v ?? field.text, field.raw?.fmt) : null;
  if (field && parsed?.ok) return { anni: parsed.value, testo: field.text, cell: field.cell };
  if (planYear !== null) return { anni: [planYear], testo: null, cell: null };
  const cell = field?.cell ?? a1(header.row, 0);
  push(block, diagnostics, 'ANNO_NON_VALIDO', cell, { dove: `${block.view.name}!${cell} (${label})`, valore: null, intanto: "l'obiettivo resta senza anno", inScheda: true });
  return { anni: [], testo: null, cell: null };
}

export function resolvePeso(block: Block, fields: Fields, label: string, diagnostics: Diagnostic[]): { value: number | null; cell: string | null } {
  const { header, view } = block;
  const sheet = view.name;
  let read = header.peso;
  const empty = (r: typeof read) => !r || (r.value === null && r.text === null && r.error === undefined);
  if (empty(read) && fields.peso) {
    const f = fields.peso;
    if (f.raw && isCellError(f.raw.v)) read = { value: null, text: null, cell: f.cell, error: f.raw.v.error };
    else {
      const n = f.raw ? readNumber(f.raw.v, f.raw.fmt) : readNumber(f.text);
      read = { value: n ? n.value : null, text: f.text, cell: f.cell };
    }
  }
  if (!read || empty(read)) {
    const cell = read?.cell ?? a1(header.row, 0);
    push(block, diagnostics, 'CAMPO_OBBLIGATORIO', cell, { campo: 'peso', dove: `${sheet}!${cell}`, scheda: label });
    return { value: null, cell: null };
  }
  if (read.error !== undefined) {
    push(block, diagnostics, 'VALORE_ERRORE', read.cell, { errore: read.error, dove: `${sheet}!${read.cell}`, campo: `peso della ${label}` });
    return { value: null, cell: read.cell };
  }
  const p = read.value !== null ? parsePeso(read.value) : null;
  if (p && p.ok) return { value: p.value, cell: read.cell };
  const why = p && !p.ok ? p.reason : 'non è un numero';
  push(block, diagnostics, 'PESO_NON_VALIDO', read.cell, { dove: `${sheet}!${read.cell} (${label})`, valore: String(read.text ?? read.value), motivo: why, di: 'obiettivo' });
  return { value: null, cell: read.cell };
}

export function resolveTipo(block: Block, label: string, diagnostics: Diagnostic[]): { tipi: Obiettivo['tipi']; testo: string | null; cell: string | null } {
  const { header, view } = block;
  if (header.tipoTesto === null) return { tipi: [], testo: null, cell: null };
  const cell = header.numero?.cell ?? a1(header.row, 0);
  const { tipi, unknown } = parseTipi(header.tipoTesto);
  if (unknown.length > 0 || tipi.length === 0) {
    push(block, diagnostics, 'TIPO_SCONOSCIUTO', cell, { dove: `${view.name}!${cell} (${label})`, valore: header.tipoTesto });
  }
  return { tipi, testo: header.tipoTesto, cell };
}
