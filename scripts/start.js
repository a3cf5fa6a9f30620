#!/usr/bin/env node
/*
 * `npm start`: with Excel (Windows or Mac) it sideloads the add-in and opens Excel through
 * office-addin-debugging; anywhere else it builds the pane and serves dist/ over
 * https://localhost:3000 (http when no certificate can be made) and prints the address.
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

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

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.map': 'application/json' };

function handler(req, res) {
  const url = decodeURIComponent((req.url || '/').split('?')[0]);
  let file = path.join(DIST, url === '/' ? 'preview.html' : url);
  if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Non trovato');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*' });
  fs.createReadStream(file).pipe(res);
}

/**
 * The office-addin-dev-certs certificate; when its CA cannot be installed (no sudo, a container),
 * the certificate it generated is still used (the browser will ask to trust it); none: http.
 */
async function certificate() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`Certificato di sviluppo non installato tra quelli attendibili (${String(err.message).trim()}): il browser chiederà di accettarlo.`);
      return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(path.join(dir, 'ca.crt')) ? fs.readFileSync(path.join(dir, 'ca.crt')) : undefined };
    }
    console.warn(`Certificato di sviluppo non disponibile (${String(err.message).trim()}): uso http.`);
    return null;
  }
}

async function serve() {
  // The preview page (demo plan, no Excel) is what a browser without Excel can show.
  // The manifest keeps pointing here, so Excel on the web can sideload it from this server.
  run('npx', ['webpack', '--mode', 'production', '--env', 'preview'], { PEG_ADDIN_URL: `https://localhost:${PORT}/` });
  const options = await certificate();
  const server = options ? https.createServer(options, handler) : http.createServer(handler);
  const scheme = options ? 'https' : 'http';
  server.listen(PORT, () => {
    console.log(`Riquadro servito su ${scheme}://localhost:${PORT}/taskpane.html (dentro Excel)`);
    console.log(`Anteprima senza Excel: ${scheme}://localhost:${PORT}/preview.html`);
    console.log('Ctrl+C per fermare.');
  });
}

const hasExcel = process.platform === 'win32' || process.platform === 'darwin';
if (hasExcel && !process.env.PEG_NO_EXCEL) withExcel();
else void serve();
