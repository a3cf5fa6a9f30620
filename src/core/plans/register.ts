/**
 * Canonical register sheets (docs/formato-cartella.md) written from a Piano: used by the nuovo modello and by
 * conversions (schede → register). Each sheet is an Excel table with the canonical headers,
 * drop-down lists, number formats and a frozen header row. Register sheets are user data: no marker.
 */
import type { Fase, Impostazioni, Indicatore, Obiettivo, Personale, Piano, RawValue, SheetKind, Verifica } from '../model';
import { GRUPPI_INDICATORE, TIPI_OBIETTIVO } from '../model';
import { FIELDS_BY_KIND, SHEET_WORDS } from '../read/fields';
import { rawToPlan } from './rawValue';
import { SETTINGS, SETTING_KEYS, type SettingDefinition } from '../settings/definitions';
import { SheetBuilder, num, text } from './sheetBuilder';
import { COLORS, withStyles } from './styles';
import type { CellStyle, PlanValue, SheetPlan } from './types';

/** How many rows below the header the drop-down lists and formats cover. */
export const REGISTER_ROWS = 500;

type Getter<T> = (item: T) => PlanValue | RawValue | null | undefined;

interface ColumnSpec<T> {
  field: string;
  get: Getter<T>;
  width?: number;
  numberFormat?: string;
  list?: readonly string[];
}

const STYLES = withStyles({
  regHeader: { bold: true, fill: COLORS.header, border: 'thin', vAlign: 'middle', wrap: true },
  regComputed: { bold: true, italic: true, fill: COLORS.label, border: 'thin', vAlign: 'middle', wrap: true },
  regCell: { vAlign: 'top', wrap: true },
});

function isPlanValue(v: PlanValue | RawValue): v is PlanValue {
  return 't' in v;
}

function toValue(v: PlanValue | RawValue | null | undefined): { value?: PlanValue; numberFormat?: string } {
  if (v === null || v === undefined) return {};
  return isPlanValue(v) ? { value: v } : rawToPlan(v);
}

