#!/usr/bin/env node
/*
 * `npm start`: with Excel (Windows or Mac) it sideloads the add-in and opens Excel through
 * office-addin-debugging; anywhere else (or with PEG_NO_EXCEL=1) it builds the pane and serves
 * dist/ over http://localhost:3000, and prints the address of the standalone page with the
 * bundled sample workbook open. It runs until Ctrl+C.
 *
 * Why http: browsers treat http://localhost as a secure context, so the standalone page needs no
 * certificate and shows no warning. Excel on the web only loads an add-in over https: for that,
 * `npm start -- --https` (or PEG_HTTPS=1) serves the same files with the development certificate.
 *
 * Why it is quick after the first time: webpack keeps its work in node_modules/.cache/webpack
 * (the filesystem cache), and when nothing the page is built from changed since the last build
 * the build is skipped altogether. The page is not minified nor given source maps: it is served
 * from this computer, where size does not matter and minifying was most of the build time.
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { staticHandler } = require('./staticFiles');
const { buildPage } = require('./buildPage');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.PORT || 3000);
const HTTPS = process.argv.includes('--https') || process.env.PEG_HTTPS === '1';

function withExcel() {
  const child = spawn('npx', ['office-addin-debugging', 'start', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

/**
 * The office-addin-dev-certs certificate (only with --https), made when missing but never
 * installed from here: the CA install asks for sudo or a system dialog.
 */
async function certificate() {
  const { ensureCertificateFiles, isCaTrusted } = require('./devCerts');
  try {
    const files = await ensureCertificateFiles();
    if (!(await isCaTrusted())) {
      console.warn('Il certificato di sviluppo non è tra quelli attendibili: il browser chiederà una volta di accettarlo (per evitarlo: npx office-addin-dev-certs install).');
    }
    return files;
  } catch (err) {
    console.warn(`Certificato di sviluppo non disponibile (${String(err && err.message).trim()}): uso http.`);
    return null;
  }
}

/** Listens on IPv4 and IPv6 loopback: `localhost` resolves to either, depending on the system. */
function listen(make, onReady) {
  const servers = [];
  let ready = 0;
  const hosts = ['127.0.0.1', '::1'];
  for (const host of hosts) {
    const server = make();
    server.on('error', (err) => {
      if (host === '::1' && (err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT')) {
        // No IPv6 loopback on this machine: IPv4 is enough.
        if (++ready === hosts.length) onReady();
        return;
      }
      if (err.code === 'EADDRINUSE') console.error(`La porta ${PORT} è già in uso: chiudi l'altro programma o usa PORT=3001 npm start.`);
      else console.error(`Il server non è partito: ${err.message}`);
      process.exit(1);
    });
    server.listen(PORT, host, () => {
      if (++ready === hosts.length) onReady();
    });
    servers.push(server);
  }
  return servers;
}

async function serve() {
  const started = Date.now();
  // The manifest keeps pointing at the add-in's https address (dev server or `--https`).
  const ok = await buildPage({ root: ROOT, outDir: DIST, addinUrl: `https://localhost:${PORT}/` });
  if (!ok) process.exit(1);
  const options = HTTPS ? await certificate() : null;
  const handler = staticHandler(DIST);
  const make = () => (options ? https.createServer(options, handler) : http.createServer(handler));
  const scheme = options ? 'https' : 'http';
  const servers = listen(make, () => {
    const base = `${scheme}://localhost:${PORT}`;
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log('');
    console.log(`Pronto in ${seconds} s. Apri nel browser: ${base}/?esempio`);
    console.log('  (standalone.html, la pagina senza Excel, con il piano di esempio già aperto; per un tuo file: trascinalo nella pagina)');
    console.log(`Guida: ${base}/aiuto.html · anteprima su dati dimostrativi: ${base}/preview.html`);
    if (!options) console.log(`Per Excel sul web (vuole https): npm start -- --https, poi il riquadro è su https://localhost:${PORT}/taskpane.html`);
    else console.log(`Riquadro per Excel sul web: ${base}/taskpane.html`);
    console.log('Ctrl+C per fermare.');
  });
  process.on('SIGINT', () => {
    for (const s of servers) s.close();
    process.exit(0);
  });
}

/** Desktop Excel where office-addin-debugging can sideload: the usual install places. */
function excelInstalled() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  return roots.some((root) => ['Office16', 'Office15'].some((v) => fs.existsSync(path.join(root, 'Microsoft Office', 'root', v, 'EXCEL.EXE'))));
}

if (excelInstalled() && !process.env.PEG_NO_EXCEL) withExcel();
else void serve();
