/** The Ufficio column (docs/formato-cartella.md#chiave-degli-obiettivi): part of the key (Anno, Settore, Ufficio, N.) when present. */
import { readRegister } from '../../src/core/read';
import type { SheetGrid } from '../../src/core/grid';
import { sheet, workbook, type CellInput } from '../fixtures/grid';

const OBIETTIVI: CellInput[][] = [
  ['Anno', 'Settore', 'Ufficio', 'N.', 'Obiettivo', 'Peso'],
  [2025, 'Amministrativo finanziario', 'Ufficio segreteria', 1, 'Trasparenza', 50],
  [2025, 'Amministrativo finanziario', 'Ufficio ragioneria', 1, 'Flussi di cassa', 30],
  [2025, 'Amministrativo finanziario', null, 1, 'Contrasto evasione IMU', 20],
];

function read(children: SheetGrid[]) {
  const r = readRegister(workbook([sheet('Obiettivi', OBIETTIVI), ...children]));
  const by = (title: string) => r.piano.obiettivi.find((o) => o.titolo === title)!;
  return { ...r, by };
}

test('the same N. in two uffici of one settore is not a duplicate; each phase finds its ufficio', () => {
  const r = read([
    sheet('Fasi', [
      ['Anno', 'Settore', 'U.O.', 'N.', 'Attività'],
      [2025, 'AMMINISTRATIVO FINANZIARIO', 'ufficio ragioneria', 1, 'Predisposizione atti'],
      [2025, 'Amministrativo finanziario', 'Ufficio segreteria', 1, 'Adeguamento pubblicazioni'],
      [2025, 'Amministrativo finanziario', null, 1, 'Controllo dichiarazioni'],
    ]),
  ]);
  expect(r.diagnostics.filter((d) => d.code === 'CHIAVE_DUPLICATA' || d.code === 'RIFERIMENTO_ORFANO')).toEqual([]);
  expect(r.by('Trasparenza').ufficio).toBe('Ufficio segreteria');
  expect(r.by('Flussi di cassa').fasi.map((f) => f.attivita)).toEqual(['Predisposizione atti']);
  expect(r.by('Trasparenza').fasi.map((f) => f.attivita)).toEqual(['Adeguamento pubblicazioni']);
  expect(r.by('Contrasto evasione IMU').fasi.map((f) => f.attivita)).toEqual(['Controllo dichiarazioni']);
});

test('the same N. twice in one ufficio is a duplicate', () => {
  const rows = [...OBIETTIVI, [2025, 'Amministrativo finanziario', 'Ufficio ragioneria', 1, 'Stock del debito', 0]];
  const r = readRegister(workbook([sheet('Obiettivi', rows)]));
  const dup = r.diagnostics.filter((d) => d.code === 'CHIAVE_DUPLICATA');
  expect(dup).toHaveLength(1);
  expect(dup[0].cell).toBe('D5');
});

test('a child sheet without the Ufficio column: found when one ufficio has the N., else ambiguous', () => {
  const r = read([
    sheet('Fasi', [
      ['Anno', 'Settore', 'N.', 'Attività'],
      [2025, 'Amministrativo finanziario', 1, 'Quale ufficio?'],
    ]),
  ]);
  const orphan = r.diagnostics.filter((d) => d.code === 'RIFERIMENTO_ORFANO');
  expect(orphan).toHaveLength(1);
  expect(orphan[0].message).toContain('uffici diversi');
});
