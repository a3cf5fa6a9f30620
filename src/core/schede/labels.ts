/**
 * The labels of a scheda obiettivo, matched on normalised text (`normalizeHeader`: no case,
 * accents or punctuation). Each label is a whole cell (`SETTORE`, `OBIETTIVO`), possibly with
 * its value after a colon (`SETTORE: FINANZIARIO`); values such as `SETTORE TERRITORIO ED
 * OPERE PUBBLICHE` must not pass for labels, hence the exact or prefix rules below.
 */
import type { GruppoIndicatore } from '../model';
import { normalizeHeader } from '../values';

export type FieldLabel = 'settore' | 'responsabile' | 'dup' | 'titolo' | 'descrizione' | 'peso' | 'anno';

export type SectionLabel =
  | 'fasi'
  | 'indici'
  | 'cronoprogramma'
  | 'verificaIntermedia'
  | 'verificaFinale'
  | 'media'
  | 'analisi'
  | 'personale';

const FIELD_EXACT: Record<FieldLabel, string[]> = {
  settore: ['settore', 'area', 'servizio', 'settore servizio', 'settore area', 'struttura', 'unita organizzativa'],
  responsabile: ['responsabile', 'dirigente', 'responsabile del servizio', 'responsabile del settore'],
  dup: ['dup', 'collegamento dup', 'missione programma'],
  titolo: ['obiettivo', 'oggetto', 'titolo', 'denominazione', 'titolo obiettivo', 'obiettivo titolo'],
  descrizione: ['descrizione', 'descrizione obiettivo', 'descrizione dell obiettivo', 'descrizione sintetica'],
  // Where the heading has no PESO / ANNO, they may stand as fields of their own.
  peso: ['peso', 'peso obiettivo', 'ponderazione'],
  anno: ['anno', 'esercizio', 'annualita'],
};

const FIELD_PREFIX: Partial<Record<FieldLabel, string[]>> = {
  responsabile: ['responsabile di '],
  dup: ['collegamento con'],
};

/** The normalised text of a label cell up to its colon: `SETTORE: X` → `settore`. */
function labelPart(raw: string): { label: string; rest: string | null } {
  const i = raw.indexOf(':');
  if (i < 0) return { label: normalizeHeader(raw), rest: null };
  const rest = raw.slice(i + 1).trim();
  return { label: normalizeHeader(raw.slice(0, i)), rest: rest.length > 0 ? rest : null };
}

export interface FieldMatch {
  field: FieldLabel;
  /** Text after the label's colon in the same cell (`SETTORE: FINANZIARIO`), when any. */
  inline: string | null;
}

export function matchField(raw: string): FieldMatch | null {
  const { label, rest } = labelPart(raw);
  for (const field of Object.keys(FIELD_EXACT) as FieldLabel[]) {
    const prefixes = FIELD_PREFIX[field] ?? [];
    if (FIELD_EXACT[field].includes(label) || prefixes.some((p) => label.startsWith(p))) {
      return { field, inline: rest };
    }
  }
  return null;
}

export function matchSection(raw: string): SectionLabel | null {
  const t = normalizeHeader(raw);
  if (/^(descrizione (delle )?fasi|fasi di attuazione|fasi di realizzazione|fasi$|attivita da compiere)/.test(t)) {
    return 'fasi';
  }
  if (/^(indici|indicatori) di risultato/.test(t)) return 'indici';
  if (/^cronoprogramma( \w+){0,3}$/.test(t)) return 'cronoprogramma';
  // `VERIFICA INTERMEDIA AL [30/06/2021]`; a phase such as `Verifica intermedia efficacia` is no label.
  if (/^verifica intermedia( al\b.*)?$/.test(t)) return 'verificaIntermedia';
  if (/^verifica finale( al\b.*)?$/.test(t)) return 'verificaFinale';
  if (/^media (valore raggiunto|rispetto)/.test(t)) return 'media';
  if (/^analisi (degli |dello )?scostament\w*$/.test(t)) return 'analisi';
  if (/^personale coinvolto/.test(t) || t === 'personale') return 'personale';
  return null;
}

const GROUP_WORDS: Record<string, GruppoIndicatore> = {
  quantita: 'Quantità',
  tempo: 'Tempo',
  tempi: 'Tempo',
  costo: 'Costo',
  costi: 'Costo',
  qualita: 'Qualità',
};

/** `Indici di Quantità`, `Indicatori di tempo`… → the group. */
export function matchGroup(raw: string): GruppoIndicatore | null {
  const m = /^(?:indici|indice|indicatori|indicatore) di (\w+)/.exec(normalizeHeader(raw));
  return m ? (GROUP_WORDS[m[1]] ?? null) : null;
}

export type IndicatorColumn = 'atteso' | 'raggiunto' | 'raggiuntoIntermedio' | 'scostamento' | 'direzione';

/**
 * Column labels of an indicator group. `RAGGIUNTO` is the verifica finale's value unless the
 * label says it is the intermediate one (`RAGGIUNTO AL 30/06`, `RAGGIUNTO INTERMEDIO`).
 */
export function matchIndicatorColumn(raw: string): IndicatorColumn | null {
  const t = normalizeHeader(raw);
  if (t.split(' ').length > 5) return null;
  if (/^(valore )?(atteso|previsto|target)\b/.test(t)) return 'atteso';
  if (/^scost/.test(t)) return 'scostamento';
  if (/^(direzione|polarita)\b/.test(t)) return 'direzione';
  if (/^(valore )?(raggiunto|ottenuto|consuntivo)\b/.test(t)) {
    return /intermed|semestr|30 0?6|30 giu|giugno|luglio|31 0?7/.test(t) ? 'raggiuntoIntermedio' : 'raggiunto';
  }
  return null;
}

export type AnalisiLabel = 'cause' | 'effetti' | 'intrapresi' | 'daAttivare';

export function matchAnalisi(raw: string): AnalisiLabel | null {
  const t = normalizeHeader(raw);
  if (/^cause\b/.test(t)) return 'cause';
  if (/^effetti\b/.test(t)) return 'effetti';
  if (/(^|provvedimenti( correttivi)? )intrapres/.test(t)) return 'intrapresi';
  if (/(^|provvedimenti( correttivi)? )da attivare/.test(t)) return 'daAttivare';
  return null;
}

export type PersonaleColumn = 'categoria' | 'nominativo' | 'partecipazione';

export function matchPersonaleColumn(raw: string): PersonaleColumn | null {
  const t = normalizeHeader(raw);
  if (/^(cat|categoria|area)\b/.test(t)) return 'categoria';
  if (/^(cognome|nome|nominativo|dipendente)/.test(t)) return 'nominativo';
  if (/partecipazione$|^partecipazione/.test(t)) return 'partecipazione';
  return null;
}

/** Column labels of the phases' table, when it has one (`N.` | `Fase` | `Tempistica`). */
export function isTempisticaLabel(raw: string): boolean {
  return ['tempistica', 'tempi', 'scadenza', 'tempistica raggiungimento', 'tempi di realizzazione'].includes(normalizeHeader(raw));
}

/** `totale partecipazione agli obiettivi`, `Totale`: the end of the staff table. */
export function isTotale(raw: string): boolean {
  return normalizeHeader(raw).startsWith('totale');
}
