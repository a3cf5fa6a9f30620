/**
 * Security review, the parts a test can hold: no HTML built from strings anywhere in `src/`
 * (React escapes what it renders; `dangerouslySetInnerHTML`/`innerHTML` would not), and no
 * network access from the core, the file adapter and the CLI, checked both in the sources and
 * at run time (every socket and DNS entry point trapped while the CLI works on a workbook).
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { CLI_MAIN, REPO_ROOT } from '../helpers/cli';
import { tempDir, writeXlsx } from '../helpers/workbook';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx|html|js)$/.test(name)) out.push(p);
  }
  return out;
}

function hits(dirs: string[], pattern: RegExp): string[] {
  return dirs
    .map((d) => path.join(REPO_ROOT, d))
    .filter((d) => existsSync(d))
    .flatMap(filesUnder)
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, i }))
        // Comments may name the thing they avoid.
        .filter(({ line }) => pattern.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line))
        .map(({ i }) => `${path.relative(REPO_ROOT, f)}:${i + 1}`),
    );
}

describe('sources', () => {
  it('nothing in src/ injects HTML from strings', () => {
    expect(hits(['src'], /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/)).toEqual([]);
  });

  it('nothing in src/ evaluates strings as code', () => {
    expect(hits(['src'], /\beval\(|new Function\(/)).toEqual([]);
  });

  it('the core, the file adapter and the CLI use no network API', () => {
    const network = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|from ['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|require\(['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\)/;
    expect(hits(['src/core', 'src/xlsx', 'src/cli'], network)).toEqual([]);
  });

  it('the core, the file adapter and the CLI start no other program', () => {
    expect(hits(['src/core', 'src/xlsx', 'src/cli'], /child_process|\bexecSync\(|\bspawn\(/)).toEqual([]);
  });
});

describe('at run time', () => {
  const tmp = tempDir('peg-net-');
  afterAll(() => tmp.cleanup());

  it('check, summary, build and tempistica open no socket and resolve no name', async () => {
    const file = await writeXlsx(tmp.path, 'piano.xlsx', [
      { name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, { v: 'Portale', hyperlink: 'https://esempio.invalid/' }, 100]] },
      { name: 'Fasi', rows: [['Settore', 'N. obiettivo', 'N. fase', 'Attività da compiere', 'Tempistica'], ['FINANZIARIO', 1, 1, 'Avvio', 'entro giugno 2025']] },
    ]);
    const log = path.join(tmp.path, 'rete.log');
    const trap = path.join(tmp.path, 'trap.js');
    // Every way out of the process, replaced by a note in the log (and a failure for the caller).
    writeFileSync(
      trap,
      `const fs = require('fs');
const note = (what) => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('rete vietata: ' + what); };
const net = require('net'); const dns = require('dns'); const tls = require('tls'); const dgram = require('dgram');
net.Socket.prototype.connect = function () { note('net.connect'); };
net.connect = net.createConnection = () => note('net.connect');
tls.connect = () => note('tls.connect');
dgram.createSocket = () => note('dgram');
dns.lookup = dns.resolve = () => note('dns');
dns.promises.lookup = dns.promises.resolve = async () => note('dns');
globalThis.fetch = async () => note('fetch');
`,
    );
    const runs = [
      ['check', file],
      ['summary', file, '--json'],
      ['build', file, '-o', path.join(tmp.path, 'piano.elaborato.xlsx')],
      ['tempistica', 'Da gennaio a maggio 2026', '--anno', '2026'],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, ['-r', trap, CLI_MAIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).not.toContain('rete vietata');
      expect([0, 1]).toContain(r.status);
    }
    expect(existsSync(log)).toBe(false);
  }, 120_000);
});
