/**
 * The core as the pane uses it, behind an interface so component tests can pass hand-built
 * analyses and plans. The default engine is the real core.
 */
import { analyze } from '../core/analyze';
import type { WorkbookGrid } from '../core/grid';
import { describeLayout } from '../core/layout';
import { planBuild, planTemplate } from '../core/plans';
import type { CronoMode } from '../core/plans';
import type { BuildPart, WorkbookPlan } from '../core/plans/types';
import type { Analysis, MomentoVerifica } from '../core/results';

export interface GenerateOptions {
  parts: BuildPart[];
  cronoprogramma: CronoMode;
}

export interface PegEngine {
  analyze(grid: WorkbookGrid, verifica: MomentoVerifica | null): Analysis;
  /** `Formato rilevato: …` for the Controllo tab; null when unknown. */
  layoutText(analysis: Analysis): string | null;
  planBuild(analysis: Analysis, grid: WorkbookGrid, opts: GenerateOptions): WorkbookPlan;
  planTemplate(opts: { anno: number; ente: string | null }): WorkbookPlan;
}

export const coreEngine: PegEngine = {
  analyze: (grid, verifica) => analyze(grid, { verifica }),
  layoutText: (analysis) => {
    const layout = (analysis as Analysis & { layout?: Parameters<typeof describeLayout>[0] }).layout;
    return layout ? describeLayout(layout) : null;
  },
  planBuild: (analysis, grid, opts) => planBuild(analysis, grid, { only: opts.parts, cronoprogramma: opts.cronoprogramma }).plan,
  planTemplate: (opts) => planTemplate({ anno: opts.anno, ente: opts.ente }, opts.anno),
};
