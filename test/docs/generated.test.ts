/**
 * The docs' tables of settings and diagnostics are the core's modules, rendered: this fails when
 * someone adds or changes a setting or a code without running `npm run docs`.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { generatedBlocks, generatedPart, withGeneratedPart } from '../../scripts/docs-tables';
import * as diagnostics from '../../src/core/diagnostics/catalogue';
import * as fields from '../../src/core/read/fields';
import * as settings from '../../src/core/settings/definitions';

const ROOT = path.resolve(__dirname, '..', '..');
const blocks = generatedBlocks(diagnostics, settings, fields);

describe('generated tables in docs/', () => {
  it.each(blocks.map((b) => [`${b.file} · ${b.name}`, b]))('%s matches the core (run `npm run docs` to update)', (_, block) => {
    const text = readFileSync(path.join(ROOT, block.file), 'utf8');
    expect(generatedPart(text, block.name)).toBe(block.body);
  });

  it('list every code of the catalogue and every setting, one row each', () => {
    const codes = blocks.find((b) => b.name === 'segnalazioni')!.body;
    for (const code of diagnostics.DIAGNOSTIC_CODES) expect(codes).toContain(`| \`${code}\` |`);
    expect(codes.split('\n')).toHaveLength(diagnostics.DIAGNOSTIC_CODES.length + 2);
    const voci = blocks.find((b) => b.name === 'impostazioni')!.body;
    for (const k of settings.SETTING_KEYS) expect(voci).toContain(`| **${settings.SETTINGS[k].voce}** |`);
    expect(voci).toContain(`| **${settings.MAPPA_COLONNE.voce}** |`);
  });

  it('list every column the reader knows, with its synonyms', () => {
    for (const [kind, list] of Object.entries(fields.FIELDS_BY_KIND)) {
      const table = blocks.find((b) => b.name === `colonne-${kind}`)!.body;
      for (const f of list) expect(table).toContain(`| **${f.synonyms[0]}** | ${f.synonyms.length > 1 ? f.synonyms.slice(1).join(', ') : '—'} |`);
    }
  });

  it('notice a code missing from the docs', () => {
    const fewer = Object.fromEntries(Object.entries(diagnostics.CATALOGUE).slice(1));
    const codes = generatedBlocks({ ...diagnostics, CATALOGUE: fewer }, settings, fields).find((b) => b.name === 'segnalazioni')!;
    expect(codes.body).not.toBe(blocks.find((b) => b.name === 'segnalazioni')!.body);
  });

  it('replace only what is between the markers', () => {
    const text = 'prima\n<!-- BEGIN GENERATED: x (npm run docs) -->\nvecchio\n<!-- END GENERATED: x -->\ndopo\n';
    const next = withGeneratedPart(text, 'x', 'nuovo');
    expect(next).toBe('prima\n<!-- BEGIN GENERATED: x (npm run docs) -->\nnuovo\n<!-- END GENERATED: x -->\ndopo\n');
    expect(generatedPart(next, 'x')).toBe('nuovo');
    expect(generatedPart('niente', 'x')).toBeNull();
    expect(() => withGeneratedPart('niente', 'x', 'a')).toThrow(/marcatori/);
  });
});
