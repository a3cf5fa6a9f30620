/**
 * Validation by the Nucleo (docs/regole.md#validazione-del-nucleo): the `Punteggio validato` of an objective
 * read as a number 0–100, and the two checks on it.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Obiettivo } from '../model';
import { readNumber, readText, roundFloat } from '../values';
import { EPSILON } from './context';
import { labelObiettivo, whereOf } from './where';

/**
 * The validated punteggio, or null when the cell is empty or unreadable. An unreadable value or
 * one outside 0–100 is VALIDAZIONE_NON_VALIDA on its cell, and the computed punteggio counts.
 */
export function readValidato(o: Obiettivo, diagnostics: Diagnostic[]): number | null {
  const raw = o.punteggioValidato ?? null;
  if (!raw || raw.v === null) return null;
  if (typeof raw.v === 'string' && raw.v.trim() === '') return null;
  const n = readNumber(raw.v, raw.fmt);
  if (n && Number.isFinite(n.value) && n.value >= 0 && n.value <= 100) return roundFloat(n.value);
  const where = whereOf(o.source, ['punteggioValidato'], raw);
  const dove = `${where.sheet ?? 'Obiettivi'}${where.cell ? `!${where.cell}` : ''} (obiettivo ${labelObiettivo(o)})`;
  diagnostics.push(diagnose('VALIDAZIONE_NON_VALIDA', { dove, valore: readText(raw.v, raw.fmt) ?? String(raw.v) }, where));
  return null;
}

/** A validated punteggio that differs from the computed one needs the Nucleo's note. */
export function checkValidationNote(o: Obiettivo, computed: number | null, validated: number | null, diagnostics: Diagnostic[]): void {
  if (validated === null) return;
  if (computed !== null && Math.abs(computed - validated) <= EPSILON) return;
  if ((o.notaNucleo ?? '').trim().length > 0) return;
  diagnostics.push(
    diagnose(
      'VALIDAZIONE_SENZA_NOTA',
      { obiettivo: labelObiettivo(o), calcolato: computed ?? 0, validato: validated },
      whereOf(o.source, ['notaNucleo', 'punteggioValidato'], o.punteggioValidato ?? null),
    ),
  );
}
