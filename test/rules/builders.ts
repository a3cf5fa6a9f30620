/**
 * Small builders of model objects for the rules' tests: plans are written as data, not grids.
 * Every row gets a source with plausible cell addresses so diagnostics can be checked.
 */
import type { CellValue } from '../../src/core/grid';
import {
  type Fase,
  type Impostazioni,
  ImpostazioniSchema,
  type Indicatore,
  type Obiettivo,
  type Personale,
  type Piano,
  type RawValue,
} from '../../src/core/model';
import { normalizeText } from '../../src/core/values';

export type ValueIn = CellValue | RawValue | undefined;

function isRaw(v: ValueIn): v is RawValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'v' in v;
}

/** A raw value: plain values as they are, or `{ v, fmt }` for a formatted cell. */
export function raw(v: ValueIn): RawValue | null {
  if (v === undefined) return null;
  if (isRaw(v)) return v;
  return { v };
}

/** A percentage cell as Excel stores it: 0.9 with a `0%` format. */
export function pct(fraction: number): RawValue {
  return { v: fraction, fmt: '0%' };
}

/** A date cell as the file reader gives it: a Date at UTC midnight. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

const rows: Record<string, number> = {};
function nextRow(sheet: string): number {
  rows[sheet] = (rows[sheet] ?? 1) + 1;
  return rows[sheet];
}

export interface IndicatoreIn {
  atteso?: ValueIn;
  raggiunto?: ValueIn;
  intermedio?: ValueIn;
  direzione?: Indicatore['direzione'];
  gruppo?: Indicatore['gruppo'];
  descrizione?: string;
  peso?: number | null;
  /** `Non valutabile` = SI, set by the Nucleo. */
  nonValutabile?: boolean;
}

export function indicatore(i: IndicatoreIn): Indicatore {
  const row = nextRow('Indicatori');
  return {
    gruppo: i.gruppo ?? 'Quantità',
    descrizione: i.descrizione ?? `indicatore riga ${row}`,
    atteso: raw(i.atteso),
    direzione: i.direzione ?? 'crescente',
    raggiuntoIntermedio: raw(i.intermedio),
    raggiunto: raw(i.raggiunto),
    peso: i.peso ?? null,
    ...(i.nonValutabile !== undefined ? { nonValutabile: i.nonValutabile, nota: null } : {}),
    source: {
      sheet: 'Indicatori',
      row,
      cells: { atteso: `E${row}`, direzione: `F${row}`, raggiuntoIntermedio: `G${row}`, raggiunto: `H${row}` },
    },
  };
}

export interface FaseIn {
  numero?: number;
  attivita?: string;
  tempistica?: string | null;
  inizio?: ValueIn;
  fine?: ValueIn;
  previsto?: ValueIn;
  ottenuto?: ValueIn;
}

export function fase(f: FaseIn, index = 0): Fase {
  const row = nextRow('Fasi');
  return {
    numero: f.numero ?? index + 1,
    attivita: f.attivita ?? `attività ${index + 1}`,
    tempistica: f.tempistica ?? null,
    inizio: raw(f.inizio),
    fine: raw(f.fine),
    previsto: raw(f.previsto),
    ottenuto: raw(f.ottenuto),
    mesiSegnati: null,
    source: {
      sheet: 'Fasi',
      row,
      cells: { attivita: `E${row}`, tempistica: `F${row}`, inizio: `G${row}`, fine: `H${row}`, previsto: `I${row}`, ottenuto: `J${row}` },
    },
  };
}

export function persona(nominativo: string, partecipazione: number | null): Personale {
  const row = nextRow('Personale');
  return {
    categoria: null,
    nominativo,
    partecipazione,
    source: { sheet: 'Personale', row, cells: { nominativo: `E${row}`, partecipazione: `F${row}` } },
  };
}

export interface ObiettivoIn {
  settore?: string;
  anni?: number[];
  numero?: number | null;
  peso?: number | null;
  titolo?: string;
  responsabile?: string | null;
  tutti?: boolean;
  indicatori?: IndicatoreIn[];
  fasi?: FaseIn[];
  personale?: Personale[];
  /** `Punteggio validato` as typed by the Nucleo, and its `Nota del Nucleo`. */
  validato?: ValueIn;
  notaNucleo?: string | null;
}

let counter = 0;

export function obiettivo(o: ObiettivoIn = {}): Obiettivo {
  const row = nextRow('Obiettivi');
  const settore = o.settore ?? 'FINANZIARIO';
  const anni = o.anni ?? [2021];
  const numero = o.numero === undefined ? ++counter : o.numero;
  return {
    id: `K:${anni.join('-')}|${normalizeText(settore)}|${numero ?? `r${row}`}`,
    anni,
    annoTesto: anni.length > 0 ? anni.join('-') : null,
    settore,
    tutti: o.tutti ?? normalizeText(settore) === 'tutti',
    responsabile: o.responsabile ?? null,
    numero,
    codice: null,
    tipi: [],
    tipoTesto: null,
    titolo: o.titolo ?? `Obiettivo riga ${row}`,
    descrizione: null,
    peso: o.peso === undefined ? 10 : o.peso,
    dup: null,
    risorseUmane: null,
    risorseStrumentali: null,
    costi: null,
    risultatiAttesi: null,
    risultatiOttenuti: null,
    fasi: (o.fasi ?? []).map((f, i) => fase(f, i)),
    indicatori: (o.indicatori ?? [{ atteso: 100, raggiunto: 100 }]).map(indicatore),
    personale: o.personale ?? [],
    verifiche: [],
    ...(o.validato !== undefined ? { punteggioValidato: raw(o.validato), notaNucleo: o.notaNucleo ?? null } : {}),
    source: {
      sheet: 'Obiettivi',
      row,
      cells: { anno: `A${row}`, settore: `B${row}`, numero: `C${row}`, titolo: `D${row}`, peso: `E${row}`, punteggioValidato: `F${row}`, notaNucleo: `G${row}` },
    },
  };
}

export function piano(obiettivi: Obiettivo[], impostazioni: Partial<Impostazioni> = {}): Piano {
  return {
    obiettivi,
    impostazioni: ImpostazioniSchema.parse(impostazioni),
    layout: 'registro',
    sheets: [],
  };
}