function pct(n: number | null): PlanValue | undefined {
  return n === null ? undefined : { t: 'number', v: n };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const OBIETTIVI: ColumnSpec<Obiettivo>[] = [
  { field: 'anno', get: (o) => (o.annoTesto ? text(o.annoTesto) : num(o.anni[0])), width: 9 },
  { field: 'settore', get: (o) => text(o.settore), width: 26 },
  { field: 'ufficio', get: (o) => text(o.ufficio ?? null), width: 22 },
  { field: 'responsabile', get: (o) => text(o.responsabile), width: 20 },
  { field: 'numero', get: (o) => num(o.numero), width: 6, numberFormat: '0' },
  { field: 'codice', get: (o) => text(o.codice), width: 10 },
  { field: 'tipo', get: (o) => text(o.tipoTesto ?? (o.tipi.length > 0 ? o.tipi.join(' ') : null)), width: 14, list: TIPI_OBIETTIVO },
  { field: 'titolo', get: (o) => text(o.titolo), width: 40 },
  { field: 'descrizione', get: (o) => text(o.descrizione), width: 50 },
  { field: 'peso', get: (o) => num(o.peso), width: 8, numberFormat: 'General' },
  { field: 'dup', get: (o) => text(o.dup), width: 18 },
  { field: 'risorseUmane', get: (o) => text(o.risorseUmane), width: 18 },
  { field: 'risorseStrumentali', get: (o) => text(o.risorseStrumentali), width: 18 },
  { field: 'costi', get: (o) => text(o.costi), width: 12 },
  { field: 'risultatiAttesi', get: (o) => text(o.risultatiAttesi), width: 24 },
  { field: 'risultatiOttenuti', get: (o) => text(o.risultatiOttenuti), width: 24 },
  { field: 'valoreRaggiunto', get: () => undefined, width: 12, numberFormat: '0.0%' },
  { field: 'rispettoTempi', get: () => undefined, width: 12, numberFormat: '0.0%' },
  // The Nucleo's columns are in every register, so validating needs no new column typed by hand.
  { field: 'punteggioValidato', get: (o) => o.punteggioValidato ?? null, width: 12, numberFormat: 'General' },
  { field: 'notaNucleo', get: (o) => text(o.notaNucleo ?? null), width: 30 },
];

type Child<T> = { o: Obiettivo; item: T; source: { sheet: string } };

function childKey<T>(): ColumnSpec<Child<T>>[] {
  return [
    { field: 'anno', get: (x) => (x.o.annoTesto ? text(x.o.annoTesto) : num(x.o.anni[0])), width: 9 },
    { field: 'settore', get: (x) => text(x.o.settore), width: 22 },
    { field: 'ufficio', get: (x) => text(x.o.ufficio ?? null), width: 18 },
    { field: 'numero', get: (x) => num(x.o.numero), width: 6, numberFormat: '0' },
    { field: 'codice', get: (x) => text(x.o.codice), width: 10 },
  ];
}

const FASI: ColumnSpec<Child<Fase>>[] = [
  ...childKey<Fase>(),
  { field: 'numeroFase', get: (x) => num(x.item.numero), width: 7, numberFormat: '0' },
  { field: 'attivita', get: (x) => text(x.item.attivita), width: 50 },
  { field: 'tempistica', get: (x) => text(x.item.tempistica), width: 28 },
  { field: 'inizio', get: (x) => x.item.inizio, width: 12, numberFormat: 'dd/mm/yyyy' },
  { field: 'fine', get: (x) => x.item.fine, width: 12, numberFormat: 'dd/mm/yyyy' },
  { field: 'previsto', get: (x) => x.item.previsto, width: 14 },
  { field: 'ottenuto', get: (x) => x.item.ottenuto, width: 14 },
];

const INDICATORI: ColumnSpec<Child<Indicatore>>[] = [
  ...childKey<Indicatore>(),
  { field: 'gruppo', get: (x) => text(x.item.gruppo), width: 14, list: GRUPPI_INDICATORE },
  { field: 'descrizione', get: (x) => text(x.item.descrizione), width: 50 },
  { field: 'atteso', get: (x) => x.item.atteso, width: 14 },
  { field: 'direzione', get: (x) => text(capital(x.item.direzione)), width: 13, list: ['Crescente', 'Decrescente'] },
  { field: 'raggiuntoIntermedio', get: (x) => x.item.raggiuntoIntermedio, width: 14 },
  { field: 'raggiunto', get: (x) => x.item.raggiunto, width: 14 },
  { field: 'scostamento', get: () => undefined, width: 12 },
  { field: 'nonValutabile', get: (x) => (x.item.nonValutabile ? text('SI') : undefined), width: 11, list: ['SI'] },
  { field: 'nota', get: (x) => text(x.item.nota ?? null), width: 30 },
];

const PERSONALE: ColumnSpec<Child<Personale>>[] = [
  ...childKey<Personale>(),
  { field: 'categoria', get: (x) => text(x.item.categoria), width: 10 },
  { field: 'nominativo', get: (x) => text(x.item.nominativo), width: 30 },
  { field: 'partecipazione', get: (x) => pct(x.item.partecipazione), width: 14, numberFormat: 'General' },
];

const VERIFICHE: ColumnSpec<Child<Verifica>>[] = [
  ...childKey<Verifica>(),
  { field: 'tipo', get: (x) => text(capital(x.item.tipo)), width: 12, list: ['Intermedia', 'Finale'] },
  { field: 'data', get: (x) => x.item.data, width: 12, numberFormat: 'dd/mm/yyyy' },
  { field: 'cause', get: (x) => text(x.item.cause), width: 30 },
  { field: 'effetti', get: (x) => text(x.item.effetti), width: 30 },
  { field: 'provvedimentiIntrapresi', get: (x) => text(x.item.provvedimentiIntrapresi), width: 30 },
  { field: 'provvedimentiDaAttivare', get: (x) => text(x.item.provvedimentiDaAttivare), width: 30 },
];

function headerOf(kind: SheetKind, field: string): { header: string; computed: boolean } {
  const spec = FIELDS_BY_KIND[kind].find((f) => f.field === field);
  return { header: spec?.synonyms[0] ?? field, computed: spec?.computed === true };
}

function styleFor(b: SheetBuilder, numberFormat: string | undefined): string {
  if (!numberFormat) return 'regCell';
  const k = `regCell|${numberFormat}`;
  if (!b.plan.styles[k]) b.plan.styles[k] = { ...(b.plan.styles.regCell as CellStyle), numberFormat };
  return k;
}

function registerSheet<T>(kind: SheetKind, specs: ColumnSpec<T>[], items: T[]): SheetPlan {
  const name = SHEET_WORDS[kind];
  const b = new SheetBuilder(name, 'registro', { ...STYLES }, { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: 0, to: 0 } });
  b.plan.marker = false;
  b.widths(specs.map((s) => s.width ?? 14));
  specs.forEach((s, c) => {
    const h = headerOf(kind, s.field);
    b.set(0, c, text(h.header), h.computed ? 'regComputed' : 'regHeader');
  });
  b.height(0, 30);
  items.forEach((item, i) => {
    specs.forEach((s, c) => {
      const v = toValue(s.get(item));
      b.set(i + 1, c, v.value, styleFor(b, v.numberFormat ?? s.numberFormat));
    });
  });
  const lastRow = Math.max(1, items.length);
  specs.forEach((s, c) => {
    if (s.list) b.plan.validations.push({ range: { r1: 1, c1: c, r2: REGISTER_ROWS, c2: c }, list: [...s.list] });
  });
  b.plan.freeze = { rows: 1, cols: 0 };
  b.plan.table = { name: `tbl${name}`, headerRow: 0, lastRow, c1: 0, c2: specs.length - 1, style: 'TableStyleLight9' };
  return b.plan;
}

