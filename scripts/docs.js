/**
 * `npm run docs`: rewrites the generated tables of docs/ (settings, diagnostics) from the core's
 * modules, between their `BEGIN GENERATED` / `END GENERATED` markers. The rendering is
 * scripts/docs-tables.ts; test/docs/generated.test.ts fails when the docs differ from the modules.
 * The TypeScript sources are compiled on the fly (each file alone), so no build is needed first.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

// Load .ts files through the TypeScript compiler, with the project's options.
require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

const { generatedBlocks, withGeneratedPart, generatedPart } = require('./docs-tables.ts');
const diagnostics = require(path.join(ROOT, 'src/core/diagnostics/catalogue.ts'));
const settings = require(path.join(ROOT, 'src/core/settings/definitions.ts'));
const fields = require(path.join(ROOT, 'src/core/read/fields.ts'));

let changed = 0;
for (const block of generatedBlocks(diagnostics, settings, fields)) {
  const file = path.join(ROOT, block.file);
  const text = fs.readFileSync(file, 'utf8');
  if (generatedPart(text, block.name) === block.body) continue;
  fs.writeFileSync(file, withGeneratedPart(text, block.name, block.body));
  changed++;
  console.log(`${block.file}: tabella "${block.name}" aggiornata`);
}
if (changed === 0) console.log('docs/: tabelle già aggiornate');
