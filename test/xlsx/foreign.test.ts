/**
 * The reader on workbooks the product did not write: openpyxl (absolute relationship targets,
 * 1904 dates in both spellings, ISO date cells, escapes, a far stray cell) and LibreOffice
 * (rich text, booleans, percentages, fills, merges, hidden sheets; the same file turned into
 * Strict OOXML, and saved as .ods and .xls). Expected values are read off the fixture scripts, not from the reader.
 */
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { analyze } from '../../src/core/analyze';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { openWorkbookPackage } from '../../src/xlsx/package';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { tempDir } from '../helpers/workbook';
import { convertSource, describeWith, hasLibreOffice, hasOpenpyxl, makeOpenpyxlFixtures } from './foreignTools';

const at = (sheet: SheetGrid, a1: string): Cell | null => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
};
const sheetOf = (g: WorkbookGrid, name: string): SheetGrid => g.sheets.find((s) => s.name === name)!;
const utc = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString();

const tmp = tempDir('peg-foreign-');
afterAll(() => tmp.cleanup());

async function read(file: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(readFileSync(file), { name: path.basename(file) });
}

describeWith(hasOpenpyxl(), 'python3-openpyxl')('workbooks written by openpyxl', () => {
  const file = (n: string): string => path.join(tmp.path, 'openpyxl', n);
  beforeAll(() => {
    mkdirSync(path.join(tmp.path, 'openpyxl'), { recursive: true });
    makeOpenpyxlFixtures(path.join(tmp.path, 'openpyxl'));
  }, 120_000);

  it.each(['date1904-1.xlsx', 'date1904-true.xlsx'])('%s: dates in the 1904 system are the dates the user typed', async (name) => {
    const o = sheetOf(await read(file(name)), 'Obiettivi');
    expect((at(o, 'E2')!.v as Date).toISOString()).toBe(utc(2025, 6, 30));
    expect((at(o, 'F2')!.v as Date).toISOString()).toBe(utc(1904, 1, 1));
  });

  it('reads ISO date cells (t="d") as those dates', async () => {
    const o = sheetOf(await read(file('iso-dates.xlsx')), 'Obiettivi');
    expect((at(o, 'E2')!.v as Date).toISOString()).toBe(utc(2025, 6, 30));
    expect(at(o, 'A2')!.v).toBe('FINANZIARIO');
  });

  describe('absolute targets, hidden sheets, fills, formulas, markers', () => {
    let g: WorkbookGrid;
    beforeAll(async () => {
      g = await read(file('openpyxl-absolute.xlsx'));
    });
    it('finds every sheet through absolute relationship targets, hidden ones too', () => {
      expect(g.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Nascosto', 'Riservato', 'Riepilogo 2025']);
      expect(at(sheetOf(g, 'Riservato'), 'A1')!.v).toBe('v');
    });
    it('keeps number formats and marks formulas without a cached result', () => {
      const o = sheetOf(g, 'Obiettivi');
      expect(at(o, 'D2')).toEqual({ v: 0.4, fmt: '0%' });
      expect(at(o, 'F2')).toEqual({ v: null, formula: true });
    });
    it('marks coloured fills, not white ones', () => {
      const o = sheetOf(g, 'Obiettivi');
      expect(at(o, 'G2')?.filled).toBe(true);
      expect(at(o, 'H2')).toBeNull();
      expect(at(o, 'I2')).toBeNull();
      expect(at(o, 'J2')?.filled).toBe(true);
    });
    it('reads merges', () => {
      const o = sheetOf(g, 'Obiettivi');
      expect(o.merges).toEqual(['A5:C5']);
      expect(at(o, 'A5')!.v).toBe('unito');
    });
    it('marks the sheet named by a v1 marker as generated, only that one', () => {
      expect(g.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(['Riepilogo 2025']);
    });
  });

  it('decodes _xHHHH_ escapes as Excel does, control characters included', async () => {
    const o = sheetOf(await read(file('escapes.xlsx')), 'Obiettivi');
    expect(at(o, 'A1')!.v).toBe('a\u0001b\rc');
    expect(at(o, 'A2')!.v).toBe('_x0041_');
  });

  it('a stray value at XFD1048576 is one cell, not millions', async () => {
    const o = sheetOf(await read(file('stray-far-cell.xlsx')), 'Obiettivi');
    expect(o.rows).toHaveLength(1_048_576);
    expect(o.rows[1_048_575]).toHaveLength(16_384);
    expect(at(o, 'XFD1048576')!.v).toBe('x');
    expect(o.rows[1]).toHaveLength(4);
    // Empty rows between are one shared empty row, not a million arrays.
    expect(o.rows[5000]).toBe(o.rows[900_000]);
    expect(o.rows[5000]).toHaveLength(0);
  });

  it('the analysis of that workbook reads its one objective (the core walks the sparse rows quickly)', async () => {
    const a = analyze(await read(file('stray-far-cell.xlsx')), { verifica: null });
    expect(a.piano.obiettivi.map((o) => o.titolo)).toEqual(['Bilancio']);
  });
});

/** Rewrites every XML part's transitional namespaces into Strict ones (what Excel's "Strict Open XML" save writes). */
function toStrict(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) {
      out[name] = data;
      continue;
    }
    const text = strFromU8(data)
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships');
    out[name] = strToU8(text);
  }
  return zipSync(out);
}

