/*
 * The page `npm start` serves, built with webpack's Node API: progress printed while it builds,
 * webpack's filesystem cache (node_modules/.cache/webpack), and no build at all when nothing it
 * is made from changed since the last one (a stamp in the output folder says what was built).
 */
'use strict';
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

/** What the page is made of: a change in any of these means building again. */
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'tsconfig.json', 'scripts/buildPage.js'];
const STAMP = '.npm-start.json';

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function readStamp(outDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Lines like `Compilazione: 40% (25 s)`: one per 10%, and one every 5 s while a step lasts, so
 * the wait is never silent and a log stays short.
 */
function progressPrinter() {
  const t0 = Date.now();
  let shown = -1;
  let last = t0;
  return (fraction) => {
    const pct = Math.min(99, Math.floor(fraction * 100));
    const now = Date.now();
    const step = Math.floor(pct / 10) * 10;
    if (step <= shown && now - last < 5000) return;
    shown = Math.max(shown, step);
    last = now;
    console.log(`  Compilazione: ${pct}% (${Math.round((now - t0) / 1000)} s)`);
  };
}

/**
 * Builds the page into `outDir` unless it is up to date. Resolves true when the page is there.
 */
async function buildPage({ root, outDir, addinUrl }) {
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(path.join(root, p))));
  const key = `${addinUrl}|preview`;
  const stamp = readStamp(outDir);
  if (stamp && stamp.key === key && stamp.inputs >= inputs && ['taskpane.html', 'standalone.html'].every((page) => fs.existsSync(path.join(outDir, page)))) {
    console.log('La pagina è già compilata e nessun sorgente è cambiato: parto subito.');
    return true;
  }
  const cached = fs.existsSync(path.join(root, 'node_modules', '.cache', 'webpack'));
  console.log(cached ? 'Compilazione della pagina (con la cache: pochi secondi)…' : 'Prima compilazione della pagina: su un computer lento anche due minuti, le prossime volte pochi secondi…');

  process.env.PEG_ADDIN_URL = addinUrl;
  const webpack = require('webpack');
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  const config = await makeConfig({ preview: true, outDir }, { mode: 'production' });
  config.cache = {
    type: 'filesystem',
    // One cache per copy of the project: two clones sharing node_modules must not share entries.
    name: `npm-start-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`,
    buildDependencies: { config: [path.join(root, 'webpack.config.js'), __filename] },
  };
  // Served from this computer: minifying and source maps cost most of the time and give nothing here.
  config.devtool = false;
  config.optimization = { ...config.optimization, minimize: false };
  config.performance = { hints: false };
  config.plugins = [...config.plugins, new webpack.ProgressPlugin(progressPrinter())];

  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, result) => {
      compiler.close(() => (err ? reject(err) : resolve(result)));
    });
  }).catch((err) => {
    console.error(`La compilazione non è riuscita: ${err.message}`);
    return null;
  });
  if (!stats) return false;
  if (stats.hasErrors()) {
    console.error(stats.toString({ preset: 'errors-only', colors: false }));
    console.error('La compilazione non è riuscita (vedi sopra).');
    return false;
  }
  fs.writeFileSync(path.join(outDir, STAMP), JSON.stringify({ key, inputs, builtAt: new Date().toISOString() }));
  return true;
}

module.exports = { buildPage };
