/**
 * `build`: the whole plan of generated sheets and computed columns for one analysed workbook.
 * Names: a generated sheet (marked) with the wanted name is replaced; a user sheet with that name
 * is never touched, the new sheet takes a free name (`Cronoprogramma 2025 (2)`), and the next
 * build finds and replaces that one, so building twice equals building once.
 */
import type { WorkbookGrid } from '../grid';
import type { Analysis } from '../results';
import { planColumns } from './columns';
import { planCronoprogramma, type CronoMode } from './cronoprogramma';
import { planIndividuale } from './individuale';
import { planRiepilogo, type RiepilogoResult } from './riepilogo';
import { planSchede } from './schede';
import { uniqueSheetName } from './sheetNames';
import { BUILD_PARTS, type BuildPart, type GeneratedKind, type SheetPlan, type WorkbookPlan } from './types';

export interface BuildOptions {
  only?: BuildPart[];
  cronoprogramma?: CronoMode;
  /** The generation date stated in the Riepilogo (default: now). */
  generatoIl?: Date;
}

export interface ExistingSheet {
  name: string;
  generated: boolean;
}

export interface BuildPlanResult {
  plan: WorkbookPlan;
  /** Each planned sheet and whether it replaces an older generated sheet. */
  sheets: { name: string; kind: GeneratedKind; replaced: boolean }[];
  weightKinds: RiepilogoResult['weightKinds'];
}

/** The kind of a generated sheet, from the name it was given (users may rename: then it is left alone). */
export function kindOfGeneratedName(name: string): GeneratedKind | null {
  const n = name.trim().toLowerCase();
  if (n.startsWith('crono')) return 'cronoprogramma';
  if (n.startsWith('riepilogo')) return 'riepilogo';
  if (n.startsWith('scheda') || n.startsWith('schede')) return 'schede';
  if (n.startsWith('valutazione individuale')) return 'individuale';
  return null;
}

/** Gives each plan its final name against the workbook's sheets; fills `replaces`. */
export function assignNames(plans: SheetPlan[], existing: ExistingSheet[]): void {
  const taken: string[] = existing.filter((s) => !s.generated).map((s) => s.name);
  for (const p of plans) {
    const name = uniqueSheetName(p.name, taken);
    const old = existing.find((s) => s.generated && s.name.toLowerCase() === name.toLowerCase());
    p.name = old ? old.name : name;
    p.replaces = old ? old.name : null;
    taken.push(p.name);
  }
}

export function planBuild(analysis: Analysis, grid: WorkbookGrid, opts: BuildOptions = {}): BuildPlanResult {
  const parts = new Set<BuildPart>(opts.only && opts.only.length > 0 ? opts.only : BUILD_PARTS);
  const sheets: SheetPlan[] = [];
  let weightKinds: RiepilogoResult['weightKinds'] = [];
  if (parts.has('riepilogo')) {
    const r = planRiepilogo(analysis, grid, { generatoIl: opts.generatoIl });
    sheets.push(r.plan);
    weightKinds = r.weightKinds;
  }
  if (parts.has('cronoprogramma')) sheets.push(...planCronoprogramma(analysis, { mode: opts.cronoprogramma }));
  if (parts.has('schede')) sheets.push(...planSchede(analysis));
  if (parts.has('personale')) sheets.push(...planIndividuale(analysis, { generatoIl: opts.generatoIl }));
  const existing: ExistingSheet[] = grid.sheets.map((s) => ({ name: s.name, generated: s.generated === true }));
  assignNames(sheets, existing);
  const rebuilt = new Set<GeneratedKind>(sheets.map((s) => s.kind));
  for (const k of ['cronoprogramma', 'riepilogo', 'schede'] as const) if (parts.has(k)) rebuilt.add(k);
  if (parts.has('personale')) rebuilt.add('individuale');
  const kept = new Set(sheets.map((s) => s.name.toLowerCase()));
  const removeSheets = existing
    .filter((s) => s.generated && !kept.has(s.name.toLowerCase()))
    .filter((s) => {
      const k = kindOfGeneratedName(s.name);
      return k !== null && rebuilt.has(k);
    })
    .map((s) => s.name);
  const columnWrites = parts.has('colonne') ? planColumns(analysis, grid) : [];
  return {
    plan: { sheets, columnWrites, removeSheets },
    sheets: sheets.map((s) => ({ name: s.name, kind: s.kind, replaced: s.replaces !== null })),
    weightKinds,
  };
}
