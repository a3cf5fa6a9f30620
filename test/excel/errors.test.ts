/** Office.js failures as the user reads them: every documented code the adapter meets says what to do. */
import { toHostError } from '../../src/excel/errors';
import { deadline, setSyncTimeoutForTests, SyncTimeoutError } from '../../src/excel/sync';
import { HostError } from '../../src/host/workbookHost';

const officeError = (code: string, debugInfo?: Record<string, unknown>) => Object.assign(new Error(`${code} (English text)`), { code, debugInfo });

describe('Office.js error codes → Italian', () => {
  // The codes the issue names, from Excel.ErrorCodes and Microsoft's error-handling page.
  const codes = [
    'InvalidOperationInCellEditMode', 'InactiveWorkbook', 'MergedRangeConflict', 'FilteredRangeConflict', 'FormulaLengthExceedsLimit',
    'RangeExceedsLimit', 'MemoryLimitReached', 'ServiceNotAvailable', 'PropertyNotLoaded', 'AccessDenied', 'ResponsePayloadSizeLimitExceeded',
  ];
  it.each(codes)('%s has its own message, never the generic one nor Excel’s English', (code) => {
    const e = toHostError(officeError(code), 'Scrittura dei fogli non riuscita');
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toMatch(/^Scrittura dei fogli non riuscita: /);
    expect(e.message).not.toMatch(/imprevisto|English text/);
  });

  it('keeps the code and debugInfo.errorLocation in the details', () => {
    const e = toHostError(officeError('MergedRangeConflict', { errorLocation: 'Range.merge', statement: 'range.merge(true);' }), 'Scrittura');
    expect(e.details).toBe('codice MergedRangeConflict; posizione Range.merge; istruzione range.merge(true);');
  });

  it('an unknown code is named in the message', () => {
    expect(toHostError(officeError('NuovoCodice'), 'Lettura').message).toBe('Lettura: Excel ha segnalato un errore imprevisto. (codice NuovoCodice)');
  });
});

describe('a sync that does not answer', () => {
  afterEach(() => setSyncTimeoutForTests(null));

  it('becomes a message instead of a wait without end', async () => {
    setSyncTimeoutForTests(30);
    const never = new Promise<void>(() => undefined);
    const err = await deadline(never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncTimeoutError);
    expect((err as Error).message).toMatch(/^Excel non risponde da più di 0 secondi\. Se stai modificando una cella, premi Invio o Esc/);
  });

  it('an answer in time passes through, and so does Excel’s own error', async () => {
    setSyncTimeoutForTests(1000);
    await expect(deadline(Promise.resolve())).resolves.toBeUndefined();
    await expect(deadline(Promise.reject(officeError('GeneralException')))).rejects.toMatchObject({ code: 'GeneralException' });
  });
});
