/** @jest-environment jsdom */
/**
 * Importa da Word… in the pane: preview of a real .docx, then the register written through the
 * host (never Excel directly): into the open workbook (refused when it has a register already),
 * into a new workbook, or downloaded in the standalone page.
 */
import '../taskpane/jsdomShims';
import './jsdomText';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/core/grid';
import type { WorkbookPlan } from '../../src/core/plans/types';
import type { WorkbookHost } from '../../src/host/workbookHost';
import { ImportaWord } from '../../src/ui/import/ImportaWord';
import { readDocumentForHost } from '../../src/xlsx/docx/host';
import { buildDocx, POLIZIA_LOCALE_DOC } from './docxBuilder';

function fakeHost(kind: 'excel' | 'standalone') {
  const applied: WorkbookPlan[] = [];
  const created: { plan: WorkbookPlan; name: string }[] = [];
  const host: WorkbookHost = {
    kind,
    readGrid: async () => ({ sheets: [] }) as unknown as WorkbookGrid,
    listSheets: async () => [],
    selectCell: async () => undefined,
    applyPlan: async (plan) => {
      applied.push(plan);
      return { created: plan.sheets.map((s) => s.name), replaced: [], removed: [], columns: [] };
    },
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    readDocument: readDocumentForHost,
    createNewWorkbook: async (plan, name) => {
      created.push({ plan, name });
      return { message: `«${name}» è stato creato.` };
    },
  };
  return { host, applied, created };
}

const gridWith = (...names: string[]) => ({ sheets: names.map((name) => ({ name, rows: [] })) }) as unknown as WorkbookGrid;

async function chooseDocument(bytes: Uint8Array, name: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Importa da Word…' }));
  const input = await screen.findByLabelText('Documento Word da importare');
  const file = new File([bytes as BlobPart], name);
  // jsdom's File has no arrayBuffer(): the browser's does.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  fireEvent.change(input, { target: { files: [file] } });
}

let docx: Uint8Array;
beforeAll(async () => {
  docx = await buildDocx(POLIZIA_LOCALE_DOC);
});

const renderDialog = (host: WorkbookHost, grid: WorkbookGrid | null, onWritten?: () => void) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportaWord host={host} grid={grid} onWritten={onWritten} />
    </FluentProvider>,
  );

test('in Excel: preview, refusal over an existing register, then writing into the open workbook', async () => {
  const { host, applied } = fakeHost('excel');
  const written = jest.fn();
  const view = renderDialog(host, gridWith('Istruzioni', 'Obiettivi 2025'), written);
  await chooseDocument(docx, 'obiettivi.docx');
  expect(await screen.findByText(/Obiettivi trovati: 2; fasi: 1/)).toBeTruthy();
  expect(screen.getByText(/pesi: la colonna Peso del foglio Obiettivi è vuota per tutti i 2 obiettivi/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Scrivi nella cartella aperta' }));
  expect(await screen.findByText(/ha già il registro \(foglio «Obiettivi 2025»\)/)).toBeTruthy();
  expect(applied).toEqual([]);

  view.unmount();
  renderDialog(host, gridWith('Istruzioni'), written);
  await chooseDocument(docx, 'obiettivi.docx');
  await screen.findByText(/Obiettivi trovati: 2/);
  fireEvent.click(screen.getByRole('button', { name: 'Scrivi nella cartella aperta' }));
  await waitFor(() => expect(applied).toHaveLength(1));
  expect(applied[0].sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
  expect(await screen.findByText(/Registro scritto nella cartella di lavoro: Obiettivi, Fasi/)).toBeTruthy();
  expect(written).toHaveBeenCalledTimes(1);
});

test('in the standalone page: the register is downloaded as a new workbook named after the document', async () => {
  const { host, created, applied } = fakeHost('standalone');
  renderDialog(host, gridWith('Obiettivi'));
  await chooseDocument(docx, 'Obiettivi 2025.docx');
  await screen.findByText(/Obiettivi trovati: 2/);
  expect(screen.queryByRole('button', { name: 'Scrivi nella cartella aperta' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Scarica il registro' }));
  await waitFor(() => expect(created).toHaveLength(1));
  expect(created[0].name).toBe('Obiettivi 2025.registro.xlsx');
  expect(applied).toEqual([]);
});

test('a .doc gets the message to save it as .docx', async () => {
  const { host } = fakeHost('excel');
  renderDialog(host, null);
  await chooseDocument(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), 'vecchio.doc');
  expect(await screen.findByText(/salva il documento come .docx da Word o LibreOffice/)).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Scrivi nella cartella aperta' }) as HTMLButtonElement).disabled).toBe(true);
});

test('the preview lists what the import reports, each with its severity from the catalogue', async () => {
  const { host } = fakeHost('standalone');
  renderDialog(host, null);
  const doc = await buildDocx(['SETTORE TECNICO', 'ANNO 2025', 'Obiettivo n.1 Strategico', 'OGGETTO: A.', 'Nota a margine.', 'Obiettivo n.1 Strategico', 'OGGETTO: B.']);
  await chooseDocument(doc, 'doppio.docx');
  const list = await screen.findByRole('list', { name: "Segnalazioni dell'importazione" });
  // An unplaced paragraph is a warning; the same N. twice in a settore and year is CHIAVE_DUPLICATA, an error.
  expect([...list.querySelectorAll('li')].map((li) => /^(Errore|Avviso):/.exec(li.textContent ?? '')?.[1])).toEqual(['Avviso', 'Errore']);
  expect(list.textContent).toContain('«Nota a margine.»');
  expect(list.textContent).toContain('Obiettivo duplicato');
});
