/** The standalone page's file controls: the start panel (no file yet) and the bar above the tabs. */
import { Body1, Button, Caption1, Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, type ReactNode } from 'react';
import { HELP_URL } from '../ui/HelpLink';
import { canPickWithHandle, pickWithHandle, type ReadableFileHandle } from './fileHandle';

const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PRIVACY = 'Il file resta nel browser: nulla viene inviato in rete.';

const useStyles = makeStyles({
  start: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}` },
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  zoneIcon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  importRow: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  barRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0 },
  fileIcon: { fontSize: '20px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  hidden: { display: 'none' },
});

/** Opens a file; `handle` when the browser lets the page read it again later (Ricontrolla). */
export type OpenFile = (file: File, handle?: ReadableFileHandle) => void;

/**
 * A button that opens the browser's file picker: the File System Access picker where there is
 * one (the file can then be read again from disk), else the plain file input.
 */
function OpenButton({ label, busy, onOpen, primary, size }: { label: string; busy: boolean; onOpen: OpenFile; primary?: boolean; size?: 'small' | 'medium' }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const pick = () => {
    if (!canPickWithHandle()) {
      input.current?.click();
      return;
    }
    pickWithHandle().then(
      (picked) => picked && onOpen(picked.file, picked.handle),
      // A picker that fails for another reason (a policy, an old browser): the plain input still works.
      () => input.current?.click(),
    );
  };
  return (
    <>
      <Button appearance={primary ? 'primary' : 'secondary'} size={size} icon={<FolderOpenRegular />} disabled={busy} onClick={pick}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={ACCEPT}
        aria-label="File Excel da aprire"
        data-testid="apri-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onOpen(file);
        }}
      />
    </>
  );
}

/** `importWord`: the «Importa da Word…» button, for a clerk who has only the Word document. */
export function StartPanel({ busy, onOpen, onSample, importWord, children }: { busy: boolean; onOpen: OpenFile; onSample(): void; importWord?: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.start}>
      <Title3 as="h1">Piano della Performance (PEG)</Title3>
      <Body1>
        Controllo del piano, pesi, risultati della verifica e fogli generati (cronoprogramma, riepilogo, schede obiettivo) su una cartella di lavoro Excel,
        senza Excel.
      </Body1>
      <div className={styles.zone}>
        <DocumentTableRegular className={styles.zoneIcon} aria-hidden="true" />
        <Body1>Trascina qui un file .xlsx oppure</Body1>
        <div className={styles.row}>
          <OpenButton label="Apri un file…" busy={busy} onOpen={onOpen} primary />
          <Button onClick={onSample} disabled={busy}>
            Apri il piano di esempio
          </Button>
        </div>
        <Caption1 className={styles.muted}>{PRIVACY}</Caption1>
      </div>
      {importWord && (
        <div className={styles.importRow}>
          <Body1>Hai solo il documento Word con gli obiettivi? La pagina ne ricava il registro (.xlsx) da scaricare, con i pesi da scrivere.</Body1>
          <div>{importWord}</div>
        </div>
      )}
      <Body1>
        La prima volta? Leggi la{' '}
        <Link href={HELP_URL} target="_blank" rel="noopener">
          guida per l'utente
        </Link>
        : che cosa fa, il formato del file, ogni sezione del riquadro.
      </Body1>
      {children}
    </main>
  );
}

export function FileBar({ name, busy, onOpen, onDownload }: { name: string; busy: boolean; onOpen: OpenFile; onDownload?: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="region" aria-label="File aperto">
      <div className={styles.barRow}>
        <DocumentTableRegular className={styles.fileIcon} aria-hidden="true" />
        <Text className={styles.name} weight="semibold" truncate wrap={false} title={name}>
          {name}
        </Text>
        {onDownload && (
          <Button size="small" icon={<ArrowDownloadRegular />} onClick={onDownload} title={`Scarica di nuovo «${name}»`}>
            Scarica
          </Button>
        )}
        <OpenButton label="Apri…" size="small" busy={busy} onOpen={onOpen} />
      </div>
      <Caption1 className={styles.muted}>{PRIVACY}</Caption1>
    </div>
  );
}
