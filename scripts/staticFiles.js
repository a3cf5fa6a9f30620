/*
 * Serving the built page (dist/) to the browser: `/` is the standalone page (standalone.html;
 * taskpane.html is the pane Excel opens); only files inside the folder are ever sent.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function staticHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    let url;
    try {
      url = decodeURIComponent((req.url || '/').split('?')[0]);
    } catch {
      url = '';
    }
    const file = path.resolve(base, `.${url === '/' ? '/standalone.html' : url}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Non trovato');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'access-control-allow-origin': '*',
      // A rebuilt page must be seen at the next reload; the hashed bundles change name anyway.
      'cache-control': path.extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  };
}

module.exports = { staticHandler };
