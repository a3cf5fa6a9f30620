/**
 * Importa da Word… (a chunk loaded on demand by the button in ImportaWord.tsx): choose a .docx →
 * preview (objectives per settore, what could not be read) → in the standalone page, download
 * the new register; in Excel, write the register sheets into the open workbook (refused when it
 * already has a register) or into a new workbook. Workbook operations come from the host; this
 * component never calls Excel itself.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { WorkbookGrid } from '../../core/grid';
import { importBlocks, summaryLines, type ImportResult } from '../../core/import';
import { planRegister } from '../../core/plans/register';
import type { WorkbookPlan } from '../../core/plans/types';
import { findSheet } from '../../core/read/sheets';
import { hostErrorMessage, type WorkbookHost } from '../../host/workbookHost';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { whiteSpace: 'pre-wrap', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { maxHeight: '12rem', overflowY: 'auto', margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** How many diagnostics the preview lists before saying "e altri N". */
const SHOWN = 20;

/**
 * What the import needs of a host: the pane's WorkbookHost, or the standalone page's start panel,
 * which has no workbook open (no applyPlan: the register can only be a new workbook).
 */
export type ImportHost = Pick<WorkbookHost, 'kind' | 'readDocument' | 'createNewWorkbook'> & Partial<Pick<WorkbookHost, 'applyPlan'>>;

export interface ImportaWordProps {
  host: ImportHost;
  /** The open workbook's grid: an existing register refuses writing into it. */
  grid: WorkbookGrid | null;
  /** After writing into the open workbook (the pane reads it again). */
  onWritten?(): void | Promise<void>;
}

/** The dialog's own: whether it is open (the button opens it, «Chiudi» and Esc close it). */
interface DialogState {
  open: boolean;
  onOpenChange(open: boolean): void;
}

interface Preview {
  fileName: string;
  result: ImportResult;
}

function registerPlan(result: ImportResult): WorkbookPlan {
  return { sheets: planRegister(result.piano), columnWrites: [], removeSheets: [] };
}

function registerName(docName: string): string {
  return `${docName.replace(/\.[^.]*$/, '')}.registro.xlsx`;
}

export function ImportaWordDialog({ host, grid, onWritten, open, onOpenChange: setOpen }: ImportaWordProps & DialogState) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const readDocument = host.readDocument;
  if (!readDocument) return null;

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPreview(null);
    setOutcome(null);
    setBusy(`Lettura di «${file.name}»…`);
    try {
      const blocks = await readDocument(new Uint8Array(await file.arrayBuffer()), file.name);
      setPreview({ fileName: file.name, result: importBlocks(blocks) });
    } catch (err) {
      setOutcome({ intent: 'error', text: hostErrorMessage(err) });
    } finally {
      setBusy(null);
    }
  };

  const run = async (what: 'aperta' | 'nuova') => {
    if (!preview) return;
    setOutcome(null);
    const plan = registerPlan(preview.result);
    if (what === 'aperta') {
      const existing = grid ? findSheet(grid, 'Obiettivi') : null;
      if (existing) {
        setOutcome({
          intent: 'warning',
          text: `La cartella di lavoro ha già il registro (foglio «${existing.name}»): l'importazione non lo sovrascrive. Scegli «Nuova cartella di lavoro».`,
        });
        return;
      }
    }
    setBusy('Scrittura del registro…');
    try {
      if (what === 'aperta' && host.applyPlan) {
        const r = await host.applyPlan(plan);
        setOutcome({ intent: 'success', text: `Registro scritto nella cartella di lavoro: ${r.created.join(', ')}. Scrivi i pesi nel foglio Obiettivi.` });
        await onWritten?.();
      } else {
        const r = await host.createNewWorkbook(plan, registerName(preview.fileName));
        setOutcome({ intent: 'success', text: `${r.message} Scrivi i pesi nel foglio Obiettivi.` });
      }
    } catch (err) {
      setOutcome({ intent: 'error', text: hostErrorMessage(err) });
    } finally {
      setBusy(null);
    }
  };

  const diagnostics = preview?.result.diagnostics ?? [];
  const objectives = preview?.result.piano.obiettivi.length ?? 0;
  return (
    <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)}>
      <DialogSurface aria-describedby="importa-word-descrizione">
        <DialogBody>
          <DialogTitle>Importa gli obiettivi da Word</DialogTitle>
          <DialogContent className={styles.stack}>
            <Caption1 id="importa-word-descrizione">
              Scegli il documento .docx con gli obiettivi (intestazioni di settore, «Obiettivo n.», OGGETTO, tabella dei campi e tabella delle attività). I pesi non ci
              sono: restano da scrivere.
            </Caption1>
            <input ref={input} type="file" accept=".docx,.doc,.pdf" hidden onChange={(e) => void choose(e)} aria-label="Documento Word da importare" />
            <div>
              <Button appearance={preview ? 'secondary' : 'primary'} onClick={() => input.current?.click()} disabled={busy !== null}>
                Scegli il documento…
              </Button>
            </div>
            {busy && <Spinner size="tiny" label={busy} />}
            {preview && (
              <>
                <Text weight="semibold">{preview.fileName}</Text>
                <pre className={styles.summary}>{summaryLines(preview.result.summary).join('\n')}</pre>
                {diagnostics.length > 0 && (
                  <ul className={styles.list} aria-label="Segnalazioni dell'importazione">
                    {diagnostics.slice(0, SHOWN).map((d, i) => (
                      <li key={i}>
                        {/* In the document's order; the catalogue's severity says which ones `peg check` will also count as errors. */}
                        <Caption1>
                          <strong>{d.severity === 'error' ? 'Errore' : 'Avviso'}:</strong> {d.message}
                        </Caption1>
                      </li>
                    ))}
                    {diagnostics.length > SHOWN && (
                      <li>
                        <Caption1>e altri {diagnostics.length - SHOWN}.</Caption1>
                      </li>
                    )}
                  </ul>
                )}
              </>
            )}
            <div aria-live="polite">
              {outcome && (
                <MessageBar intent={outcome.intent} layout="multiline">
                  <MessageBarBody>{outcome.text}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </DialogContent>
          <DialogActions>
            {host.kind === 'excel' && host.applyPlan && (
              <Button appearance="primary" disabled={busy !== null || objectives === 0} onClick={() => void run('aperta')}>
                Scrivi nella cartella aperta
              </Button>
            )}
            <Button appearance={host.kind === 'excel' ? 'secondary' : 'primary'} disabled={busy !== null || objectives === 0} onClick={() => void run('nuova')}>
              {host.kind === 'excel' ? 'Nuova cartella di lavoro' : 'Scarica il registro'}
            </Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>
              Chiudi
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
