/** The generated-sheet marker: a workbook defined name `_PEG_GEN_<n>` → `'<sheet>'!$A$1`. */
import type ExcelJS from 'exceljs';
import { GENERATED_NAME_PREFIX } from '../../core/plans/types';
import { sheetRef } from '../../core/plans/sheetNames';
import { sheetOfReference } from '../read';

interface NameModel {
  name: string;
  ranges: string[];
}

function names(wb: ExcelJS.Workbook): NameModel[] {
  return (wb.definedNames.model ?? []) as NameModel[];
}

/** Marker names by sheet (lower-case sheet name → defined names). */
export function markedSheets(wb: ExcelJS.Workbook): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const dn of names(wb)) {
    if (!dn.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX)) continue;
    for (const ref of dn.ranges ?? []) {
      const sheet = sheetOfReference(ref);
      if (!sheet) continue;
      const key = sheet.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), dn.name]);
    }
  }
  return out;
}

export function isMarked(wb: ExcelJS.Workbook, sheet: string): boolean {
  return markedSheets(wb).has(sheet.toLowerCase());
}

export function removeMarker(wb: ExcelJS.Workbook, sheet: string): void {
  for (const name of markedSheets(wb).get(sheet.toLowerCase()) ?? []) {
    wb.definedNames.remove(`${sheetRef(sheet)}$A$1`, name);
  }
}

export function addMarker(wb: ExcelJS.Workbook, sheet: string): void {
  const used = new Set(names(wb).map((n) => n.name.toUpperCase()));
  let n = 1;
  while (used.has(`${GENERATED_NAME_PREFIX}${n}`)) n++;
  wb.definedNames.add(`${sheetRef(sheet)}$A$1`, `${GENERATED_NAME_PREFIX}${n}`);
}
