/** The Tempistica reader (docs/tempistica.md): free Italian text → months, deadlines and a kind. */
export { readTempistica } from './read';
export { drawTempistica, scheduleFasi } from './chain';

export type { PhaseSchedule, Schedule, TempisticaContext, TempisticaKind, YearMonth } from './types';
