import type { Fase } from '../model';
import type { PhaseSchedule, Schedule, TempisticaContext } from './types';

export type { PhaseSchedule, Schedule, TempisticaContext, TempisticaKind, YearMonth } from './types';

/** Reads one Tempistica text into a schedule (tempistica.md). Pure; never throws. */
export function readTempistica(_text: string, _ctx: TempisticaContext): Schedule {
  throw new Error('non ancora implementato');
}

/** Schedules of an objective's phases: Inizio/Fine win, then cronoprogramma marks, then Tempistica with chaining. */
export function scheduleFasi(_fasi: Fase[], _ctx: TempisticaContext): PhaseSchedule[] {
  throw new Error('non ancora implementato');
}
