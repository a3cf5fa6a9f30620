import { promises as fs } from 'fs';

/**
 * True when anything is at `file`, a dangling symbolic link included (lstat): a command that must
 * never overwrite a file treats a link to a missing file as taken.
 */
export async function pathExists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
