/**
 * The whole workbook read into one Piano, whatever its layout: register objectives, schede
 * objectives, or both (`misto`). A scheda that repeats a register row exactly (same key, peso
 * and title: what `peg convert` leaves behind) is the same objective and is read once, from the
 * register; a scheda that clashes with a register row by key is CHIAVE_DUPLICATA.
 */
import type { Diagnostic } from '../diagnostics';
import type { WorkbookGrid } from '../grid';
import { detectLayout, type LayoutInfo } from '../layout';
import type { Obiettivo } from '../model';
import { readRegister, type ReadResult } from '../read';
import { flagDuplicates, readSchede } from './index';
import { sameObjective } from './keys';

export interface WorkbookRead extends ReadResult {
  layout: LayoutInfo;
}

/** The year most schede count in (ties: the earliest), as the register infers its own. */
function inferYear(obiettivi: Obiettivo[]): number | null {
  const counts = new Map<number, number>();
  for (const o of obiettivi) for (const y of o.anni) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (best === null || n > b || (n === b && y < best)) best = y;
  }
  return best;
}

export function readWorkbook(grid: WorkbookGrid): WorkbookRead {
  const layout = detectLayout(grid);
  const register = readRegister(grid);
  if (layout.layout === 'registro' || layout.layout === 'vuoto') return { ...register, layout };

  const { piano } = register;
  const schede = readSchede(grid, { planYear: piano.impostazioni.anno });
  let diagnostics: Diagnostic[] = register.diagnostics;
  let obiettivi: Obiettivo[];
  if (layout.layout === 'schede') {
    // No register here: its "missing Obiettivi sheet" (or a schede sheet named Obiettivi read as
    // a register) is not the user's problem.
    diagnostics = diagnostics.filter(
      (d) => !(d.code === 'FOGLIO_MANCANTE' && d.sheet === undefined) && !(d.sheet !== undefined && layout.schedeSheets.includes(d.sheet)),
    );
    obiettivi = schede.obiettivi;
    if (piano.impostazioni.anno === null) piano.impostazioni.anno = inferYear(obiettivi);
  } else {
    const own = schede.obiettivi.filter((s) => !piano.obiettivi.some((r) => sameObjective(r, s)));
    flagDuplicates(own, piano.obiettivi, schede.diagnostics, false);
    obiettivi = [...piano.obiettivi, ...own];
  }
  return {
    piano: { ...piano, obiettivi, layout: layout.layout },
    diagnostics: [...diagnostics, ...schede.diagnostics],
    layout,
  };
}