describeWith(hasLibreOffice(), 'LibreOffice (libreoffice-calc-nogui)')('workbooks written by LibreOffice', () => {
  let xlsxFile: string;
  beforeAll(() => {
    xlsxFile = convertSource(tmp.path, 'xlsx', 'xlsx');
  }, 200_000);

  function expectSource(g: WorkbookGrid): void {
    expect(g.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Nascosto']);
    const o = sheetOf(g, 'Obiettivi');
    expect(at(o, 'A1')!.v).toBe('Settore');
    expect(at(o, 'B2')!.v).toBe(1);
    expect(at(o, 'C2')!.v).toBe('Bilancio armonizzato');
    expect(at(o, 'D2')!.v).toBe(0.4);
    expect(at(o, 'D2')!.fmt).toMatch(/%/);
    expect((at(o, 'E2')!.v as Date).toISOString()).toBe(utc(2025, 6, 30));
    // LibreOffice saves a boolean into .xlsx as the number 1 (Excel then shows 1 too).
    expect(at(o, 'F2')!.v).toBe(1);
    expect(at(o, 'G2')).toMatchObject({ v: 2, formula: true });
    expect(at(o, 'H2')).toMatchObject({ v: null, filled: true });
    expect(at(o, 'A3')!.v).toBe('unito');
    expect(o.merges).toEqual(['A3:C3']);
    expect(at(sheetOf(g, 'Nascosto'), 'A1')!.v).toBe('h');
  }

  it('reads rich text, percentages, dates, booleans, formulas, fills and merges', async () => {
    expectSource(await read(xlsxFile));
  });

  it('reads the same workbook in Strict OOXML', async () => {
    const strict = toStrict(new Uint8Array(readFileSync(xlsxFile)));
    const opened = openWorkbookPackage(strict, 'strict.xlsx');
    expect(opened.workbook.strict).toBe(true);
    expect(opened.workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Obiettivi', 'visible'],
      ['Nascosto', 'hidden'],
    ]);
    expectSource(await readWorkbookGrid(strict, { name: 'strict.xlsx' }));
  });
});

