import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../../src/xlsx/atomicWrite';
import { tempDir } from '../helpers/workbook';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const target = path.join(tmp.path, 'nuovo.xlsx');
    await writeFileAtomic(target, Buffer.from('contenuto'));
    expect(readFileSync(target, 'utf8')).toBe('contenuto');
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing file as a whole', async () => {
    const target = path.join(tmp.path, 'esistente.xlsx');
    writeFileSync(target, 'vecchio contenuto, più lungo del nuovo');
    await writeFileAtomic(target, 'nuovo');
    expect(readFileSync(target, 'utf8')).toBe('nuovo');
  });

  it('leaves the old file untouched and cleans up when the rename fails', async () => {
    // The target is a non-empty folder: the rename over it fails after the temp file is written.
    const dir = path.join(tmp.path, 'blocco');
    const target = path.join(dir, 'piano.xlsx');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'dentro.txt'), 'x');
    await expect(writeFileAtomic(target, 'nuovo')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['piano.xlsx']);
    expect(existsSync(path.join(target, 'dentro.txt'))).toBe(true);
  });

  (process.getuid?.() === 0 ? it.skip : it)('fails without writing when the folder is read-only', async () => {
    const dir = path.join(tmp.path, 'sola-lettura');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    await expect(writeFileAtomic(path.join(dir, 'x.xlsx'), 'x')).rejects.toThrow();
    chmodSync(dir, 0o700);
    expect(readdirSync(dir)).toEqual([]);
  });
});
