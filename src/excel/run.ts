/** How the adapter reaches Excel: `Excel.run` in Office, an in-memory fake in tests. */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeRun: RunExcel = (batch) => Excel.run(batch);
