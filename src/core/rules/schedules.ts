/**
 * The phases' schedules, computed here once per objective (for the results and for the two
 * Tempistica warnings), from the Tempistica reader.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Obiettivo } from '../model';
import { scheduleFasi } from '../tempistica';
import type { PhaseSchedule } from '../tempistica/types';
import { MONTH_NAMES_IT } from '../values';
import { labelObiettivo, whereOf } from './where';

/** What a phase gets when its schedule cannot be computed: no months, flagged as unread. */
function unread(): PhaseSchedule {
  return { kind: 'sconosciuta', months: [], deadlines: [], deadlineDate: null, note: null, source: 'nessuna', outOfOrder: false };
}

export function schedulesOf(o: Obiettivo, planYear: number | null): PhaseSchedule[] {
  if (o.fasi.length === 0) return [];
  let schedules: PhaseSchedule[];
  try {
    schedules = scheduleFasi(o.fasi, { years: o.anni, planYear });
  } catch {
    // evaluate never throws: a failure of the reader leaves the phases unread (and warned about
    // below) instead of losing the whole analysis.
    schedules = [];
  }
  return o.fasi.map((_, i) => schedules[i] ?? unread());
}

/** `31/07/2026` or `luglio 2026` from the schedule's ISO-like deadline. */
function shownDeadline(s: PhaseSchedule): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.deadlineDate ?? '');
  if (d) return `${d[3]}/${d[2]}/${d[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(s.deadlines[s.deadlines.length - 1] ?? '');
  if (m) return `${MONTH_NAMES_IT[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return '';
}

export function checkSchedules(o: Obiettivo, schedules: PhaseSchedule[], diagnostics: Diagnostic[]): void {
  const label = labelObiettivo(o);
  o.fasi.forEach((f, i) => {
    const s = schedules[i];
    if (!s) return;
    const text = f.tempistica?.trim() ?? '';
    const name = `Fase ${f.numero} «${f.attivita.trim()}» dell'obiettivo ${label}`;
    if (s.kind === 'sconosciuta' && text.length > 0) {
      diagnostics.push(
        diagnose('TEMPISTICA_SCONOSCIUTA', { fase: name, tempistica: text }, whereOf(f.source, ['tempistica'])),
      );
    }
    if (s.outOfOrder) {
      const quando = text || shownDeadline(s);
      diagnostics.push(
        diagnose(
          'SCADENZE_FUORI_ORDINE',
          { fase: name, scadenza: quando },
          whereOf(f.source, s.source === 'inizio-fine' ? ['fine', 'inizio'] : ['tempistica'], s.source === 'inizio-fine' ? f.fine : null),
        ),
      );
    }
  });
}
