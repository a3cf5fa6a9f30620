/** The task pane: five tabs over one workbook host and the core engine. */
import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkbookGrid } from '../core/grid';
import type { Analysis, MomentoVerifica } from '../core/results';
import type { PegEngine } from './engine';
import { hostErrorMessage, type WorkbookHost } from '../host/workbookHost';
import { HelpLink } from './HelpLink';
import { ControlloTab } from './tabs/ControlloTab';
import { GeneraTab } from './tabs/GeneraTab';
import { ImportaWord } from './import/ImportaWord';
import { ImpostazioniTab } from './tabs/ImpostazioniTab';
import { PesiTab } from './tabs/PesiTab';
import { RisultatiTab } from './tabs/RisultatiTab';
import type { PaneState } from './paneState';

export type TabId = 'controllo' | 'pesi' | 'risultati' | 'genera' | 'impostazioni';

const TABS: { id: TabId; label: string }[] = [
  { id: 'controllo', label: 'Controllo' },
  { id: 'pesi', label: 'Pesi' },
  { id: 'risultati', label: 'Risultati' },
  { id: 'genera', label: 'Genera' },
  { id: 'impostazioni', label: 'Impostazioni' },
];

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, display: 'flex', flexDirection: 'column' },
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowX: 'auto',
    display: 'flex',
    alignItems: 'center',
  },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, minWidth: 0 },
});

function safeAnalyze(engine: PegEngine, grid: WorkbookGrid | null, verifica: MomentoVerifica | null): { analysis: Analysis | null; error: string | null } {
  if (!grid) return { analysis: null, error: null };
  try {
    return { analysis: engine.analyze(grid, verifica), error: null };
  } catch (err) {
    return { analysis: null, error: `Il controllo non è riuscito: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function usePaneState(host: WorkbookHost, engine: PegEngine): PaneState {
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [loading, setLoading] = useState(true);
  const [readError, setReadError] = useState<string | null>(null);
  const [verifica, setVerifica] = useState<MomentoVerifica>('finale');

  const recheck = useCallback(async () => {
    setLoading(true);
    try {
      setGrid(await host.readGrid());
      setReadError(null);
    } catch (err) {
      setReadError(hostErrorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [host]);

  useEffect(() => {
    void recheck();
  }, [recheck]);

  const check = useMemo(() => safeAnalyze(engine, grid, null), [engine, grid]);
  const results = useMemo(() => safeAnalyze(engine, grid, verifica), [engine, grid, verifica]);
  return {
    grid,
    loading,
    error: readError ?? check.error,
    check: check.analysis,
    verifica,
    setVerifica,
    results: results.analysis,
    recheck,
  };
}

export interface AppProps {
  host: WorkbookHost;
  engine: PegEngine;
  initialTab?: TabId;
  /** Shown above the tabs (the standalone page's file bar). */
  header?: ReactNode;
  onTabChange?(tab: TabId): void;
}

export function App({ host, engine, initialTab = 'controllo', header, onTabChange }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const state = usePaneState(host, engine);
  const selectTab = (t: TabId) => {
    setTab(t);
    onTabChange?.(t);
  };
  return (
    <FluentProvider theme={webLightTheme} lang="it" className={styles.root}>
      {header}
      <nav className={styles.tabs}>
        <TabList selectedValue={tab} onTabSelect={(_e, d) => selectTab(d.value as TabId)} size="small" aria-label="Sezioni del riquadro">
          {TABS.map((t) =>
            // Five labels do not fit 320 px: Impostazioni is a gear, named for screen readers.
            t.id === 'impostazioni' ? (
              <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`} icon={<SettingsRegular />} aria-label={t.label} title={t.label} />
            ) : (
              <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                {t.label}
              </Tab>
            ),
          )}
        </TabList>
        <HelpLink />
      </nav>
      <main className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'controllo' && <ControlloTab state={state} host={host} engine={engine} />}
        {tab === 'pesi' && <PesiTab state={state} host={host} />}
        {tab === 'risultati' && <RisultatiTab state={state} />}
        {tab === 'genera' && <GeneraTab state={state} host={host} engine={engine} />}
        {tab === 'genera' && <ImportaWord host={host} grid={state.grid} onWritten={state.recheck} />}
        {tab === 'impostazioni' && <ImpostazioniTab state={state} host={host} />}
      </main>
    </FluentProvider>
  );
}
