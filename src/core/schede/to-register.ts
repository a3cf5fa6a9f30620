/**
 * Schede → register (`peg convert`): the plan of the canonical register sheets holding the
 * schede's data, added next to the schede (new sheets with free names; nothing of the schede
 * changes). The register sheets themselves come from `planRegister`; here the model is prepared
 * for them: a phase's CRONOPROGRAMMA marks become a Tempistica the register can read back.
 */
import type { Piano } from '../model';
import { planRegister } from '../plans/register';
import { uniqueSheetName } from '../plans/sheetNames';
import type { WorkbookPlan } from '../plans/types';
import { MONTH_NAMES_IT } from '../values';

function monthName(ym: string): { year: number; month: number } {
  const [y, m] = ym.split('-').map(Number);
  return { year: y, month: m };
}

/**
 * Marked months as Tempistica text the Tempistica reader reads back to the same months:
 * `Marzo 2021`, `Da marzo a giugno 2021`, `Marzo, giugno e settembre 2021`.
 */
export function monthsToTempistica(mesi: string[]): string | null {
  const list = [...new Set(mesi)].sort().map(monthName);
  if (list.length === 0) return null;
  const years = [...new Set(list.map((x) => x.year))];
  const name = (x: { year: number; month: number }, withYear: boolean) =>
    `${MONTH_NAMES_IT[x.month - 1]}${withYear ? ` ${x.year}` : ''}`;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (list.length === 1) return cap(name(list[0], true));
  const index = (x: { year: number; month: number }) => x.year * 12 + x.month;
  const contiguous = list.every((x, i) => i === 0 || index(x) === index(list[i - 1]) + 1);
  if (contiguous) {
    const first = list[0];
    const last = list[list.length - 1];
    return `Da ${name(first, years.length > 1)} a ${name(last, true)}`;
  }
  const names = list.map((x) => name(x, years.length > 1));
  const joined = `${names.slice(0, -1).join(', ')} e ${names[names.length - 1]}`;
  return cap(years.length > 1 ? joined : `${joined} ${years[0]}`);
}

/** The model as the register will hold it: Tempistica from the marks, tipo in canonical words. */
function pianoForRegister(piano: Piano): Piano {
  return {
    ...piano,
    obiettivi: piano.obiettivi.map((o) => ({
      ...o,
      tipoTesto: o.tipi.length > 0 ? o.tipi.join(' ') : o.tipoTesto,
      fasi: o.fasi.map((f) => ({
        ...f,
        tempistica: f.tempistica ?? (f.mesiSegnati ? monthsToTempistica(f.mesiSegnati) : null),
      })),
    })),
  };
}

export interface ConversionOptions {
  /** Names of the sheets already in the workbook: the new ones get free names beside them. */
  existingSheets: string[];
  /** False when the workbook already has its own Impostazioni sheet (it is kept, not doubled). */
  withImpostazioni: boolean;
}

export function planConversion(piano: Piano, opts: ConversionOptions): WorkbookPlan {
  const taken = [...opts.existingSheets];
  const sheets = planRegister(pianoForRegister(piano))
    .filter((s) => opts.withImpostazioni || s.name.toLowerCase() !== 'impostazioni')
    .map((s) => {
      const name = uniqueSheetName(s.name, taken);
      taken.push(name);
      return { ...s, name, replaces: null };
    });
  return { sheets, columnWrites: [], removeSheets: [] };
}
