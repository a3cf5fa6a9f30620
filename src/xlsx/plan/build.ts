/**
 * Building generated sheets on an `.xlsx` held in memory: read → analyse → plan → apply → bytes.
 * Browser-safe (no `fs`), shared by the CLI and the standalone page.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../core/analyze';
import type { WorkbookGrid } from '../../core/grid';
import { planBuild, type BuildOptions, type BuildPlanResult } from '../../core/plans/build';
import { planTemplate, type TemplateOptions } from '../../core/plans/template';
import type { Analysis, MomentoVerifica } from '../../core/results';
import { WorkbookReadError } from '../errors';
import { gridOfWorkbook, loadCheckedWorkbook, type WorkbookBytes } from '../read';
import { applyWorkbookPlan, type ApplyReport } from './apply';
import { lostParts, preserveUserParts } from './preserve';
import { repairTablesForWrite } from './roundTrip';

export interface BuildFileOptions extends BuildOptions {
  verifica?: MomentoVerifica | null;
  /** File name for messages. */
  name?: string;
}

export interface BuildFileResult {
  bytes: Uint8Array;
  analysis: Analysis;
  grid: WorkbookGrid;
  planned: BuildPlanResult;
  applied: ApplyReport;
  /** What the new file could not keep from the original (Italian labels: `grafici`…). */
  lost: string[];
}

export async function loadExcelWorkbook(bytes: WorkbookBytes, name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new WorkbookReadError('danneggiato', name, { cause });
  }
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  repairTablesForWrite(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function buildWorkbookBytes(input: WorkbookBytes, opts: BuildFileOptions = {}): Promise<BuildFileResult> {
  const name = opts.name ?? 'cartella di lavoro';
  // One load: the grid is taken from the workbook before the plan changes it.
  const wb = await loadCheckedWorkbook(input, { name });
  const grid = gridOfWorkbook(wb);
  const analysis = analyze(grid, { verifica: opts.verifica ?? null });
  const planned = planBuild(analysis, grid, opts);
  const applied = applyWorkbookPlan(wb, planned.plan);
  const input8 = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bytes = await preserveUserParts(input8, await workbookBytes(wb));
  return { bytes, analysis, grid, planned, applied, lost: await lostParts(input8, bytes) };
}

export async function templateWorkbookBytes(opts: TemplateOptions, defaultYear: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'peg';
  applyWorkbookPlan(wb, planTemplate(opts, defaultYear));
  return workbookBytes(wb);
}
