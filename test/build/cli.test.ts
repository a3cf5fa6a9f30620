/** `peg build` and `peg template` end to end (in-process, on real files). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { hasStackTrace, runPegInProcess } from '../helpers/cli';
import { buildCaluso } from './caluso';
import { loadBytes } from './snapshot';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'peg-build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function caluso(name: string, opts = {}): Promise<string> {
  const file = path.join(dir, name);
  await buildCaluso(opts).xlsx.writeFile(file);
  return file;
}

describe('peg build', () => {
  test('writes <name>.elaborato.xlsx, lists the sheets in Italian, leaves the original alone', async () => {
    const file = await caluso('piano.xlsx');
    const before = readFileSync(file);
    const r = await runPegInProcess(['build', file]);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'piano.elaborato.xlsx');
    expect(r.stdout).toContain(`Scritto il file ${out}`);
    expect(r.stdout).toContain('+ Riepilogo (nuovo foglio)');
    expect(r.stdout).toContain('+ Cronoprogramma 2021 (nuovo foglio)');
    expect(r.stdout).toContain('colonna «Valore raggiunto %» aggiunta');
    expect(readFileSync(file).equals(before)).toBe(true);
    const wb = await loadBytes(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Riepilogo', 'Cronoprogramma 2021', 'Schede 2021']));
    // Building the built file again: the same sheets, regenerated.
    const again = await runPegInProcess(['build', out, '-o', path.join(dir, 'di-nuovo.xlsx')]);
    expect(again.stdout).toContain('↻ Riepilogo (rigenerato)');
    expect(again.stdout).not.toContain('nuovo foglio');
  });

  test('--in-place keeps a .bak.xlsx copy of the original and writes into the file itself', async () => {
    const file = await caluso('piano.xlsx');
    const before = readFileSync(file);
    const r = await runPegInProcess(['build', file, '--in-place', '--only', 'riepilogo']);
    expect(r.code).toBe(0);
    const bak = path.join(dir, 'piano.bak.xlsx');
    expect(readFileSync(bak).equals(before)).toBe(true);
    const wb = await loadBytes(readFileSync(file));
    expect(wb.getWorksheet('Riepilogo')).toBeDefined();
    expect(wb.getWorksheet('Schede 2021')).toBeUndefined();
    expect(r.stdout).toContain(`Copia dell'originale: ${bak}`);
    expect(r.stdout).not.toContain('colonna');
  });

  test('a plan with errors is still built, with exit status 1 and a pointer to peg check', async () => {
    const file = await caluso('sporco.xlsx', { dirty: true });
    const r = await runPegInProcess(['build', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('peg check');
    expect(existsSync(path.join(dir, 'sporco.elaborato.xlsx'))).toBe(true);
  });

  test.each([
    [['build', 'manca.xlsx'], /non/i],
    [['build', 'x.xlsx', '--only', 'grafici'], /--only/],
    [['build', 'x.xlsx', '--in-place', '-o', 'y.xlsx'], /--in-place/],
    [['build', 'x.xlsx', '--cronoprogramma', 'tabelle'], /--cronoprogramma/],
  ])('usage and file errors end with status 2 and one Italian line: %j', async (args, message) => {
    const r = await runPegInProcess(args.map((a) => (a.endsWith('.xlsx') ? path.join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toBe('');
  });

  test('a file that is not a workbook: status 2, nothing written', async () => {
    const file = path.join(dir, 'finto.xlsx');
    writeFileSync(file, 'non sono un file excel');
    const r = await runPegInProcess(['build', file]);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'finto.elaborato.xlsx'))).toBe(false);
  });
});

describe('peg template', () => {
  test('creates the nuovo modello, which the tool then reads without errors', async () => {
    const out = path.join(dir, 'nuovo.xlsx');
    const r = await runPegInProcess(['template', '-o', out, '--anno', '2026', '--ente', 'Comune di Prova']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Creato il modello ${out}`);
    const check = await runPegInProcess(['check', out, '--json']);
    const json = JSON.parse(check.stdout) as { ok: boolean; diagnostics: { code: string; severity: string }[] };
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(json.diagnostics.map((d) => d.code)).not.toContain('IMPOSTAZIONE_NON_VALIDA');
    const summary = JSON.parse((await runPegInProcess(['summary', out, '--json'])).stdout) as { sectors: { year: number; weightTotal: number }[] };
    expect(summary.sectors).toEqual([expect.objectContaining({ year: 2026, weightTotal: 100 })]);
  });

  test('tables, drop-down lists, formats, frozen header and settings', async () => {
    const out = path.join(dir, 'nuovo.xlsx');
    await runPegInProcess(['template', '-o', out, '--anno', '2026']);
    const wb = await loadBytes(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
    for (const ws of wb.worksheets) {
      expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual([`tbl${ws.name}`]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const ob = wb.getWorksheet('Obiettivi')!;
    const header = (ob.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual(expect.arrayContaining(['Anno', 'Settore', 'N.', 'Tipo', 'Obiettivo', 'Peso', 'Valore raggiunto %', 'Rispetto tempi %', 'Punteggio validato', 'Nota del Nucleo']));
    const tipoCol = header.indexOf('Tipo') + 1;
    expect(ob.getCell(2, tipoCol).dataValidation).toMatchObject({ type: 'list', formulae: ['"Strategico,Innovativo,Mantenimento,Gestionale,Sviluppo"'] });
    expect(ob.getCell(300, tipoCol).dataValidation?.type).toBe('list');
    const ind = wb.getWorksheet('Indicatori')!;
    const ih = (ind.getRow(1).values as unknown[]).filter(Boolean);
    expect(ind.getCell(2, ih.indexOf('Tipo indicatore') + 1).dataValidation?.formulae).toEqual(['"Quantità,Tempo,Costo,Qualità"']);
    expect(ind.getCell(2, ih.indexOf('Direzione') + 1).dataValidation?.formulae).toEqual(['"Crescente,Decrescente"']);
    expect(ih).toEqual(expect.arrayContaining(['Non valutabile', 'Nota']));
    expect(ind.getCell(2, ih.indexOf('Non valutabile') + 1).dataValidation?.formulae).toEqual(['"SI"']);
    const ver = wb.getWorksheet('Verifiche')!;
    const vh = (ver.getRow(1).values as unknown[]).filter(Boolean);
    expect(ver.getCell(2, vh.indexOf('Verifica') + 1).dataValidation?.formulae).toEqual(['"Intermedia,Finale"']);
    expect(ver.getCell(2, vh.indexOf('Data') + 1).numFmt).toBe('dd/mm/yyyy');
    const imp = wb.getWorksheet('Impostazioni')!;
    const voci = new Map<string, unknown>();
    imp.eachRow((row, n) => n > 1 && voci.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(voci.get('Anno')).toBe(2026);
    expect(voci.get('Soglia raggiungimento %')).toBe(90);
    expect(voci.get('Pesi TUTTI')).toBe('inclusi');
  });

  test('never overwrites an existing file; -o is required', async () => {
    const out = path.join(dir, 'esiste.xlsx');
    writeFileSync(out, 'mio');
    const r = await runPegInProcess(['template', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('esiste già');
    expect(readFileSync(out, 'utf8')).toBe('mio');
    expect((await runPegInProcess(['template'])).code).toBe(2);
  });
});
