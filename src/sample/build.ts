/** The sample workbook as `.xlsx` bytes. */
import { xlsxFromSpec } from '../xlsx/fromRows';
import { sampleWorkbookSpec } from './data';

export function buildSampleWorkbook(): Promise<Buffer> {
  return xlsxFromSpec(sampleWorkbookSpec());
}
