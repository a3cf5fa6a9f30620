/**
 * What `npm start` serves (scripts/staticFiles.js): `/` is the standalone page, files are sent
 * with their type, and nothing outside the built folder is ever sent (`..`, encoded or not).
 */
import http from 'http';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/workbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require('../../scripts/staticFiles') as { staticHandler(root: string): http.RequestListener };

const tmp = tempDir('peg-static-');
let server: http.Server;
let port = 0;

beforeAll(async () => {
  const dist = path.join(tmp.path, 'dist');
  mkdirSync(path.join(dist, 'aiuto'), { recursive: true });
  writeFileSync(path.join(dist, 'taskpane.html'), '<!doctype html><title>riquadro</title>');
  writeFileSync(path.join(dist, 'standalone.html'), '<!doctype html><title>senza Excel</title>');
  writeFileSync(path.join(dist, 'aiuto.html'), '<!doctype html><title>guida</title>');
  writeFileSync(path.join(dist, 'aiuto', 'controllo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(tmp.path, 'segreto.txt'), 'fuori dalla cartella');
  server = http.createServer(staticHandler(dist));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  tmp.cleanup();
});

/** A raw request: the path is sent exactly as written (no client-side `..` folding). */
function get(rawPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('serves the standalone page at / and with ?esempio', async () => {
  for (const p of ['/', '/?esempio']) {
    const r = await get(p);
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<title>senza Excel</title>');
  }
  expect((await get('/taskpane.html')).body).toContain('<title>riquadro</title>');
});

it('serves the guide and its pictures with their types', async () => {
  expect((await get('/aiuto.html')).body).toContain('<title>guida</title>');
  const png = await get('/aiuto/controllo.png');
  expect(png.status).toBe(200);
  expect(png.type).toBe('image/png');
});

it('never sends a file outside the built folder, and answers 404 in Italian', async () => {
  for (const p of ['/../segreto.txt', '/%2e%2e/segreto.txt', '/aiuto/../../segreto.txt', '/%E0%A4%A', '/manca.js', '/aiuto']) {
    const r = await get(p);
    expect(`${p} ${r.status}`).toBe(`${p} 404`);
    expect(r.body).toBe('Non trovato');
  }
});
