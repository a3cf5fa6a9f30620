/**
 * Jest global setup: brings the compiled CLI (lib/) up to date with the current sources before any
 * test runs, so that the tests that spawn `peg` as a child process never run an old build after an
 * edit (docs/architettura.md#test-loop).
 *
 * Why transpile and not `tsc -p tsconfig.cli.json`: a full compile type-checks the whole program
 * (tens of seconds on a busy machine, on every `npx jest …`), and a type error in a file someone is
 * editing would stop every test. Each source is compiled on its own (`isolatedModules` is on, so
 * this is exactly what tsc emits), and only when its output is missing or older than the source:
 * after one edit, one file. Type errors are the type-check's job (`npm run typecheck`).
 *
 * Outputs are written to a temporary file and renamed, so that another test run reading lib/ at the
 * same moment sees the old file or the new one, never half of one.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

function compilerSetup(ts) {
  const configPath = path.join(ROOT, 'tsconfig.cli.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  return parsed;
}

function outputOf(options, file) {
  const rel = path.relative(options.rootDir, file).replace(/\.tsx?$/, '.js');
  return path.join(options.outDir, rel);
}

function stale(source, output) {
  try {
    return fs.statSync(output).mtimeMs < fs.statSync(source).mtimeMs;
  } catch {
    return true;
  }
}

function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, text);
  try {
    fs.chmodSync(tmp, fs.statSync(file).mode); // keep an executable bit (the bin)
  } catch {
    // a new output: default mode
  }
  fs.renameSync(tmp, file);
}

/**
 * The files tsc would emit: those the config includes and every local module they import,
 * transitively (tsc emits an imported file even when the config does not include its folder).
 */
function programFiles(ts, roots, rootDir) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imp.fileName.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), imp.fileName);
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((c) => fs.existsSync(c));
      if (found && !path.relative(rootDir, found).startsWith('..')) queue.push(found);
    }
  }
  return [...seen];
}

/** Compiles the stale sources of tsconfig.cli.json into lib/; returns the files written. */
function updateLib() {
  const ts = require('typescript');
  const { options, fileNames } = compilerSetup(ts);
  const written = [];
  for (const file of programFiles(ts, fileNames.map((f) => path.resolve(f)), path.resolve(options.rootDir))) {
    if (file.endsWith('.d.ts')) continue;
    const out = outputOf(options, file);
    if (!stale(file, out)) continue;
    const result = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file });
    writeAtomically(out, result.outputText);
    written.push(path.relative(ROOT, out));
  }
  return [...written, ...removeOrphans(options)];
}

/**
 * Deletes outputs whose source is gone: a module moved to a folder (`diagnostics.ts` →
 * `diagnostics/index.ts`) leaves `lib/…/diagnostics.js`, which Node would load before the folder.
 */
function removeOrphans(options) {
  const removed = [];
  const walk = (dir) => {
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.js')) {
        const base = path.join(options.rootDir, path.relative(options.outDir, full)).replace(/\.js$/, '');
        if (!fs.existsSync(`${base}.ts`) && !fs.existsSync(`${base}.tsx`)) {
          fs.rmSync(full, { force: true });
          removed.push(`${path.relative(ROOT, full)} (rimosso: il sorgente non c'è più)`);
        }
      }
    }
  };
  walk(options.outDir);
  return removed;
}

module.exports = async function globalSetup() {
  const started = Date.now();
  // Inherited by the test workers: a source edited after this moment is newer than lib/ on purpose.
  process.env.PEG_LIB_UPDATED_AT = String(started);
  const written = updateLib();
  if (written.length > 0 && !process.env.JEST_SILENT_SETUP) {
    process.stderr.write(`\nlib/ aggiornata dai sorgenti: ${written.length} file in ${Date.now() - started} ms\n`);
  }
};
module.exports.updateLib = updateLib;
module.exports.programFiles = programFiles;
