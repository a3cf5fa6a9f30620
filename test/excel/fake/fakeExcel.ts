/**
 * The Excel fake lives in src/excel/fake (the benchmark measures syncs with it, and nothing under
 * src/ may load files from test/): tests keep importing it from here.
 */
export * from '../../../src/excel/fake/fakeExcel';
