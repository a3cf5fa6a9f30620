/** How the adapter reaches Excel: `Excel.run` in Office, an in-memory fake in tests. */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` with options, as Office.js has it (the fake has the same shape). */
export type ExcelRunWithOptions = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Every batch waits while the user is editing a cell instead of failing at once
 * (`delayForCellEdit`); hosts that do not know the option ignore it.
 */
export const waitingForCellEdit =
  (excelRun: ExcelRunWithOptions): RunExcel =>
  (batch) =>
    excelRun({ delayForCellEdit: true }, batch);

export const officeRun: RunExcel = waitingForCellEdit((options, batch) => Excel.run(options, batch));
