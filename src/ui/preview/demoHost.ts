/** An in-memory WorkbookHost for the preview page: it shows the pane without Excel. */
import type { WorkbookGrid } from '../../core/grid';
import type { ApplyResult, SettingsMap, WorkbookHost } from '../../host/workbookHost';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function demoHost(grid: WorkbookGrid, log: (line: string) => void = () => undefined): WorkbookHost {
  let settings: SettingsMap = {};
  const generated = new Set<string>();
  return {
    kind: 'standalone',
    readGrid: async () => ({
      ...grid,
      sheets: [...grid.sheets, ...[...generated].map((name) => ({ name, rows: [], generated: true }))],
      settings,
    }),
    listSheets: async () => [...grid.sheets.map((s) => ({ name: s.name, generated: false })), ...[...generated].map((name) => ({ name, generated: true }))],
    selectCell: async (sheet, cell) => log(`Selezionata ${sheet}!${cell}`),
    applyPlan: async (plan, onProgress) => {
      const result: ApplyResult = { created: [], replaced: [], removed: [...plan.removeSheets], columns: plan.columnWrites.map((c) => `${c.sheet} (${c.header})`) };
      const total = plan.sheets.length + 1;
      for (const [i, s] of plan.sheets.entries()) {
        onProgress?.({ done: i, total, label: `Scrittura di ${s.name}…` });
        await wait(150);
        (s.replaces ? result.replaced : result.created).push(s.name);
        generated.add(s.name);
      }
      onProgress?.({ done: total, total, label: 'Fatto' });
      return result;
    },
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      settings = s;
    },
    createNewWorkbook: async (_plan, fileName) => ({ message: `Il nuovo modello «${fileName}» è pronto (anteprima: nessun file scritto).` }),
  };
}
