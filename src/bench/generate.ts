/**
 * Deterministic synthetic plans for the benchmarks and the scale tests: N objectives over S
 * settori in the canonical register layout (docs/formato-cartella.md), with TUTTI objectives, 4 phases and 3
 * indicators each. Every settore's own + TUTTI weights make exactly 100, so a check is clean at
 * any size and the time measured is the time of a real, complete analysis.
 */
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { daysInMonth } from '../core/values';
import { mulberry32, splitInteger, type Rng } from './prng';
import { tempisticheObiettivo } from './tempistiche';
import {
  ATTIVITA, AZIONI, COGNOMI, INDICATORI_QUANTITA, INDICATORI_TEMPO, LIVELLI, NOMI, OGGETTI, SETTORI_BASE, TIPI,
} from './vocabulary';

export interface PlanOptions {
  /** Total number of objectives, TUTTI included (at least 2). */
  obiettivi: number;
  /** Number of settori; default: about 10 objectives per settore. */
  settori?: number;
  /** Number of TUTTI objectives; default 3 (1 for very small plans). */
  tutti?: number;
  seed?: number;
  anno?: number;
  fasiPerObiettivo?: number;
  indicatoriPerObiettivo?: number;
}

export interface SyntheticPlan {
  grid: WorkbookGrid;
  settori: string[];
  counts: { obiettivi: number; tutti: number; fasi: number; indicatori: number };
}

export const HEADERS = {
  obiettivi: ['Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Descrizione', 'Peso', 'Collegamento DUP', 'Risultati attesi'],
  fasi: ['Anno', 'Settore', 'N.', 'N. fase', 'Attività', 'Tempistica', 'Previsto', 'Ottenuto'],
  indicatori: ['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto intermedio', 'Raggiunto'],
  impostazioni: ['Voce', 'Valore'],
} as const;

/** Weight the TUTTI objectives take inside each settore's 100 (the Caluso split is 40 + 60). */
const PESO_TUTTI = 40;
const DATE_FMT = 'dd/mm/yyyy';

const cell = (v: CellValue, fmt?: string): Cell => (fmt ? { v, fmt } : { v });
const text = (s: string | null): Cell | null => (s === null ? null : { v: s });
const date = (anno: number, mese: number, giorno: number): Cell => cell(new Date(Date.UTC(anno, mese - 1, giorno)), DATE_FMT);
const endOfMonth = (anno: number, mese: number): Cell => date(anno, mese, daysInMonth(anno, mese));

function settoreNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SETTORI_BASE[i % SETTORI_BASE.length];
    const round = Math.floor(i / SETTORI_BASE.length);
    return round === 0 ? base : `${base} ${round + 1}`;
  });
}

/**
 * Weights for `count` objectives summing to `total`: integers while each can get at least 1,
 * else hundredths (summing exactly in hundredths, so the check's ±0.01 tolerance holds).
 */
function weights(rng: Rng, total: number, count: number): number[] {
  if (count <= total) return splitInteger(rng, total, count);
  return splitInteger(rng, total * 100, count).map((c) => c / 100);
}

interface ObjectiveRef {
  settore: string;
  numero: number;
  peso: number;
  responsabile: string | null;
}

function objectiveRow(rng: Rng, anno: number, o: ObjectiveRef): (Cell | null)[] {
  const titolo = `${rng.pick(AZIONI)} ${rng.pick(OGGETTI)}`;
  return [
    cell(anno),
    text(o.settore),
    text(o.responsabile),
    cell(o.numero),
    text(rng.pick(TIPI)),
    text(titolo),
    text(`${titolo}: attività del ${anno} per migliorare il servizio reso ai cittadini.`),
    cell(o.peso),
    text(`Missione ${String(rng.int(1, 20)).padStart(2, '0')} Programma ${String(rng.int(1, 9)).padStart(2, '0')}`),
    text(rng.chance(0.5) ? 'Riduzione dei tempi di risposta' : null),
  ];
}

function phaseRows(rng: Rng, anno: number, o: ObjectiveRef, count: number): (Cell | null)[][] {
  return tempisticheObiettivo(rng, count, anno).map((t, i) => {
    // The last phase carries a date target, as registers often do: one more time indicator.
    const last = i === count - 1;
    const previsto = last ? endOfMonth(anno, t.fineMese) : null;
    const ottenuto = last && rng.chance(0.8) ? date(anno, t.fineMese, rng.int(1, daysInMonth(anno, t.fineMese))) : null;
    return [cell(anno), text(o.settore), cell(o.numero), cell(i + 1), text(rng.pick(ATTIVITA)), text(t.testo), previsto, ottenuto];
  });
}