describeWith(hasLibreOffice(), 'LibreOffice (libreoffice-calc-nogui)')('legacy formats saved by LibreOffice (.ods, .xls)', () => {
  let ods: string;
  let xls: string;
  beforeAll(() => {
    ods = convertSource(tmp.path, 'ods', 'ods');
    xls = convertSource(tmp.path, 'xls', 'xls');
  }, 300_000);

  function expectValues(g: WorkbookGrid): SheetGrid {
    expect(g.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Nascosto']);
    const o = sheetOf(g, 'Obiettivi');
    expect(o.rows[0].map((c) => c?.v)).toEqual(['Settore', 'N.', 'Obiettivo', 'Peso', 'Scadenza', 'Fatto', 'Doppio', 'Mese']);
    expect(at(o, 'C2')!.v).toBe('Bilancio armonizzato');
    expect(at(o, 'D2')).toEqual({ v: 0.4, fmt: '0%' });
    expect((at(o, 'E2')!.v as Date).toISOString()).toBe(utc(2025, 6, 30));
    expect(at(o, 'G2')).toEqual({ v: 2, formula: true });
    expect(at(o, 'A3')!.v).toBe('unito');
    expect(o.merges).toEqual(['A3:C3']);
    return o;
  }

  it('reads an .ods (fills are not read from OpenDocument styles)', async () => {
    const o = expectValues(await read(ods));
    expect(at(o, 'H2')).toBeNull();
  });

  it('reads an .xls, fills included', async () => {
    const o = expectValues(await read(xls));
    expect(at(o, 'H2')).toEqual({ v: null, filled: true });
  });
});

describe('hand-made minimal packages', () => {
  const CT = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
  const ROOT = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const WB = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Obiettivi" sheetId="1" r:id="s1"/></sheets></workbook>';
  const WB_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s.xml"/></Relationships>';
  const pkg = (sheet: string): Uint8Array =>
    zipSync({ '[Content_Types].xml': strToU8(CT), '_rels/.rels': strToU8(ROOT), 'xl/workbook.xml': strToU8(WB), 'xl/_rels/workbook.xml.rels': strToU8(WB_RELS), 'xl/worksheets/s.xml': strToU8(sheet) });

  it('reads a workbook with no shared strings and no styles, cells without r attributes', async () => {
    const g = await readWorkbookGrid(
      pkg(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          '<row><c t="inlineStr"><is><t>Settore</t></is></c><c t="inlineStr"><is><r><t>N</t></r><r><t>.</t></r></is></c></row>' +
          '<row><c t="inlineStr"><is><t>FIN</t></is></c><c><v>3</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1</f><v>x</v></c></row>' +
          '</sheetData></worksheet>',
      ),
      { name: 'minimo.xlsx' },
    );
    expect(g.sheets[0].rows).toEqual([
      [{ v: 'Settore' }, { v: 'N.' }],
      [{ v: 'FIN' }, { v: 3 }, { v: false }, { v: { error: '#DIV/0!' } }, { v: 'x', formula: true }],
    ]);
  });

  it('reads the add-in settings Office stored in the file (webextension properties)', async () => {
    const value = JSON.stringify({ 'Soglia raggiungimento %': '60', Anno: 2025 }).replace(/"/g, '&quot;');
    const files = unzipSync(pkg('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'));
    files['_rels/.rels'] = strToU8(
      ROOT.replace(
        '</Relationships>',
        '<Relationship Id="w" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
      ),
    );
    files['xl/webextensions/taskpanes.xml'] = strToU8(
      '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref r:id="x"/></wetp:taskpane></wetp:taskpanes>',
    );
    files['xl/webextensions/_rels/taskpanes.xml.rels'] = strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="x" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
    );
    files['xl/webextensions/webextension1.xml'] = strToU8(
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{A}"><we:reference id="peg" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="altro" value="1"/><we:property name="peg.impostazioni" value="${value}"/></we:properties></we:webextension>`,
    );
    const g = await readWorkbookGrid(zipSync(files), { name: 'addin.xlsx' });
    // Only text values are settings, as the add-in reads them from Office.
    expect(g.settings).toEqual({ 'Soglia raggiungimento %': '60' });
  });

  it('refuses malformed sheet XML as a damaged file, in Italian', async () => {
    await expect(readWorkbookGrid(pkg('<worksheet><sheetData><row></sheetData>'), { name: 'rotto.xlsx' })).rejects.toThrow(/"rotto.xlsx" è danneggiato/);
  });
});
