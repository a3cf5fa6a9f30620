/**
 * A note a user adds to a generated sheet goes with that sheet when it is rebuilt: its parts leave
 * the package (no unreferenced part left in the zip or the content types) and the output says so;
 * a note on a user sheet, added in the same session by openpyxl, stays with every byte.
 */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openZip } from '../../src/xlsx/package';
import { partsOnlyOf } from '../../src/xlsx/write/relatedParts';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

const tmp = tempDir('peg-related-');
afterAll(() => tmp.cleanup());

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');

const ADD_NOTES = `
import sys, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1])
wb['Riepilogo']['A1'].comment = Comment('Visto dal Nucleo', 'Nucleo')
wb['Obiettivi']['A1'].comment = Comment('Controllare i pesi', 'Anna Verdi')
wb.save(sys.argv[2])
`;

const READ_NOTES = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({n: [c.comment.text for row in wb[n].iter_rows() for c in row if c.comment] for n in ['Obiettivi', 'Riepilogo']}))
`;

/** Every internal relationship target of the package, as `source → target` pairs. */
function targets(parts: Record<string, Uint8Array>): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const [name, data] of Object.entries(parts)) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    for (const r of strFromU8(data).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(r[0])) continue;
      const t = /Target="([^"]+)"/.exec(r[0])![1];
      const to = t.startsWith('/') ? t.slice(1) : path.posix.normalize(path.posix.join(m[1], t));
      out.push({ from: `${m[1]}${m[2]}`, to });
    }
  }
  return out;
}

describeWith(hasOpenpyxl(), 'openpyxl (python3-openpyxl)')('parts a user added to a generated sheet', () => {
  it('leave with the rebuilt sheet, said in the output; a user sheet keeps its note byte for byte', () => {
    const first = path.join(tmp.path, 'primo.xlsx');
    writeFileSync(first, buildWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)), { name: 'esempio' }).bytes);
    const annotated = path.join(tmp.path, 'annotato.xlsx');
    execFileSync(PYTHON, ['-c', ADD_NOTES, first, annotated]);
    const before = unzipSync(new Uint8Array(readFileSync(annotated)));
    const notes = Object.keys(before).filter((n) => /comments\d*\.xml$|comment\d+\.xml$/i.test(n));
    // The fixture really has two notes, one on each sheet.
    expect(notes).toHaveLength(2);

    const rebuilt = buildWorkbookBytes(new Uint8Array(readFileSync(annotated)), { name: 'annotato' });
    expect(rebuilt.applied.replaced).toContain('Riepilogo');
    expect(rebuilt.applied.notes.join('\n')).toMatch(/^Riepilogo: le note, i disegni o le immagini aggiunti a mano al foglio generato sono stati tolti/m);
    const after = unzipSync(rebuilt.bytes);
    const left = Object.keys(after).filter((n) => notes.includes(n));
    expect(left).toHaveLength(1);
    // The one left is the user sheet's, unchanged; the other, with its VML, is gone.
    expect(Buffer.from(after[left[0]]).equals(Buffer.from(before[left[0]]))).toBe(true);
    expect(strFromU8(after[left[0]])).toContain('Controllare i pesi');
    expect(Object.keys(after).filter((n) => n.endsWith('.vml'))).toHaveLength(1);
    // No dangling relationship, and no content type for a part that is not there.
    for (const { from, to } of targets(after)) expect({ from, to, present: to in after }).toEqual({ from, to, present: true });
    const types = strFromU8(after['[Content_Types].xml']);
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect({ part: m[1], present: m[1] in after }).toEqual({ part: m[1], present: true });
    // Every part is reached from the package root: nothing left unreferenced.
    const reached = new Set(['[Content_Types].xml']);
    const todo = [''];
    const all = targets(after);
    while (todo.length > 0) {
      const from = todo.pop()!;
      for (const t of all.filter((x) => x.from === from)) {
        if (reached.has(t.to)) continue;
        reached.add(t.to);
        todo.push(t.to);
      }
    }
    const unreferenced = Object.keys(after).filter((n) => !reached.has(n) && !/_rels\/[^/]*\.rels$/.test(n) && !n.endsWith('/'));
    expect(unreferenced).toEqual([]);

    const out = path.join(tmp.path, 'rigenerato.xlsx');
    writeFileSync(out, rebuilt.bytes);
    expect(JSON.parse(execFileSync(PYTHON, ['-c', READ_NOTES, out], { encoding: 'utf8' }))).toEqual({ Obiettivi: [expect.stringContaining('Controllare i pesi')], Riepilogo: [] });
  });
});

test('a part shared with a part the package keeps stays (an image in a user drawing too)', () => {
  const rels = (...r: [string, string][]) =>
    strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.map(([id, t]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/x" Target="${t}"/>`).join('')}</Relationships>`);
  const pkg = openZip(
    zipSync({
      'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
      'xl/worksheets/_rels/sheet1.xml.rels': rels(['rId1', '../drawings/drawing1.xml']),
      'xl/worksheets/sheet2.xml': strToU8('<worksheet/>'),
      'xl/worksheets/_rels/sheet2.xml.rels': rels(['rId1', '../drawings/drawing2.xml'], ['rId2', '/xl/printerSettings/p2.bin']),
      'xl/drawings/drawing1.xml': strToU8('<d/>'),
      'xl/drawings/_rels/drawing1.xml.rels': rels(['rId1', '../media/image1.png']),
      'xl/drawings/drawing2.xml': strToU8('<d/>'),
      'xl/drawings/_rels/drawing2.xml.rels': rels(['rId1', '../media/image1.png'], ['rId2', '../media/image2.png']),
      'xl/media/image1.png': new Uint8Array([1]),
      'xl/media/image2.png': new Uint8Array([2]),
      'xl/printerSettings/p2.bin': new Uint8Array([3]),
    }),
    'prova.xlsx',
  );
  expect([...partsOnlyOf(pkg, ['xl/worksheets/sheet2.xml'])].sort()).toEqual(['xl/drawings/drawing2.xml', 'xl/media/image2.png', 'xl/printersettings/p2.bin']);
  expect([...partsOnlyOf(pkg, ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])].sort()).toEqual(
    ['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml', 'xl/media/image1.png', 'xl/media/image2.png', 'xl/printersettings/p2.bin'],
  );
});
