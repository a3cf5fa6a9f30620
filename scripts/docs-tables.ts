/**
 * The docs' generated tables (docs/regole.md#impostazioni, docs/regole.md#segnalazioni), rendered
 * from the core's settings definitions and catalogue of diagnostics. Used by `npm run docs`
 * (scripts/docs.js), which writes them, and by test/docs/generated.test.ts, which fails when the
 * docs differ. Pure: the modules are passed in.
 */

/** What the table of diagnostics needs from a catalogue entry. */
export interface CatalogueRow {
  severity: 'error' | 'warning';
  label: string;
  when: string;
}

/** What the table of settings needs from a setting definition. */
export interface SettingRow {
  voce: string;
  synonyms: readonly string[];
  type: string;
  choices?: readonly { text: string; label: string }[];
  help: string;
  defaultText: string;
}

/** A generated block: where it goes and how it is rendered. */
export interface GeneratedBlock {
  file: string;
  name: string;
  body: string;
}

const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** The allowed values of a setting, as a clerk writes them. */
const VALUES_BY_TYPE: Record<string, string> = {
  testo: 'testo',
  anno: 'un anno, es. `2025`',
  data: 'una data, es. `30/06/2025`',
  numero: 'un numero',
  percentuale: 'un numero da 0 a 100',
  scala: 'i livelli dal peggiore al migliore, separati da `;`',
  'si/no': '`SI` o `NO`',
  fasce: 'fasce separate da `;` (vedi [Fasce](#fasce))',
  json: 'JSON, vedi [Mappa colonne](formato-cartella.md#mappa-colonne)',
};

function valuesOf(s: SettingRow): string {
  if (s.choices && s.choices.length > 0) return s.choices.map((c) => `\`${c.text}\`: ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}`).join('; ');
  return VALUES_BY_TYPE[s.type] ?? s.type;
}

