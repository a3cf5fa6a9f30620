/**
 * The standalone page: the task pane on a `.xlsx` held in the browser. Opening a file (picker or
 * drag-and-drop) reads it with the file adapter, loaded lazily because ExcelJS is heavy; the
 * pane then works as in Excel, with a read-only preview instead of cell selection and downloads
 * instead of writing into an open workbook.
 */
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { App, type TabId } from '../ui/App';
import { coreEngine } from '../ui/engine';
import { HostError, hostErrorMessage, type WorkbookHost } from '../host/workbookHost';
import type { OpenWorkbook } from './browserHost';
import { downloadBytes } from './download';
import { handleFromDrop, rereadFailure, type ReadableFileHandle } from './fileHandle';
import { FileBar, StartPanel } from './FilePanels';
import { SheetPreview, type CellView } from './SheetPreview';
import { startImportHost } from './startImport';
import { ImportaWord } from '../ui/import/ImportaWord';

const loadBrowserHost = () => import(/* webpackChunkName: "standalone-xlsx" */ './browserHost');
const startImport = startImportHost(async () => (await loadBrowserHost()).createDocumentHost(downloadBytes));

/** The sample workbook copied into the page's assets by the build. */
export const SAMPLE_PATH = 'assets/esempio-piano.xlsx';
const SAMPLE_NAME = 'esempio-piano.xlsx';

const useStyles = makeStyles({
  page: { maxWidth: '760px', margin: '0 auto', minHeight: '100vh', position: 'relative', backgroundColor: tokens.colorNeutralBackground1 },
  drop: {
    position: 'fixed',
    inset: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(255, 255, 255, 0.9)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase400,
    color: tokens.colorBrandForeground1,
    pointerEvents: 'none',
  },
  status: { padding: tokens.spacingHorizontalM },
  // Over the page, at the bottom of the window: seen wherever the user has scrolled to.
  toast: {
    position: 'fixed',
    left: 0,
    right: 0,
    bottom: tokens.spacingVerticalL,
    zIndex: 20,
    display: 'flex',
    justifyContent: 'center',
    pointerEvents: 'none',
  },
  toastInner: {
    width: 'min(736px, calc(100vw - 24px))',
    pointerEvents: 'auto',
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface Opened {
  doc: OpenWorkbook;
  host: WorkbookHost;
  /** Bumped on every open: the pane starts afresh on a new file. */
  serial: number;
  generated: boolean;
}

export function StandaloneApp({ openSample = false }: { openSample?: boolean }) {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<CellView | null>(null);
  const [dragging, setDragging] = useState(false);
  const tab = useRef<TabId>('controllo');
  const serial = useRef(0);

  const open = useCallback(async (name: string, read: () => Promise<ArrayBuffer>, reread?: () => Promise<Uint8Array>) => {
    setOpening(name);
    setError(null);
    try {
      const doc: OpenWorkbook = { name, bytes: new Uint8Array(await read()) };
      const mod = await loadBrowserHost();
      const grid = await mod.readOpenWorkbook(doc);
      const host = mod.createBrowserHost(
        doc,
        {
          showCell: (sheet, cell, g) => setView({ sheet, cell, grid: g }),
          changed: (next) => setOpened((o) => (o ? { ...o, doc: next, generated: true } : o)),
          download: downloadBytes,
          reread,
        },
        grid,
      );
      serial.current += 1;
      setOpened({ doc, host, serial: serial.current, generated: false });
    } catch (err) {
      setError(hostErrorMessage(err));
    } finally {
      setOpening(null);
    }
  }, []);

  const openFile = useCallback(
    (file: File, handle?: ReadableFileHandle) =>
      void open(
        file.name,
        () => file.arrayBuffer(),
        handle
          ? async () => {
              try {
                return new Uint8Array(await (await handle.getFile()).arrayBuffer());
              } catch (err) {
                throw new HostError(rereadFailure(file.name, err), { cause: err });
              }
            }
          : undefined,
      ),
    [open],
  );
  const openSampleFile = useCallback(
    () =>
      void open(SAMPLE_NAME, async () => {
        const res = await fetch(SAMPLE_PATH);
        if (!res.ok) throw new Error(`il piano di esempio non è disponibile (HTTP ${res.status})`);
        return res.arrayBuffer();
      }),
    [open],
  );

  useEffect(() => {
    if (openSample) openSampleFile();
    // Loading the adapter early makes the first file open fast; a failure shows up on open.
    else void loadBrowserHost().catch(() => undefined);
  }, [openSample, openSampleFile]);

  const onDragOver = (e: DragEvent) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    // The handle must be asked for while the drop event lasts; the file opens either way.
    void handleFromDrop(e.dataTransfer.items?.[0]).then((handle) => openFile(file, handle ?? undefined));
  };

  const status = (
    <>
      {opening && <Spinner className={styles.status} size="small" label={`Apertura di «${opening}»…`} />}
      {error && (
        <div role="alert">
          <MessageBar intent="error" layout="multiline" className={styles.status}>
            <MessageBarBody>{error}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Chiudi il messaggio" icon={<DismissRegular />} onClick={() => setError(null)} />} />
          </MessageBar>
        </div>
      )}
    </>
  );
  const hasStatus = opening !== null || error !== null;

  return (
    <FluentProvider theme={webLightTheme} lang="it" className={styles.page} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      {opened ? (
        <App
          key={opened.serial}
          host={opened.host}
          engine={coreEngine}
          initialTab={tab.current}
          onTabChange={(t) => (tab.current = t)}
          header={
            <FileBar
              name={opened.doc.name}
              busy={opening !== null}
              onOpen={openFile}
              onDownload={opened.generated ? () => downloadBytes(opened.doc.name, opened.doc.bytes) : undefined}
            />
          }
        />
      ) : (
        <StartPanel busy={opening !== null} onOpen={openFile} onSample={openSampleFile} importWord={<ImportaWord host={startImport} grid={null} />}>
          {status}
        </StartPanel>
      )}
      {opened && hasStatus && (
        <div className={styles.toast}>
          <div className={styles.toastInner}>{status}</div>
        </div>
      )}
      {opened && <SheetPreview view={view} onClose={() => setView(null)} />}
      {dragging && (
        <div className={styles.drop} aria-hidden="true">
          Rilascia il file .xlsx per aprirlo
        </div>
      )}
    </FluentProvider>
  );
}