function indicatorRows(rng: Rng, anno: number, o: ObjectiveRef, count: number): (Cell | null)[][] {
  const key = [cell(anno), text(o.settore), cell(o.numero)];
  const rows: (Cell | null)[][] = [];
  for (let i = 0; i < count; i++) {
    switch (i % 3) {
      case 0: {
        const atteso = rng.int(2, 40) * 5;
        const finale = Math.round(atteso * (0.7 + rng.next() * 0.4));
        rows.push([...key, text('Quantità'), text(rng.pick(INDICATORI_QUANTITA)), cell(atteso), text('Crescente'),
          cell(Math.round(finale / 2)), cell(finale)]);
        break;
      }
      case 1: {
        const mese = rng.int(3, 12);
        const ritardo = rng.chance(0.15);
        const raggiunto = ritardo ? date(anno, Math.min(12, mese + 1), 15) : date(anno, mese, rng.int(1, 28));
        rows.push([...key, text('Tempo'), text(rng.pick(INDICATORI_TEMPO)), endOfMonth(anno, mese), null, null, raggiunto]);
        break;
      }
      default:
        rows.push([...key, ...qualityIndicator(rng)]);
    }
  }
  return rows;
}

/** Tipo, Indicatore, Atteso, Direzione, Raggiunto intermedio, Raggiunto: the third indicator's families. */
function qualityIndicator(rng: Rng): (Cell | null)[] {
  switch (rng.int(0, 3)) {
    case 0: {
      const atteso = rng.pick(LIVELLI.slice(1));
      return [text('Qualità'), text('Grado di soddisfazione degli utenti'), text(atteso), null, null, text(rng.pick(LIVELLI))];
    }
    case 1: {
      const atteso = rng.int(70, 100) / 100;
      const raggiunto = Math.min(1, Math.round((atteso - 0.1 + rng.next() * 0.15) * 100) / 100);
      return [text('Qualità'), text('Percentuale di pratiche evase'), cell(atteso, '0%'), text('Crescente'), null, cell(raggiunto, '0%')];
    }
    case 2: {
      const atteso = rng.int(50, 300);
      return [text('Costo'), text('Costo medio per pratica'), cell(atteso), text('Decrescente'), null,
        cell(Math.round(atteso * (0.85 + rng.next() * 0.3)))];
    }
    default:
      return [text('Qualità'), text('Adozione dell\'atto'), text('SI'), null, null, text(rng.chance(0.9) ? 'SI' : 'NO')];
  }
}

/** Like an adapter's grid: trailing empty cells of each row trimmed. */
function trimRow(row: (Cell | null)[]): (Cell | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}

function sheet(name: string, headers: readonly string[], rows: (Cell | null)[][]): SheetGrid {
  return { name, rows: [headers.map((h) => ({ v: h })), ...rows.map(trimRow)] };
}

export function generatePlan(options: PlanOptions): SyntheticPlan {
  const n = Math.max(2, Math.floor(options.obiettivi));
  const anno = options.anno ?? 2025;
  const fasiPer = options.fasiPerObiettivo ?? 4;
  const indicatoriPer = options.indicatoriPerObiettivo ?? 3;
  const nTutti = Math.min(options.tutti ?? (n >= 20 ? 3 : 1), n - 1);
  const own = n - nTutti;
  const nSettori = Math.max(1, Math.min(own, options.settori ?? Math.round(own / 10)));
  const rng = mulberry32(options.seed ?? 20250101);

  const settori = settoreNames(nSettori);
  const responsabili = settori.map(() => `${rng.pick(COGNOMI)} ${rng.pick(NOMI)}`);
  const refs: ObjectiveRef[] = weights(rng, PESO_TUTTI, nTutti).map((peso, i) => ({
    settore: 'TUTTI', numero: i + 1, peso, responsabile: null,
  }));
  settori.forEach((settore, s) => {
    // Spread the own objectives evenly: the first `own % nSettori` settori get one more.
    const k = Math.floor(own / nSettori) + (s < own % nSettori ? 1 : 0);
    weights(rng, 100 - PESO_TUTTI, k).forEach((peso, i) => {
      refs.push({ settore, numero: i + 1, peso, responsabile: responsabili[s] });
    });
  });

  const obiettivi: (Cell | null)[][] = [];
  const fasi: (Cell | null)[][] = [];
  const indicatori: (Cell | null)[][] = [];
  for (const o of refs) {
    obiettivi.push(objectiveRow(rng, anno, o));
    fasi.push(...phaseRows(rng, anno, o, fasiPer));
    indicatori.push(...indicatorRows(rng, anno, o, indicatoriPer));
  }

  const grid: WorkbookGrid = {
    sheets: [
      sheet('Obiettivi', HEADERS.obiettivi, obiettivi),
      sheet('Fasi', HEADERS.fasi, fasi),
      sheet('Indicatori', HEADERS.indicatori, indicatori),
      sheet('Impostazioni', HEADERS.impostazioni, [
        [text('Ente'), text('Comune di Esempio')],
        [text('Anno'), cell(anno)],
      ]),
    ],
  };
  return {
    grid,
    settori,
    counts: { obiettivi: refs.length, tutti: nTutti, fasi: fasi.length, indicatori: indicatori.length },
  };
}