export function settingsTable(settings: readonly SettingRow[]): string {
  const rows = settings.map((s) =>
    [
      `**${s.voce}**`,
      s.synonyms.length > 0 ? s.synonyms.join(', ') : '—',
      valuesOf(s),
      s.defaultText || '—',
      s.help,
    ]
      .map(cell)
      .join(' | '),
  );
  return ['| voce | anche scritta | valori | predefinito | a che cosa serve |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

const SEVERITY_IT = { error: 'errore', warning: 'avviso' } as const;

/** Errors first, then warnings, each in the catalogue's order. */
export function diagnosticsTable(catalogue: Readonly<Record<string, CatalogueRow>>): string {
  const entries = Object.entries(catalogue);
  const ordered = [...entries.filter(([, e]) => e.severity === 'error'), ...entries.filter(([, e]) => e.severity === 'warning')];
  const rows = ordered.map(([code, e]) => [`\`${code}\``, SEVERITY_IT[e.severity], e.label, e.when].map(cell).join(' | '));
  return ['| codice | gravità | problema | quando |', '|---|---|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

const begin = (name: string) => `<!-- BEGIN GENERATED: ${name} (npm run docs) -->`;
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

/** The text between a block's markers, or null when the markers are missing. */
export function generatedPart(text: string, name: string): string | null {
  const b = text.indexOf(begin(name));
  const e = text.indexOf(end(name));
  if (b < 0 || e < b) return null;
  return text.slice(b + begin(name).length, e).replace(/^\n/, '').replace(/\n$/, '');
}

/** The text with a block's content replaced; throws when the markers are missing. */
export function withGeneratedPart(text: string, name: string, body: string): string {
  const b = text.indexOf(begin(name));
  const e = text.indexOf(end(name));
  if (b < 0 || e < b) throw new Error(`mancano i marcatori di "${name}"`);
  return `${text.slice(0, b + begin(name).length)}\n${body}\n${text.slice(e)}`;
}

/** What the tables of columns need from the reader's field specs (src/core/read/fields.ts). */
export interface FieldRow {
  field: string;
  synonyms: readonly string[];
  required?: boolean;
  computed?: boolean;
}

/** The fields that point a child row at its objective. */
const KEY_FIELDS = new Set(['anno', 'settore', 'numero', 'codice', 'ufficio']);

/**
 * What each column holds, for a clerk. The column names and synonyms come from the reader; only
 * this explanation is written here. A field without one shows `—` (and deserves a line).
 */
const CONTENT: Record<string, Record<string, string>> = {
  obiettivi: {
    anno: '`2025`, oppure un periodo `2025-2027` / `Triennio 2025/2027`: un obiettivo pluriennale conta in ciascuno dei suoi anni; vuoto: l\'anno del piano',
    settore: 'testo; `TUTTI` (anche `Tutti i settori`, `Intersettoriale`, `Trasversale`) indica un obiettivo di tutti i settori',
    ufficio: 'un\'unità dentro il settore; se la colonna c\'è fa parte della [chiave](#chiave-degli-obiettivi)',
    responsabile: 'testo',
    numero: 'intero positivo, unico per anno e settore (e ufficio)',
    codice: 'testo, unico nella cartella; se c\'è, è la chiave',
    tipo: 'Strategico, Innovativo, Mantenimento, Gestionale, Sviluppo, anche combinati (`Innovativo strategico`)',
    titolo: 'testo',
    descrizione: 'testo',
    peso: 'da 0 a 100: `10`, `"10"`, `"10%"` e `0,1` in formato % valgono tutti 10',
    dup: 'testo',
    risorseUmane: 'testo',
    risorseStrumentali: 'testo',
    costi: 'testo',
    risultatiAttesi: 'testo',
    risultatiOttenuti: 'testo',
    punteggioValidato: 'da 0 a 100, scritto dal Nucleo: sostituisce il punteggio calcolato ([validazione](regole.md#validazione-del-nucleo))',
    notaNucleo: 'perché il Nucleo ha cambiato il punteggio',
    valoreRaggiunto: 'media dei gradi degli indicatori non di tempo ([regole](regole.md#un-obiettivo))',
    rispettoTempi: 'media dei gradi degli indicatori di tempo ([regole](regole.md#un-obiettivo))',
  },
  fasi: {
    numeroFase: 'intero; vuoto: l\'ordine delle righe',
    attivita: 'testo',
    tempistica: 'testo libero, letto come in [tempistica.md](tempistica.md)',
    inizio: 'data o mese; con Fine, prevale sulla Tempistica',
    fine: 'data o mese; con Inizio, prevale sulla Tempistica',
    previsto: 'il traguardo della fase: la fase diventa un indicatore',
    ottenuto: 'il valore misurato della fase',
  },
  indicatori: {
    gruppo: 'Quantità (se vuoto), Tempo, Costo, Qualità',
    descrizione: 'testo',
    atteso: 'numero, percentuale, data (`30/06/2025`, `30-giu`, `31 dicembre`), livello della scala (`Ottimo`, `Buono`…), `SI` o testo',
    direzione: 'Crescente (se vuoto: più è meglio) o Decrescente (meno è meglio)',
    raggiuntoIntermedio: 'il valore misurato alla verifica intermedia',
    raggiunto: 'il valore misurato alla verifica finale',
    peso: 'peso dell\'indicatore nella media dell\'obiettivo (conta solo se ogni indicatore misurato ne ha uno)',
    nonValutabile: '`SI` toglie l\'indicatore da tutte le medie',
    nota: 'perché l\'indicatore non è valutabile',
    scostamento: 'raggiunto − atteso, nell\'unità dell\'indicatore (giorni, punti %, livelli)',
  },
  personale: {
    categoria: 'la categoria o area del dipendente',
    nominativo: 'testo',
    partecipazione: 'da 0 a 100: la quota del suo lavoro sull\'obiettivo',
  },
  verifiche: {
    tipo: '`Intermedia` o `Finale`',
    data: 'la data della verifica',
    cause: 'testo',
    effetti: 'testo',
    provvedimentiIntrapresi: 'testo',
    provvedimentiDaAttivare: 'testo',
  },
  impostazioni: {
    voce: 'il nome dell\'impostazione ([elenco](regole.md#impostazioni))',
    valore: 'il suo valore',
  },
};

export function columnsTable(kind: string, fields: readonly FieldRow[]): string {
  const rows = fields.map((f) => {
    const key = kind !== 'obiettivi' && KEY_FIELDS.has(f.field);
    const required = f.computed ? 'scritta dallo strumento' : f.required ? 'sì' : key ? 'per la chiave' : 'no';
    const content = CONTENT[kind]?.[f.field] ?? (key ? "la [chiave](#chiave-degli-obiettivi) dell'obiettivo" : '—');
    return [`**${f.synonyms[0]}**`, f.synonyms.length > 1 ? f.synonyms.slice(1).join(', ') : '—', required, content].map(cell).join(' | ');
  });
  return ['| colonna | anche scritta | obbligatoria | contenuto |', '|---|---|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n');
}

/** The parameters of a PESO_TOTALE message, as the catalogue types them. */
export interface PesoTotaleParams {
  settore: string;
  anno: number;
  totale: number;
  stato: string;
  regola: 'settore' | 'inclusi' | 'propri' | 'tutti';
  propri: number;
  tutti: number;
  senzaPeso: number;
}

/** Two PESO_TOTALE messages exactly as a clerk reads them, from the catalogue's template. */
export function pesoTotaleExamples(render: (code: 'PESO_TOTALE', p: PesoTotaleParams) => string): string {
  const examples: PesoTotaleParams[] = [
    { settore: 'FINANZIARIO', anno: 2021, totale: 95, stato: 'mancano 5', regola: 'inclusi', propri: 55, tutti: 40, senzaPeso: 0 },
    { settore: 'TECNICO', anno: 2025, totale: 105, stato: 'eccede di 5', regola: 'propri', propri: 105, tutti: 0, senzaPeso: 1 },
  ];
  return examples.map((p) => `> ${render('PESO_TOTALE', p)}`).join('\n>\n');
}

/** Every generated block of the docs, from the two core modules. */
export function generatedBlocks(
  diagnostics: { CATALOGUE: Readonly<Record<string, CatalogueRow>>; renderMessage: (code: 'PESO_TOTALE', p: PesoTotaleParams) => string },
  settings: { SETTINGS: Readonly<Record<string, SettingRow>>; SETTING_KEYS: readonly string[]; MAPPA_COLONNE: SettingRow },
  fields: { FIELDS_BY_KIND: Readonly<Record<string, readonly FieldRow[]>> },
): GeneratedBlock[] {
  const rows = [...settings.SETTING_KEYS.map((k) => settings.SETTINGS[k]), settings.MAPPA_COLONNE];
  return [
    ...Object.entries(fields.FIELDS_BY_KIND).map(([kind, list]) => ({ file: 'docs/formato-cartella.md', name: `colonne-${kind}`, body: columnsTable(kind, list) })),
    { file: 'docs/regole.md', name: 'esempi-peso-totale', body: pesoTotaleExamples(diagnostics.renderMessage) },
    { file: 'docs/regole.md', name: 'impostazioni', body: settingsTable(rows) },
    { file: 'docs/regole.md', name: 'segnalazioni', body: diagnosticsTable(diagnostics.CATALOGUE) },
  ];
}
