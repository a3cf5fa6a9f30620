/**
 * An imported document → the model (Piano), ready for the canonical register sheets. Weights are
 * not in such documents: Peso stays empty and the import's summary says so once; nothing is invented.
 */
import { defaultImpostazioni, type Fase, type Obiettivo, type Piano, type RawValue } from '../model';
import { settoreKey, ufficioKeyPart } from '../read/parse';
import type { ImportedDocument } from './parse';

const SOURCE = (row: number) => ({ sheet: '', row, cells: {} });

/** `100%` → 1 with a percent format, `20` → 20, anything else kept as text. */
export function valueOf(text: string | null): RawValue | null {
  if (text === null || text.trim() === '') return null;
  const t = text.trim();
  const pct = /^(\d{1,3}(?:,\d+)?)\s*%$/.exec(t);
  if (pct) return { v: Number(pct[1].replace(',', '.')) / 100, fmt: '0%' };
  if (/^\d{1,9}(?:,\d+)?$/.test(t)) return { v: Number(t.replace(',', '.')) };
  return { v: t };
}

function annoTesto(anni: number[]): string | null {
  return anni.length > 1 ? `${anni[0]}-${anni[anni.length - 1]}` : null;
}

export function importedPiano(doc: ImportedDocument): Piano {
  const obiettivi: Obiettivo[] = doc.obiettivi.map((o, i) => {
    const fasi: Fase[] = o.fasi.map((f, j) => ({
      numero: f.numero ?? j + 1,
      attivita: f.attivita,
      tempistica: f.tempistica,
      inizio: null,
      fine: null,
      previsto: valueOf(f.previsto),
      ottenuto: valueOf(f.ottenuto),
      mesiSegnati: null,
      source: SOURCE(j + 1),
    }));
    return {
      id: `K:${o.anni.join('-')}|${settoreKey(o.settore)}${ufficioKeyPart(o.ufficio)}|${o.numero}#${i + 1}`,
      anni: o.anni,
      annoTesto: annoTesto(o.anni),
      settore: o.settore,
      tutti: o.tutti,
      ufficio: o.ufficio,
      responsabile: null,
      numero: o.numero,
      codice: null,
      tipi: o.tipi,
      tipoTesto: o.tipoTesto,
      titolo: o.titolo,
      descrizione: o.descrizione,
      peso: null,
      dup: null,
      risorseUmane: o.risorseUmane,
      risorseStrumentali: o.risorseStrumentali,
      costi: o.costi,
      risultatiAttesi: o.risultatiAttesi,
      risultatiOttenuti: o.risultatiOttenuti,
      fasi,
      indicatori: [],
      personale: [],
      verifiche: [],
      source: SOURCE(i + 2),
    };
  });
  const impostazioni = { ...defaultImpostazioni(), ente: doc.ente, anno: doc.anni[0] ?? null };
  return { obiettivi, impostazioni, layout: 'registro', sheets: [] };
}
