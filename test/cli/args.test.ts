/** Command-line handling that needs no workbook analysis: help, usage errors, exit statuses. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { CLI_MAIN, hasStackTrace, REPO_ROOT, runPeg, runPegInProcess } from '../helpers/cli';

describe('help, in Italian', () => {
  it('peg --help lists the commands with Italian headings', async () => {
    const r = await runPegInProcess(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: peg \[opzioni\] \[comando\]/);
    expect(r.stdout).toContain('Comandi:');
    expect(r.stdout).toContain('Opzioni:');
    expect(r.stdout).toMatch(/check \[opzioni\] \[file\.\.\.\]/);
    expect(r.stdout).toMatch(/summary \[opzioni\] \[file\.\.\.\]/);
    expect(r.stdout).toMatch(/tempistica \[opzioni\] <testo\.\.\.>/);
    expect(r.stdout).toContain('mostra questo aiuto');
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
  });

  it('peg help check shows the options of check', async () => {
    const r = await runPegInProcess(['help', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: peg check \[opzioni\] \[file\.xlsx\|cartella \.\.\.\]/);
    expect(r.stdout).toContain('--verifica <momento>');
    expect(r.stdout).toContain('Argomenti:');
  });

  it('peg --version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runPegInProcess(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('peg with no command shows the help on stderr and exits with 2', async () => {
    const r = await runPegInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Uso: peg/);
  });
});

describe('usage errors: exit 2, one Italian line on stderr', () => {
  it.each([
    [['controlla'], /^Comando sconosciuto: controlla\. Scrivi `peg --help`/],
    [['check', '--bogus'], /^Opzione sconosciuta: --bogus\./],
    [['check', '--verifica'], /^L'opzione --verifica <momento> richiede un valore\./],
    [['check', '--verifica', 'semestrale'], /^Valore non valido per --verifica: "semestrale"\. Usa "intermedia" oppure "finale"\./],
    [['summary', '--verifica', 'x', '--json'], /^Valore non valido per --verifica: "x"/],
    [['build', 'a.xlsx', 'b.xlsx'], /^Troppi argomenti per il comando build/],
    [['tempistica'], /^Manca un argomento obbligatorio \(testo\)/],
    [['tempistica', 'Entro dicembre', '--anno', '25'], /^Valore non valido per --anno: "25"\. Scrivi un anno di quattro cifre/],
    [['tempistica', 'Entro dicembre', '--anno', 'duemila'], /^Valore non valido per --anno/],
  ])('peg %j', async (args, message) => {
    const r = await runPegInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the compiled command behaves the same as a child process', () => {
    const r = runPeg(['check', '--verifica', 'semestrale']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Valore non valido per --verifica: "semestrale". Usa "intermedia" oppure "finale".\n');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('the compiled command prints its help in Italian', () => {
    const r = runPeg(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Comandi:');
  });
});

describe('package bin', () => {
  it('points at the compiled main, which starts with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(path.join(REPO_ROOT, pkg.bin.peg)).toBe(CLI_MAIN);
    expect(readFileSync(CLI_MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
