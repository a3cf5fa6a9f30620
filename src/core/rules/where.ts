/** Where a diagnostic points and how an objective is named in messages. */
import type { Obiettivo, RawValue, Source } from '../model';

export interface Where {
  sheet?: string;
  cell?: string;
}

/**
 * The cell of a field in a model row: the raw value's own address wins, then the address the
 * reader recorded for the field, then any cell of the row (better than none for finding the row).
 */
export function whereOf(source: Source | undefined, fields: string[], raw?: RawValue | null): Where {
  if (!source) return {};
  const cells = source.cells ?? {};
  const cell = raw?.cell ?? fields.map((f) => cells[f]).find((c) => typeof c === 'string' && c.length > 0);
  if (cell) return { sheet: source.sheet, cell };
  const any = Object.values(cells).find((c) => typeof c === 'string' && c.length > 0);
  return any ? { sheet: source.sheet, cell: any } : { sheet: source.sheet };
}

/** `FINANZIARIO 2025 n. 3 «Titolo»`: enough for a clerk to find the objective. */
export function labelObiettivo(o: Obiettivo): string {
  const settore = o.settore.trim() || '(settore mancante)';
  const anno = o.annoTesto?.trim() || (o.anni.length > 0 ? o.anni.join('-') : '');
  const id = o.numero !== null ? `n. ${o.numero}` : o.codice ? `cod. ${o.codice}` : '';
  const titolo = o.titolo.trim();
  const head = [settore, anno, id].filter((s) => s.length > 0).join(' ');
  return titolo ? `${head} «${shorten(titolo, 60)}»` : head;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
