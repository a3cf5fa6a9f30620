/** Pesi: per year and settore, the weight total (TUTTI included per the setting) and its status. */
import { Badge, Caption1, Card, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { formatNumberIt } from '../../core/format';
import type { PaneState } from '../paneState';
import { byYear, weightParts } from '../objectives';
import { plural } from '../labels';
import { Ready, SectionTitle, useCommonStyles } from './common';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  name: { overflowWrap: 'anywhere' },
  total: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

export function PesiTab({ state }: { state: PaneState }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const analysis = state.check;
  return (
    <Ready state={state} analysis={analysis}>
      {analysis && (
        <div className={common.stack}>
          <Caption1 className={common.muted}>
            {analysis.piano.impostazioni.pesiTutti === 'inclusi'
              ? 'Gli obiettivi TUTTI contano nel 100 di ogni settore (impostazione «Pesi TUTTI: inclusi»).'
              : 'Ogni settore fa 100 con i propri obiettivi; gli obiettivi TUTTI fanno 100 tra loro (impostazione «Pesi TUTTI: esclusi»).'}
          </Caption1>
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
