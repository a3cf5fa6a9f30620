/** File names the standalone page gives to what it downloads. */

/** `Piano 2025.xlsx` → `Piano 2025 (PEG).xlsx`; a name already marked is kept, so regenerating does not pile up suffixes. */
export function generatedFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '');
  return /\(PEG\)$/.test(base) ? `${base}.xlsx` : `${base} (PEG).xlsx`;
}