/** The Impostazioni sheet lists every setting of the definitions, with its value in effect. */
const IMPOSTAZIONI_VOCI = SETTING_KEYS.map((key) => ({ key, def: SETTINGS[key] as SettingDefinition<unknown> }));

function impostazioniSheet(imp: Impostazioni): SheetPlan {
  const b = new SheetBuilder(SHEET_WORDS.impostazioni, 'registro', { ...STYLES }, { orientation: 'portrait', paper: 'A4', fitToWidth: true });
  b.plan.marker = false;
  b.widths([32, 60]);
  b.set(0, 0, text('Voce'), 'regHeader');
  b.set(0, 1, text('Valore'), 'regHeader');
  IMPOSTAZIONI_VOCI.forEach(({ key, def }, i) => {
    b.set(i + 1, 0, text(def.voce), 'regCell');
    const cell = def.cell(imp[key]);
    b.set(i + 1, 1, cell.value, styleFor(b, cell.numberFormat));
    if (def.choices) b.plan.validations.push({ range: { r1: i + 1, c1: 1, r2: i + 1, c2: 1 }, list: def.choices.map((c) => c.text) });
  });
  b.plan.freeze = { rows: 1, cols: 0 };
  b.plan.table = { name: 'tblImpostazioni', headerRow: 0, lastRow: IMPOSTAZIONI_VOCI.length, c1: 0, c2: 1, style: 'TableStyleLight9' };
  return b.plan;
}

function children<T extends { source: { sheet: string } }>(piano: Piano, pick: (o: Obiettivo) => T[]): Child<T>[] {
  return piano.obiettivi.flatMap((o) => pick(o).map((item) => ({ o, item, source: item.source })));
}

/** The Ufficio column only when some objective has one (an import by ufficio), else as before. */
function withUfficio<T>(specs: ColumnSpec<T>[], piano: Piano): ColumnSpec<T>[] {
  return piano.obiettivi.some((o) => o.ufficio) ? specs : specs.filter((s) => s.field !== 'ufficio');
}

/** The canonical register sheets holding `piano`'s data, in the order a user reads them. */
export function planRegister(piano: Piano): SheetPlan[] {
  return [
    registerSheet('obiettivi', withUfficio(OBIETTIVI, piano), piano.obiettivi),
    registerSheet('fasi', withUfficio(FASI, piano), children(piano, (o) => o.fasi)),
    registerSheet('indicatori', withUfficio(INDICATORI, piano), children(piano, (o) => o.indicatori)),
    registerSheet('personale', withUfficio(PERSONALE, piano), children(piano, (o) => o.personale)),
    registerSheet('verifiche', withUfficio(VERIFICHE, piano), children(piano, (o) => o.verifiche)),
    impostazioniSheet(piano.impostazioni),
  ];
}
