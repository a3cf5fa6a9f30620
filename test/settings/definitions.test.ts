/**
 * One definition per setting drives the reader, the pane's form and the template's Impostazioni
 * sheet: the form accepts exactly what the reader reads, and the template's sheet reads back as
 * the settings it was written from.
 */
import type { Cell, CellValue } from '../../src/core/grid';
import { planTemplate } from '../../src/core/plans/template';
import type { PlanValue, SheetPlan } from '../../src/core/plans/types';
import { readRegister } from '../../src/core/read';
import { SETTINGS, SETTING_KEYS, defaultImpostazioni, type Impostazioni } from '../../src/core/settings/definitions';
import { SETTING_FIELDS, validateSetting } from '../../src/ui/settingsForm';
import { sheet, workbook } from '../fixtures/grid';

const OB = sheet('Obiettivi', [['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'], [2025, 'A', 1, 't', 100]]);

/** What a clerk may type in the form, for each kind of field: some good, some not. */
const TYPED: Record<string, string[]> = {
  Ente: ['Comune di Prova'],
  Anno: ['2025', '25', 'duemila', '2025-2027'],
  'Data verifica intermedia': ['30/06/2025', '31/07', 'a metà anno', '31/02/2025'],
  'Soglia raggiungimento %': ['90', '87,5', '150', '-1', 'alta', '80%'],
  'Scala qualitativa': ['Scarso; Buono; Ottimo', 'Buono'],
  'Pesi TUTTI': ['inclusi', 'Esclusi', 'quota', 'forse'],
  'Quota TUTTI %': ['35', '35%', '120', 'un terzo'],
  'Penalità per giorno di ritardo': ['2,5', '0', '-3', 'molta'],
  'Fasce ritardo': ['fino a 30 giorni = 50; oltre = 0', 'fino a 30 giorni = 50', 'tardi = 0'],
  'Consenti oltre 100': ['SI', 'no', 'dipende'],
  'Regola obiettivo': ['media', 'minimo', 'massimo'],
  'Valori mancanti': ['esclusi', 'zero', 'ignorati'],
  Fasce: ['sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100', 'sotto 50 = 0; da 60 = 100', 'molto = 100'],
  'Fasce applicate a': ['indicatore', 'obiettivo', 'settore'],
  'Punteggio ente': ['media dei settori', 'per numero di obiettivi', 'per personale', 'a sorteggio'],
  Cronoprogramma: ['blocchi', 'fogli', 'tabella'],
};

describe('the pane form and the reader', () => {
  it('the form has one field per setting it edits, named as in the sheet', () => {
    expect(SETTING_FIELDS.map((f) => f.voce)).toEqual(SETTING_KEYS.filter((k) => SETTINGS[k].inForm).map((k) => SETTINGS[k].voce));
    expect(Object.keys(TYPED).sort()).toEqual(SETTING_FIELDS.map((f) => f.voce).sort());
  });

  const cases = SETTING_FIELDS.flatMap((f) => TYPED[f.voce].map((v) => [f.voce, v] as const));
  it.each(cases)('%s = %p: the form accepts it exactly when the reader reads it without a warning', (voce, typed) => {
    const field = SETTING_FIELDS.find((f) => f.voce === voce)!;
    // As the pane saves it: a text in the document settings, with the plan year known.
    const r = readRegister(workbook([OB], { Anno: '2025', [voce]: typed }));
    const readerWarns = r.diagnostics.some((d) => d.code === 'IMPOSTAZIONE_NON_VALIDA');
    const formProblem = validateSetting(field, typed, { anno: 2025 });
    expect(formProblem !== null).toBe(readerWarns);
    if (formProblem !== null) {
      // The same words: the form shows the reason the warning gives.
      const motivo = (r.diagnostics.find((d) => d.code === 'IMPOSTAZIONE_NON_VALIDA')!.params as { motivo: string }).motivo;
      expect(formProblem.toLowerCase()).toBe(`${motivo}.`.toLowerCase());
    }
  });

  it('a choice field offers the words the sheet takes', () => {
    const field = SETTING_FIELDS.find((f) => f.voce === 'Punteggio ente')!;
    expect(field.choices!.map((c) => c.value)).toEqual(['media dei settori', 'per numero di obiettivi', 'per personale']);
    expect(field.current(defaultImpostazioni())).toBe('media dei settori');
  });
});

function toCell(v: PlanValue | undefined, fmt: string | undefined): Cell | null {
  if (!v) return null;
  let value: CellValue;
  if (v.t === 'date') value = new Date(`${v.v}T00:00:00Z`);
  else if (v.t === 'formula') return null;
  else value = v.v;
  return fmt ? { v: value, fmt } : { v: value };
}

function gridOf(plan: SheetPlan) {
  const rows: (Cell | null)[][] = [];
  for (const c of plan.cells) {
    rows[c.row] ??= [];
    rows[c.row][c.col] = toCell(c.value, c.style ? plan.styles[c.style]?.numberFormat : undefined);
  }
  return sheet(plan.name, rows.map((r) => [...(r ?? [])]));
}

describe("the template's Impostazioni sheet", () => {
  const plan = planTemplate({ anno: 2026, ente: 'Comune di Prova' }, 2026).sheets.find((s) => s.name === 'Impostazioni')!;

  it('lists every setting, in the definitions order, with drop-down lists for the choices', () => {
    const voci = plan.cells.filter((c) => c.col === 0 && c.row > 0).map((c) => (c.value as { v: string }).v);
    expect(voci).toEqual(SETTING_KEYS.map((k) => SETTINGS[k].voce));
    const punteggio = SETTING_KEYS.indexOf('punteggioEnte') + 1;
    expect(plan.validations).toContainEqual({ range: { r1: punteggio, c1: 1, r2: punteggio, c2: 1 }, list: ['media dei settori', 'per numero di obiettivi', 'per personale'] });
  });

  it('reads back as the settings it was written from, without a warning', () => {
    const r = readRegister(workbook([OB, gridOf(plan)]));
    expect(r.diagnostics).toEqual([]);
    const { fonti: _f, ...read } = r.piano.impostazioni;
    const expected: Omit<Impostazioni, 'fonti'> = { ...defaultImpostazioni(), anno: 2026, ente: 'Comune di Prova', dataVerificaIntermedia: new Date(Date.UTC(2026, 5, 30)) };
    delete (expected as Partial<Impostazioni>).fonti;
    expect(read).toEqual(expected);
  });
});
