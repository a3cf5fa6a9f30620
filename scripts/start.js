#!/usr/bin/env node
/*
 * `npm start`: with Excel (Windows or Mac) it sideloads the add-in and opens Excel through
 * office-addin-debugging; anywhere else (or with PEG_NO_EXCEL=1) it builds the pane and serves
 * dist/ over https://localhost:3000 (http when no certificate can be made), and prints the address
 * of the standalone page with the bundled sample workbook open. It runs until Ctrl+C.
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { ensureCertificateFiles, isCaTrusted } = require('./devCerts');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.PORT || 3000);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function withExcel() {
  const child = spawn('npx', ['office-addin-debugging', 'start', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function handler(req, res) {
  const url = decodeURIComponent((req.url || '/').split('?')[0]);
  // The site root is the standalone page (taskpane.html outside Office).
  const file = path.join(DIST, url === '/' ? 'taskpane.html' : url);
  if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Non trovato');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*' });
  fs.createReadStream(file).pipe(res);
}

/**
 * The office-addin-dev-certs certificate, made when missing but never installed from here: the
 * CA install asks for sudo or a system dialog, which a first `npm start` should not do. When the
 * CA is not trusted the browser asks once to accept the certificate; with no certificate: http.
 */
async function certificate() {
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

async function serve() {
  // The manifest keeps pointing here, so Excel on the web can also sideload the pane from this server.
  console.log('Compilazione della pagina (circa un minuto)…');
  run('npx', ['webpack', '--mode', 'production', '--env', 'preview', '--stats', 'errors-warnings'], { PEG_ADDIN_URL: `https://localhost:${PORT}/` });
  const options = await certificate();
  const server = options ? https.createServer(options, handler) : http.createServer(handler);
  const scheme = options ? 'https' : 'http';
  server.on('error', (err) => {
    if (err.code === 'EADDRINUSE') console.error(`La porta ${PORT} è già in uso: chiudi l'altro programma o usa PORT=3001 npm start.`);
    else console.error(`Il server non è partito: ${err.message}`);
    process.exit(1);
  });
  server.listen(PORT, '127.0.0.1', () => {
    const base = `${scheme}://localhost:${PORT}`;
    console.log('');
    console.log(`Apri nel browser: ${base}/?esempio`);
    console.log('  (la pagina senza Excel, con il piano di esempio già aperto; per un tuo file: trascinalo nella pagina)');
    console.log(`Riquadro per Excel sul web: ${base}/taskpane.html · anteprima su dati dimostrativi: ${base}/preview.html`);
    console.log('Ctrl+C per fermare.');
  });
  process.on('SIGINT', () => {
    server.close();
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
