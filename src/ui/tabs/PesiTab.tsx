/**
 * Pesi: per year and settore, the weight total (TUTTI included per the setting) and its status; a
 * settore whose total is not 100 lists the objectives that make it, each with its Peso cell, so
 * «mancano 5» can be fixed from here.
 */
import { Badge, Button, Caption1, Card, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatNumberIt } from '../../core/format';
import type { Analysis, SettoreResult } from '../../core/results';
import { hostErrorMessage, type WorkbookHost } from '../../host/workbookHost';
import type { PaneState } from '../paneState';
import { byYear, objectiveLabel, objectivesOf, weightParts } from '../objectives';
import { plural } from '../labels';
import { Ready, SectionTitle, useCommonStyles } from './common';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  name: { overflowWrap: 'anywhere' },
  total: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  parts: { margin: 0, paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: '2px' },
  part: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline', justifyContent: 'space-between' },
});

/** The objectives whose Peso make a settore's total, each a link to its Peso cell. */
function WeightParts({ analysis, s, host, onError }: { analysis: Analysis; s: SettoreResult; host?: WorkbookHost; onError(m: string | null): void }) {
  const styles = useStyles();
  const common = useCommonStyles();
  // In the Obiettivi sheet's order, TUTTI and own mixed as the user wrote them.
  const order = new Map(analysis.piano.obiettivi.map((o, i) => [o.id, i]));
  const items = objectivesOf(analysis, s).sort((a, b) => (order.get(a.obiettivo.id) ?? 0) - (order.get(b.obiettivo.id) ?? 0));
  const select = async (sheet: string, cell: string) => {
    try {
      onError(null);
      await host?.selectCell(sheet, cell);
    } catch (err) {
      onError(hostErrorMessage(err));
    }
  };
  return (
    <ul className={styles.parts} aria-label={`Obiettivi che fanno la somma di ${s.settore}`}>
      {items.map(({ obiettivo: o }) => {
        const cell = o.source.cells.peso;
        const where = cell ? `${o.source.sheet}!${cell}` : o.source.sheet;
        // The accessible name starts with the visible text, so voice users can say what they see.
        const shown = `${o.peso === null ? '—' : formatNumberIt(o.peso)} · ${where}`;
        return (
          <li key={o.id} className={styles.part}>
            <Caption1>{objectiveLabel(o)}</Caption1>
            {cell && host ? (
              <Button size="small" appearance="transparent" onClick={() => void select(o.source.sheet, cell)} aria-label={`${shown}: vai alla cella del peso`}>
                {shown}
              </Button>
            ) : (
              <Caption1 className={common.muted}>{shown}</Caption1>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function PesiTab({ state, host }: { state: PaneState; host?: WorkbookHost }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const analysis = state.check;
  return (
    <Ready state={state} analysis={analysis}>
      {analysis && (
        <div className={common.stack}>
          <Caption1 className={common.muted}>
            {analysis.piano.impostazioni.pesiTutti === 'inclusi'
              ? 'Gli obiettivi TUTTI contano nel 100 di ogni settore (impostazione «Pesi TUTTI: inclusi»).'
              : analysis.piano.impostazioni.pesiTutti === 'quota'
                ? `Ogni settore fa 100 con i propri obiettivi e gli obiettivi TUTTI fanno 100 tra loro; nel punteggio del settore i TUTTI valgono il ${formatNumberIt(analysis.piano.impostazioni.quotaTutti ?? 0)}% (impostazione «Pesi TUTTI: quota»).`
                : 'Ogni settore fa 100 con i propri obiettivi; gli obiettivi TUTTI fanno 100 tra loro (impostazione «Pesi TUTTI: esclusi»).'}
          </Caption1>
          {selectError && (
            <MessageBar intent="error">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          {analysis.settori.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>Nessun settore con obiettivi: controlla il foglio «Obiettivi».</MessageBarBody>
            </MessageBar>
          )}
          {byYear(analysis.settori).map(([year, settori]) => {
            const wrong = settori.filter((s) => s.statoPesi !== 'OK').length;
            return (
              <section key={year} aria-labelledby={`pesi-${year}`} className={common.stack}>
                <SectionTitle id={`pesi-${year}`}>
                  Anno {year}
                  {wrong > 0 ? ` · ${plural(wrong, 'settore da correggere', 'settori da correggere')}` : ''}
                </SectionTitle>
                {settori.map((s) => {
                  const ok = s.statoPesi === 'OK';
                  const parts = weightParts(analysis, s);
                  return (
                    <Card key={`${s.settore}`} className={styles.card} size="small" appearance="outline" aria-label={`${s.settore} ${year}: somma dei pesi ${formatNumberIt(s.sommaPesi)}, ${s.statoPesi}`}>
                      <div className={styles.head}>
                        <Text weight="semibold" className={styles.name}>
                          {s.settore}
                        </Text>
                        <Text className={styles.total} weight="semibold">
                          {formatNumberIt(s.sommaPesi)}
                        </Text>
                      </div>
                      <div className={common.row}>
                        <Badge appearance={ok ? 'tint' : 'filled'} color={ok ? 'success' : 'danger'}>
                          {ok ? 'OK' : s.statoPesi}
                        </Badge>
                        <Caption1 className={common.muted}>
                          {plural(s.obiettiviPropri, 'obiettivo proprio', 'obiettivi propri')} ({formatNumberIt(parts.own)})
                          {s.obiettiviTutti > 0 ? ` + ${plural(s.obiettiviTutti, 'TUTTI', 'TUTTI')} (${formatNumberIt(parts.tutti)})` : ''}
                        </Caption1>
                      </div>
                      {s.responsabile && <Caption1 className={common.muted}>Responsabile: {s.responsabile}</Caption1>}
                      {!ok && <WeightParts analysis={analysis} s={s} host={host} onError={setSelectError} />}
                    </Card>
                  );
                })}
              </section>
            );
          })}
        </div>
      )}
    </Ready>
  );
}
