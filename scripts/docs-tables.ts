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
): GeneratedBlock[] {
  const rows = [...settings.SETTING_KEYS.map((k) => settings.SETTINGS[k]), settings.MAPPA_COLONNE];
  return [
    { file: 'docs/regole.md', name: 'esempi-peso-totale', body: pesoTotaleExamples(diagnostics.renderMessage) },
    { file: 'docs/regole.md', name: 'impostazioni', body: settingsTable(rows) },
    { file: 'docs/regole.md', name: 'segnalazioni', body: diagnosticsTable(diagnostics.CATALOGUE) },
  ];
}
