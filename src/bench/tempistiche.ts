import type { Rng } from './prng';
import { MESI } from './vocabulary';
import { daysInMonth } from '../core/values';

/** One phase's timing: the Tempistica text and the month (1–12) it ends in. */
export interface TempisticaSintetica {
  testo: string;
  fineMese: number;
}

const ORDINALI = ['I', 'II', 'III', 'IV'];

const pad = (n: number): string => String(n).padStart(2, '0');
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` distinct months in 1..12, in increasing order. */
function increasingMonths(rng: Rng, count: number): number[] {
  const months = new Set<number>();
  while (months.size < count) months.add(rng.int(1, 12));
  return [...months].sort((a, b) => a - b);
}

function scadenza(rng: Rng, mese: number, anno: number): string {
  const giorno = daysInMonth(anno, mese);
  switch (rng.int(0, 4)) {
    case 0: return `Entro ${pad(giorno)}/${pad(mese)}/${anno}`;
    case 1: return `Entro il ${giorno} ${MESI[mese - 1]}`;
    case 2: return `${pad(giorno)}/${pad(mese)}/${anno}`;
    case 3: return `Entro ${MESI[mese - 1]} ${anno}`;
    default: return `${giorno}-${MESI[mese - 1].slice(0, 3)}`;
  }
}

function intervallo(rng: Rng, da: number, a: number, anno: number): string {
  if (da === a) return `${capitalize(MESI[da - 1])} ${anno}`;
  if (a - da === 2 && (da - 1) % 3 === 0 && rng.chance(0.5)) return `${ORDINALI[(da - 1) / 3]} trimestre`;
  if (a - da === 5 && (da === 1 || da === 7)) return da === 1 ? 'I semestre' : 'II semestre';
  if (a - da === 1 && rng.chance(0.4)) return `${capitalize(MESI[da - 1])}/${MESI[a - 1]} ${anno}`;
  const anch = rng.chance(0.5) ? ` ${anno}` : '';
  return `Da ${MESI[da - 1]} ${a === 4 || a === 8 || a === 10 ? 'ad' : 'a'} ${MESI[a - 1]}${anch}`;
}

/**
 * The Tempistica texts of one objective's phases, in the families the spec lists: chained
 * deadlines, consecutive ranges, or a mix with recurring and whole-year phases.
 */
export function tempisticheObiettivo(rng: Rng, fasi: number, anno: number): TempisticaSintetica[] {
  const scheme = rng.int(0, 2);
  if (scheme === 0) {
    return increasingMonths(rng, fasi).map((m) => ({ testo: scadenza(rng, m, anno), fineMese: m }));
  }
  if (scheme === 1) {
    // Consecutive ranges covering the year: cut points between the phases.
    const ends = increasingMonths(rng, fasi);
    ends[ends.length - 1] = 12;
    let start = 1;
    return ends.map((end) => {
      const out = { testo: intervallo(rng, start, Math.max(start, end), anno), fineMese: Math.max(start, end) };
      start = Math.min(12, Math.max(start, end) + 1);
      return out;
    });
  }
  const mix: TempisticaSintetica[] = [];
  for (let i = 0; i < fasi; i++) {
    switch (rng.int(0, 4)) {
      case 0: mix.push({ testo: rng.pick(['Mensile', 'Ogni mese', 'trimestrale', 'semestrale']), fineMese: 12 }); break;
      case 1: mix.push({ testo: rng.pick([`Anno ${anno}`, 'Annuale', 'Intero anno']), fineMese: 12 }); break;
      case 2: {
        const da = rng.int(1, 10);
        const a = rng.int(da + 1, 12);
        mix.push({ testo: intervallo(rng, da, a, anno), fineMese: a });
        break;
      }
      case 3: {
        const m = increasingMonths(rng, 2);
        mix.push({ testo: `${capitalize(MESI[m[0] - 1])} - ${capitalize(MESI[m[1] - 1])}`, fineMese: m[1] });
        break;
      }
      default: {
        // A bare month (kind `mesi`); no deadline here, so chaining never runs out of order.
        const m = rng.int(1, 12);
        mix.push({ testo: `${capitalize(MESI[m - 1])} ${anno}`, fineMese: m });
      }
    }
  }
  return mix;
}
