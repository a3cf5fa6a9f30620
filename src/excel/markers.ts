/** The `_PEG_GEN_<n>` workbook names that mark generated sheets (plans/types.ts). */
import { GENERATED_NAME_PREFIX } from '../core/plans/types';

export interface NameInfo {
  name: string;
  /** The name's reference as Excel gives it: `=Cronoprogramma!$A$1`, `='Riepilogo 2025'!$A$1`. */
  formula: string;
}

/** Sheet name a reference like `='Foglio di Mario'!$A$1` points at; null for anything else. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'#]+)!/.exec(f);
  return plain ? plain[1] : null;
}

/** Generated sheet name (lower-cased) → the marker names pointing at it. */
export function generatedSheets(names: NameInfo[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of names) {
    if (!n.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX)) continue;
    const sheet = sheetOfReference(n.formula);
    if (!sheet) continue;
    const key = sheet.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), n.name]);
  }
  return out;
}

/** The next free `_PEG_GEN_<n>` given the names already in the workbook. */
export function nextMarkerName(existing: Iterable<string>, taken: Set<string> = new Set()): string {
  const used = new Set([...existing].map((n) => n.toUpperCase()));
  for (const t of taken) used.add(t.toUpperCase());
  let i = 1;
  while (used.has(`${GENERATED_NAME_PREFIX}${i}`)) i++;
  return `${GENERATED_NAME_PREFIX}${i}`;
}

/** A sheet name quoted for a reference: `'Riepilogo 2025'!$A$1`. */
export function sheetReference(sheet: string, address = '$A$1'): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
