/** Controllo: errors and warnings grouped by kind; a click selects the cell in Excel (standalone: shows it). */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { PaneState } from '../paneState';
import type { PegEngine } from '../engine';
import { hostErrorMessage, type WorkbookHost } from '../../host/workbookHost';
import { codeLabel, plural } from '../labels';
import { Ready, useCommonStyles } from './common';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
    justifyContent: 'flex-start',
  },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, display: 'flex', flexDirection: 'column' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%' },
  count: { marginLeft: 'auto' },
  errIcon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warnIcon: { color: tokens.colorPaletteMarigoldForeground1, flexShrink: 0 },
});

interface Group {
  key: string;
  severity: Diagnostic['severity'];
  label: string;
  items: Diagnostic[];
}

function groupDiagnostics(list: Diagnostic[]): Group[] {
  const groups = new Map<string, Group>();
  for (const d of list) {
    const key = `${d.severity}:${d.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, severity: d.severity, label: codeLabel(d.code), items: [] };
      groups.set(key, g);
    }
    g.items.push(d);
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function ControlloTab({ state, host, engine }: { state: PaneState; host: WorkbookHost; engine: PegEngine }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const analysis = state.check;
  const diagnostics = useMemo(() => analysis?.diagnostics ?? [], [analysis]);
  const groups = useMemo(() => groupDiagnostics(diagnostics), [diagnostics]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  const select = async (d: Diagnostic) => {
    if (!d.sheet || !d.cell) return;
    try {
      setSelectError(null);
      await host.selectCell(d.sheet, d.cell);
    } catch (err) {
      setSelectError(hostErrorMessage(err));
    }
  };

  return (
    <div className={common.stack}>
      {host.canRecheck !== false && (
        <div className={common.row}>
          <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={() => void state.recheck()} disabled={state.loading}>
            {state.loading ? 'Controllo in corso…' : 'Ricontrolla'}
          </Button>
        </div>
      )}
      <Ready state={state} analysis={analysis}>
        {analysis && (
          <>
            <div aria-live="polite">
              {diagnostics.length === 0 ? (
                <MessageBar intent="success">
                  <MessageBarBody>Nessun errore e nessun avviso: il piano è in ordine.</MessageBarBody>
                </MessageBar>
              ) : (
                <MessageBar intent={errors > 0 ? 'error' : 'warning'}>
                  <MessageBarBody>
                    {plural(errors, 'errore', 'errori')}, {plural(warnings, 'avviso', 'avvisi')}.
                    {errors > 0 ? ' Correggi gli errori: i risultati possono essere incompleti.' : ''}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
            {engine.layoutText(analysis) && <Caption1 className={common.muted}>{engine.layoutText(analysis)}</Caption1>}
            {selectError && (
              <MessageBar intent="error">
                <MessageBarBody>{selectError}</MessageBarBody>
              </MessageBar>
            )}
            {groups.length > 0 && (
              <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.severity === 'error').map((g) => g.key)}>
                {groups.map((g) => (
                  <AccordionItem key={g.key} value={g.key}>
                    <AccordionHeader size="small">
                      <span className={styles.header}>
                        {g.severity === 'error' ? (
                          <ErrorCircleRegular className={styles.errIcon} aria-label="Errore" />
                        ) : (
                          <WarningRegular className={styles.warnIcon} aria-label="Avviso" />
                        )}
                        <Text weight="semibold">{g.label}</Text>
                        <Badge className={styles.count} appearance="filled" color={g.severity === 'error' ? 'danger' : 'warning'} aria-label={plural(g.items.length, 'segnalazione', 'segnalazioni')}>
                          {g.items.length}
                        </Badge>
                      </span>
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className={common.list}>
                        {g.items.map((d, i) => (
                          <li key={i}>
                            {d.sheet && d.cell ? (
                              <Button
                                appearance="subtle"
                                className={styles.item}
                                onClick={() => void select(d)}
                                title={host.kind === 'excel' ? 'Seleziona la cella in Excel' : 'Mostra la cella'}
                              >
                                <span className={styles.where}>
                                  {d.sheet}!{d.cell}
                                </span>{' '}
                                <span>{d.message}</span>
                              </Button>
                            ) : (
                              <div className={styles.plain}>
                                {d.sheet && <span className={styles.where}>{d.sheet}</span>}
                                <span>{d.message}</span>
                              </div>
                            )}
                          </li>
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            )}
          </>
        )}
      </Ready>
    </div>
  );
}
