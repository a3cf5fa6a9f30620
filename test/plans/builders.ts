/** Analysis objects built by hand, so plan tests do not depend on the reader and the rules. */
import { defaultImpostazioni, type Fase, type Impostazioni, type Indicatore, type Obiettivo } from '../../src/core/model';
import type { Analysis, ObiettivoResult, SettoreResult } from '../../src/core/results';
import type { PhaseSchedule } from '../../src/core/tempistica/types';

let row = 2;

export function fase(numero: number, attivita: string, tempistica: string | null = null): Fase {
  return { numero, attivita, tempistica, inizio: null, fine: null, previsto: null, ottenuto: null, mesiSegnati: null, source: { sheet: 'Fasi', row: row++, cells: {} } };
}

export function indicatore(p: Partial<Indicatore> = {}): Indicatore {
  return {
    gruppo: 'Quantità',
    descrizione: 'Pratiche evase',
    atteso: { v: 100 },
    direzione: 'crescente',
    raggiuntoIntermedio: null,
    raggiunto: { v: 90 },
    peso: null,
    source: { sheet: 'Indicatori', row: row++, cells: {} },
    ...p,
  };
}

export function obiettivo(p: Partial<Obiettivo> & { settore: string; numero: number }): Obiettivo {
  const anni = p.anni ?? [2021];
  const tutti = p.tutti ?? /^tutti/i.test(p.settore);
  return {
    id: `K:${anni.join('-')}|${p.settore.toLowerCase()}|${p.numero}`,
    anni,
    annoTesto: null,
    tutti,
    responsabile: null,
    codice: null,
    tipi: ['Strategico'],
    tipoTesto: 'Strategico',
    titolo: `Obiettivo ${p.numero}`,
    descrizione: null,
    peso: 10,
    dup: null,
    risorseUmane: null,
    risorseStrumentali: null,
    costi: null,
    risultatiAttesi: null,
    risultatiOttenuti: null,
    fasi: [],
    indicatori: [],
    personale: [],
    verifiche: [],
    source: { sheet: 'Obiettivi', row: row++, cells: {} },
    ...p,
  };
}

export function schedule(months: string[], deadlines: string[] = [], extra: Partial<PhaseSchedule> = {}): PhaseSchedule {
  return {
    kind: months.length === 0 ? 'sconosciuta' : deadlines.length > 0 && months.length === 1 ? 'scadenza' : 'intervallo',
    months,
    deadlines,
    deadlineDate: null,
    note: null,
    source: months.length === 0 ? 'nessuna' : 'tempistica',
    outOfOrder: false,
    ...extra,
  };
}

export function result(o: Obiettivo, p: Partial<ObiettivoResult> = {}): ObiettivoResult {
  return {
    id: o.id,
    valoreRaggiunto: 90,
    rispettoTempi: 100,
    punteggio: p.punteggio === undefined ? 93 : p.punteggio,
    punteggioCalcolato: p.punteggio === undefined ? 93 : p.punteggio,
    punteggioValidato: null,
    classificazione: 'raggiunto',
    tempi: 'nei_tempi',
    indicatori: [],
    schedules: o.fasi.map(() => schedule([])),
    ...p,
  };
}

export function settore(year: number, sector: string, p: Partial<SettoreResult> = {}): SettoreResult {
  return {
    anno: year,
    settore: sector,
    responsabile: null,
    obiettiviPropri: 0,
    obiettiviTutti: 0,
    sommaPesi: 100,
    sommaPesiTutti: null,
    statoPesi: 'OK',
    valoreRaggiunto: 90,
    rispettoTempi: 100,
    punteggio: p.punteggio === undefined ? 92 : p.punteggio,
    punteggioCalcolato: p.punteggio === undefined ? 92 : p.punteggio,
    esiti: { raggiunti: 1, parziali: 0, nonRaggiunti: 0, daRilevare: 0 },
    sottoSoglia: [],
    distribuzione: { fasce: [] },
    ...p,
  };
}

export function analysis(obiettivi: Obiettivo[], p: { results?: ObiettivoResult[]; settori?: SettoreResult[]; impostazioni?: Partial<Impostazioni> } = {}): Analysis {
  return {
    piano: { obiettivi, impostazioni: { ...defaultImpostazioni(), anno: 2021, ...p.impostazioni }, layout: 'registro', sheets: [] },
    verifica: null,
    diagnostics: [],
    obiettivi: p.results ?? obiettivi.map((o) => result(o)),
    settori: p.settori ?? [],
    ente: [],
  };
}
