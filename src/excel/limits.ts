/**
 * Office.js limits the adapter plans its requests around (Microsoft, "Resource limits and
 * performance optimization for Office Add-ins"). Limits of the workbook itself (formula length,
 * page breaks) are the core's: src/core/plans/limits.ts.
 */

/** Excel on the web rejects a request or a response over 5 MB: every request stays under 4 MB. */
export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
/** Estimated response bytes one read sync may ask for (estimates of text are rough: kept low). */
export const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;
/** A range read of more cells than this comes back without values. */
export const MAX_CELLS_PER_READ = 5_000_000;
/** A sync that has not answered after this long is reported to the user (cell edit waits count). */
export const SYNC_TIMEOUT_MS = 120_000;
