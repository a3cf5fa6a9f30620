/** The nuovo modello: an empty canonical register with one example row per sheet. */
import { defaultImpostazioni, type Obiettivo, type Piano } from '../model';
import { planRegister } from './register';
import type { WorkbookPlan } from './types';

export interface TemplateOptions {
  anno?: number | null;
  ente?: string | null;
}

const SOURCE = { sheet: '', row: 1, cells: {} };

function exampleObiettivo(anno: number): Obiettivo {
  const key = { anni: [anno], annoTesto: null };
  return {
    id: `K:${anno}|esempio|1`,
    ...key,
    settore: 'Settore di esempio (riga da cancellare)',
    tutti: false,
    responsabile: 'Cognome Nome',
    numero: 1,
    codice: null,
    tipi: ['Strategico'],
    tipoTesto: 'Strategico',
    titolo: "Titolo dell'obiettivo",
    descrizione: "Che cosa si vuole ottenere e perché.",
    peso: 100,
    dup: null,
    risorseUmane: null,
    risorseStrumentali: null,
    costi: null,
    risultatiAttesi: null,
    risultatiOttenuti: null,
    fasi: [
      {
        numero: 1,
        attivita: 'Prima attività da compiere',
        tempistica: `Da gennaio a giugno ${anno}`,
        inizio: null,
        fine: null,
        previsto: null,
        ottenuto: null,
        mesiSegnati: null,
        source: SOURCE,
      },
    ],
    indicatori: [
      {
        gruppo: 'Tempo',
        descrizione: 'Conclusione della prima attività entro il',
        atteso: { v: new Date(Date.UTC(anno, 5, 30)), fmt: 'dd/mm/yyyy' },
        direzione: 'crescente',
        raggiuntoIntermedio: null,
        raggiunto: null,
        peso: null,
        source: SOURCE,
      },
    ],
    personale: [{ categoria: 'C', nominativo: 'Cognome Nome', partecipazione: 50, source: SOURCE }],
    verifiche: [
      {
        tipo: 'intermedia',
        data: { v: new Date(Date.UTC(anno, 5, 30)), fmt: 'dd/mm/yyyy' },
        cause: null,
        effetti: null,
        provvedimentiIntrapresi: null,
        provvedimentiDaAttivare: null,
        source: SOURCE,
      },
    ],
    source: SOURCE,
  };
}

/** The plan of a new canonical workbook. `anno` defaults to `defaultYear` (the caller's current year). */
export function planTemplate(opts: TemplateOptions, defaultYear: number): WorkbookPlan {
  const anno = opts.anno ?? defaultYear;
  const impostazioni = { ...defaultImpostazioni(), anno, ente: opts.ente ?? null, dataVerificaIntermedia: new Date(Date.UTC(anno, 5, 30)) };
  const piano: Piano = { obiettivi: [exampleObiettivo(anno)], impostazioni, layout: 'registro', sheets: [] };
  return { sheets: planRegister(piano), columnWrites: [], removeSheets: [] };
}
