/**
 * The whole Calusco d'Adda document, rebuilt as a .docx by the test helper, through the CLI as a
 * new user would: peg import → peg check (only the missing weights are errors) → peg build (the
 * cronoprogramma drawn from the imported Tempistica). Expected figures are counted from the
 * fixture's text here, not by the import.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runPegInProcess } from '../helpers/cli';
import { SEED_TEXT_FILE, seedDocx } from './seedDocx';

const text = readFileSync(SEED_TEXT_FILE, 'utf8');
const OBJECTIVE = /Obiettivo *(?:n|nr)\.? *\d+/gi;

/** Phases: rows under a `previsto | ottenuto` header line with an Attività cell. */
function countPhases(): number {
  let n = 0;
  let inTable = false;
  for (const line of text.split('\n')) {
    const low = line.toLowerCase();
    if (low.includes('previsto') && low.includes('ottenuto')) inTable = true;
    else if (inTable && line.includes('\t')) {
      if ((line.split('\t')[1] ?? '').trim() !== '') n++;
    } else inTable = false;
  }
  return n;
}

/** Objectives per settore: each `Obiettivo n.` belongs to the last settore heading before it. */
function objectivesPerSettore(): Map<string, number> {
  const counts = new Map<string, number>();
  const headings = [...text.matchAll(/OBIETTIVI INTERSETTORIALI|SETTORE (?:AMMINISTRATIVO FINANZIARIO|TECNICO|SERVIZI ALLA PERSONA|POLIZIA LOCALE)/g)];
  for (const m of text.matchAll(OBJECTIVE)) {
    const h = headings.filter((x) => x.index! < m.index!).pop()![0];
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return counts;
}

let dir: string;
let docx: string;
let registro: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'peg-import-'));
  docx = path.join(dir, 'Obiettivi di settore 2025-2027.docx');
  registro = path.join(dir, 'registro.xlsx');
  writeFileSync(docx, await seedDocx());
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('peg import writes every objective and phase of the document, with what it could not read', async () => {
  const r = await runPegInProcess(['import', docx, '-o', registro]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const objectives = text.match(OBJECTIVE)!.length;
  const phases = countPhases();
  expect(objectives).toBe(81);
  expect(phases).toBe(124);
  expect(r.stdout).toContain(`Obiettivi trovati: ${objectives}; fasi: ${phases} (con una Tempistica leggibile: ${phases - 2}).`);
  const perSettore = objectivesPerSettore();
  expect(r.stdout).toContain(`TUTTI (intersettoriali): ${perSettore.get('OBIETTIVI INTERSETTORIALI')} obiettivi`);
  expect(r.stdout).toContain(`Settore amministrativo finanziario: ${perSettore.get('SETTORE AMMINISTRATIVO FINANZIARIO')} obiettivi`);
  expect(r.stdout).toContain(`Settore tecnico: ${perSettore.get('SETTORE TECNICO')} obiettivi`);
  expect(r.stdout).toContain(`Settore servizi alla persona: ${perSettore.get('SETTORE SERVIZI ALLA PERSONA')} obiettivi`);
  expect(r.stdout).toContain(`Settore polizia locale: ${perSettore.get('SETTORE POLIZIA LOCALE')} obiettivi`);
  expect(r.stdout).toContain('Ufficio ragioneria, 2026: 4 obiettivi, 5 fasi');
  expect(r.stdout).toContain('Messo comunale, 2027: 3 obiettivi, 3 fasi');
  // The page-split paragraph of the TARI objective and the separator line are reported.
  expect(r.stdout).toContain('Testi non letti: 2');
  expect(r.stdout).toContain("«gestore della Tari per conto dell'Ente");
  // The missing weights: said once, as a line of the summary (not among the diagnostics).
  expect(r.stdout.match(/Il documento non indica i pesi/g)).toHaveLength(1);
  expect(r.stdout).toContain(`la colonna Peso del foglio Obiettivi è vuota per tutti i ${objectives} obiettivi`);
  expect(r.stdout).not.toMatch(/^(ERRORE|AVVISO) .*pesi/m);

  // Never overwrites.
  const again = await runPegInProcess(['import', docx, '-o', registro]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('esiste già');
}, 60_000);

test('peg check: no error but the missing weights', async () => {
  const r = await runPegInProcess(['check', '--json', registro]);
  const report = JSON.parse(r.stdout) as { diagnostics: { severity: string; code: string; message: string }[] };
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const notWeights = errors.filter((d) => !(d.code === 'PESO_TOTALE' || (d.code === 'CAMPO_OBBLIGATORIO' && d.message.startsWith('Peso mancante'))));
  expect(notWeights).toEqual([]);
  expect(errors.filter((d) => d.code === 'CAMPO_OBBLIGATORIO')).toHaveLength(81);
  // Only the two Tempistica texts that name no month are left out of the cronoprogramma.
  expect(report.diagnostics.filter((d) => d.code === 'TEMPISTICA_SCONOSCIUTA').map((d) => /la tempistica «([^»]+)»/.exec(d.message)?.[1])).toEqual([
    'Termine di legge',
    'In base alla data di indizione',
  ]);
}, 60_000);

test('peg build draws the cronoprogramma from the imported Tempistica', async () => {
  const built = path.join(dir, 'elaborato.xlsx');
  const r = await runPegInProcess(['build', registro, '-o', built]);
  expect(r.stdout).toContain('Cronoprogramma 2025');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  const ws = wb.getWorksheet('Cronoprogramma 2025')!;
  expect(wb.getWorksheet('Cronoprogramma 2026')).toBeDefined();
  expect(wb.getWorksheet('Cronoprogramma 2027')).toBeDefined();
  let header = 0;
  ws.eachRow((row, n) => {
    if (header === 0 && row.values && (row.values as unknown[]).includes('Gen')) header = n;
  });
  const months = ['Gen', 'Feb', 'Mar', 'Apr', 'Mag', 'Giu', 'Lug', 'Ago', 'Set', 'Ott', 'Nov', 'Dic'];
  const col = (m: string) => (ws.getRow(header).values as unknown[]).indexOf(m);
  const filledMonths = (phase: string): string[] => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && (row.values as unknown[]).some((v) => v === phase)) found = row;
    });
    expect(found).toBeDefined();
    return months.filter((m) => {
      const c = found!.getCell(col(m));
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      return c.value === '◆' || (fill?.type === 'pattern' && fill.pattern === 'solid');
    });
  };
  // "Marzo 2025", "Da gennaio a maggio 2025", "30/06/2025": the months the Tempistica says.
  expect(filledMonths("Comunicazione nuova modalità e tempistiche per l'iscrizione al servizio di refezione scolastica.")).toEqual(['Mar']);
  expect(filledMonths('Predisposizione atti')).toEqual(['Gen', 'Feb', 'Mar', 'Apr', 'Mag']);
  expect(filledMonths('Gestione affidamenti fornitori.')).toContain('Giu');
}, 120_000);
