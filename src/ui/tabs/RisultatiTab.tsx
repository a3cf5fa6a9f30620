/** Risultati: at the verifica intermedia or finale, per settore and per objective. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Caption1Strong,
  Card,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { formatNumberIt, formatPctIt } from '../../core/format';
import { formatScostamento } from '../../core/plans/rawValue';
import type { Analysis, Classificazione, EnteResult, IndicatoreResult, MomentoVerifica, SettoreResult } from '../../core/results';
import { formatFasce } from '../../core/settings/fasce';
import type { PaneState } from '../paneState';
import { CLASSIFICAZIONE, plural, TEMPI } from '../labels';
import { byYear, objectiveLabel, scoredObjectivesOf, type CountedObjective } from '../objectives';
import { Ready, SectionTitle, useCommonStyles } from './common';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXS },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalXS },
  stat: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  statValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  bars: { display: 'grid', gridTemplateColumns: 'auto 1fr auto', alignItems: 'center', gap: `2px ${tokens.spacingHorizontalXS}`, margin: 0 },
  barTrack: { height: '8px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  ind: { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: tokens.spacingVerticalXXS, display: 'flex', flexDirection: 'column' },
  objHeader: { display: 'flex', gap: tokens.spacingHorizontalS, width: '100%', alignItems: 'baseline' },
  objTitle: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  num: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

const CLASS_COLOR: Record<Classificazione, 'success' | 'warning' | 'danger' | 'informative'> = {
  raggiunto: 'success',
  parzialmente_raggiunto: 'warning',
  non_raggiunto: 'danger',
  da_rilevare: 'informative',
};

function Stat({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.stat}>
      <Caption1>{label}</Caption1>
      <span className={styles.statValue}>{value}</span>
    </div>
  );
}

function Distribution({ s }: { s: SettoreResult }) {
  const styles = useStyles();
  const max = Math.max(1, ...s.distribuzione.fasce.map((f) => f.conteggio));
  return (
    <dl className={styles.bars} aria-label={`Distribuzione dei punteggi di ${s.settore}`}>
      {s.distribuzione.fasce.map((f) => (
        <div key={f.etichetta} style={{ display: 'contents' }}>
          <dt>
            <Caption1>{f.etichetta}</Caption1>
          </dt>
          <dd style={{ margin: 0 }} className={styles.barTrack} aria-hidden="true">
            <div className={styles.bar} style={{ width: `${(100 * f.conteggio) / max}%` }} />
          </dd>
          <dd style={{ margin: 0 }}>
            <Caption1 className={styles.num}>{f.conteggio}</Caption1>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function indicatorText(analysis: Analysis, item: CountedObjective, ind: IndicatoreResult): string {
  const o = item.obiettivo;
  if (ind.fromFase) return o.fasi[ind.index]?.attivita ?? `Fase ${ind.index + 1}`;
  return o.indicatori[ind.index]?.descrizione ?? `Indicatore ${ind.index + 1}`;
}

function indicatorState(ind: IndicatoreResult): string {
  if (ind.stato === 'da_rilevare') return 'da rilevare';
  if (ind.stato === 'non_misurabile') return 'non misurabile';
  if (ind.stato === 'non_valutabile') return 'non valutabile (escluso dal Nucleo)';
  const scostText = formatScostamento(ind.scostamento, ind.scostamentoUnita);
  const scost = scostText !== null ? `, scostamento ${scostText}` : '';
  const banded = ind.gradoFasce !== undefined && ind.gradoFasce !== null && ind.gradoFasce !== ind.grado ? ` → ${formatPctIt(ind.gradoFasce)} con le fasce` : '';
  return `${formatPctIt(ind.grado)}${banded}${scost}`;
}

/** How the punteggio of an objective was reached: the rule, the bands, the validation (on demand). */
function explanation(analysis: Analysis, item: CountedObjective): string[] {
  const r = item.result;
  if (!r) return [];
  const imp = analysis.piano.impostazioni;
  const regole = analysis.regole;
  const counted = r.indicatori.filter((i) => i.stato === 'misurato').length;
  const lines = [
    `Indicatori misurati: ${counted} su ${r.indicatori.length}; quelli di Tipo Tempo o con una scadenza contano nel rispetto dei tempi.`,
    imp.regolaObiettivo === 'minimo'
      ? 'Regola: il punteggio è quello dell’indicatore peggiore.'
      : 'Regola: il punteggio è la media dei gradi degli indicatori (pesata con la colonna Peso quando c’è per tutti).',
  ];
  if (regole?.fasce) {
    lines.push(
      regole.fasceApplicateA === 'obiettivo'
        ? `Fasce applicate al punteggio dell’obiettivo: ${formatFasce(regole.fasce)}.`
        : `Fasce applicate a ogni indicatore prima delle medie: ${formatFasce(regole.fasce)}.`,
    );
  }
  if (regole?.fasceRitardo) lines.push(`Scadenze mancate per fasce di ritardo: ${formatFasce(regole.fasceRitardo, 'giorni')}.`);
  else if (r.indicatori.some((i) => i.kind === 'data')) lines.push(`Scadenze mancate: meno ${formatNumberIt(imp.penalitaGiorno)} punti per giorno di ritardo.`);
  if (r.punteggioValidato !== null) {
    const nota = item.obiettivo.notaNucleo?.trim();
    lines.push(`Calcolato ${formatPctIt(r.punteggioCalcolato)}, validato dal Nucleo ${formatPctIt(r.punteggioValidato)}: conta il validato.${nota ? ` Nota: ${nota}` : ''}`);
  }
  return lines;
}

function ObjectiveDetail({ analysis, item }: { analysis: Analysis; item: CountedObjective }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const r = item.result;
  if (!r) return <Caption1>Nessun risultato calcolato.</Caption1>;
  return (
    <div className={common.stack} style={{ gap: tokens.spacingVerticalXS }}>
      <div className={common.row}>
        <Badge appearance="tint" color={CLASS_COLOR[r.classificazione]}>
          {CLASSIFICAZIONE[r.classificazione]}
        </Badge>
        <Caption1>{TEMPI[r.tempi]}</Caption1>
        {item.obiettivo.peso !== null && <Caption1>Peso {formatNumberIt(item.obiettivo.peso)}</Caption1>}
        {item.obiettivo.tutti && <Caption1>Obiettivo TUTTI</Caption1>}
      </div>
      <div className={styles.stats}>
        <Stat label="Valore raggiunto" value={formatPctIt(r.valoreRaggiunto)} />
        <Stat label="Rispetto tempi" value={formatPctIt(r.rispettoTempi)} />
        <Stat label="Punteggio" value={formatPctIt(r.punteggio)} />
      </div>
      {r.punteggioValidato !== null && (
        <Caption1>
          Calcolato {formatPctIt(r.punteggioCalcolato)} → validato dal Nucleo {formatPctIt(r.punteggioValidato)}
        </Caption1>
      )}
      {r.indicatori.length === 0 ? (
        <Caption1 className={common.muted}>Nessun indicatore.</Caption1>
      ) : (
        <ul className={common.list}>
          {r.indicatori.map((ind, i) => (
            <li key={i} className={styles.ind}>
              <Text size={200}>
                {ind.tempo ? '⏱ ' : ''}
                {indicatorText(analysis, item, ind)}
              </Text>
              <Caption1 className={common.muted}>{indicatorState(ind)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <Accordion collapsible>
        <AccordionItem value="come">
          <AccordionHeader size="small">Come è calcolato il punteggio</AccordionHeader>
          <AccordionPanel>
            <ul className={common.list}>
              {explanation(analysis, item).map((line) => (
                <li key={line}>
                  <Caption1>{line}</Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

/** The ente's year: each objective once, the three percentages, the validated punteggio beside the computed one. */
function EnteCard({ e }: { e: EnteResult }) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <Card className={styles.card} size="small" appearance="filled-alternative" aria-label={`Ente ${e.anno}`}>
      <Text weight="semibold">Ente</Text>
      <div className={styles.stats}>
        <Stat label="Valore raggiunto" value={formatPctIt(e.valoreRaggiunto)} />
        <Stat label="Rispetto tempi" value={formatPctIt(e.rispettoTempi)} />
        <Stat label="Punteggio" value={formatPctIt(e.punteggio)} />
      </div>
      {e.punteggioCalcolato !== null && e.punteggio !== null && Math.abs(e.punteggioCalcolato - e.punteggio) >= 0.005 && (
        <Caption1>Calcolato {formatPctIt(e.punteggioCalcolato)}, con i punteggi validati dal Nucleo {formatPctIt(e.punteggio)}</Caption1>
      )}
      <Caption1 className={common.muted}>
        {plural(e.obiettivi, 'obiettivo', 'obiettivi')}, ciascuno contato una volta ({e.obiettiviPropri} dei settori, {e.obiettiviTutti} TUTTI):{' '}
        {plural(e.esiti.raggiunti, 'raggiunto', 'raggiunti')} · {plural(e.esiti.parziali, 'parziale', 'parziali')} ·{' '}
        {plural(e.esiti.nonRaggiunti, 'non raggiunto', 'non raggiunti')} · {e.esiti.daRilevare.toLocaleString('it-IT')} da rilevare
      </Caption1>
    </Card>
  );
}

/** The individual part (Personale): each person's punteggio and objectives, and how they spread over the bands. */
function PersoneSection({ analysis, year }: { analysis: Analysis; year: number }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const people = (analysis.persone ?? []).filter((p) => p.anno === year);
  if (people.length === 0) return null;
  const titles = new Map(analysis.piano.obiettivi.map((o) => [o.id, o]));
  return (
    <Accordion collapsible>
      <AccordionItem value="persone">
        <AccordionHeader size="small">Valutazione individuale (parte obiettivi) · {plural(people.length, 'persona', 'persone')}</AccordionHeader>
        <AccordionPanel>
          <ul className={common.list}>
            {people.map((p) => (
              <li key={p.nominativo} className={styles.ind}>
                <span className={styles.objHeader}>
                  <Text size={200} className={styles.objTitle}>
                    {p.nominativo}
                    {p.categoria ? ` (${p.categoria})` : ''}
                  </Text>
                  <span className={styles.num}>{formatPctIt(p.punteggio)}</span>
                </span>
                <Caption1 className={common.muted}>
                  {p.obiettivi
                    .map((x) => {
                      const o = titles.get(x.id);
                      return `${o ? objectiveLabel(o) : x.settore} ${formatNumberIt(x.partecipazione)}% → ${formatPctIt(x.punteggio)}`;
                    })
                    .join(' · ')}
                </Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function SettoreCard({ analysis, s }: { analysis: Analysis; s: SettoreResult }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const items = scoredObjectivesOf(analysis, s);
  const byId = new Map(items.map((i) => [i.obiettivo.id, i]));
  return (
    <Card className={styles.card} size="small" appearance="outline">
      <Text weight="semibold" as="h3" style={{ margin: 0 }}>
        {s.settore}
      </Text>
      {s.responsabile && <Caption1 className={common.muted}>{s.responsabile}</Caption1>}
      <div className={styles.stats}>
        <Stat label="Valore raggiunto" value={formatPctIt(s.valoreRaggiunto)} />
        <Stat label="Rispetto tempi" value={formatPctIt(s.rispettoTempi)} />
        <Stat label="Punteggio" value={formatPctIt(s.punteggio)} />
      </div>
      <Caption1>
        {plural(s.esiti.raggiunti, 'raggiunto', 'raggiunti')} · {plural(s.esiti.parziali, 'parziale', 'parziali')} ·{' '}
        {plural(s.esiti.nonRaggiunti, 'non raggiunto', 'non raggiunti')} · {s.esiti.daRilevare.toLocaleString('it-IT')} da rilevare
      </Caption1>
      {s.sottoSoglia.length > 0 && (
        <div>
          <Caption1Strong>Sotto la soglia del {formatNumberIt(analysis.piano.impostazioni.soglia)}%:</Caption1Strong>
          <ul className={common.list} style={{ paddingLeft: tokens.spacingHorizontalS }}>
            {s.sottoSoglia.map((id) => {
              const item = byId.get(id);
              return (
                <li key={id}>
                  <Caption1>
                    {item ? objectiveLabel(item.obiettivo) : id} — {formatPctIt(item?.result?.punteggio)}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <Distribution s={s} />
      <Accordion collapsible multiple>
        <AccordionItem value="obiettivi">
          <AccordionHeader size="small">Obiettivi ({items.length})</AccordionHeader>
          <AccordionPanel>
            <Accordion collapsible multiple>
              {items.map((item) => (
                <AccordionItem key={item.obiettivo.id} value={item.obiettivo.id}>
                  <AccordionHeader size="small">
                    <span className={styles.objHeader}>
                      <span className={styles.objTitle}>{objectiveLabel(item.obiettivo)}</span>
                      <span className={styles.num}>{formatPctIt(item.result?.punteggio)}</span>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ObjectiveDetail analysis={analysis} item={item} />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}

export function RisultatiTab({ state }: { state: PaneState }) {
  const common = useCommonStyles();
  const analysis = state.results;
  return (
    <div className={common.stack}>
      <RadioGroup
        layout="horizontal"
        value={state.verifica}
        onChange={(_e, d) => state.setVerifica(d.value as MomentoVerifica)}
        aria-label="Momento della verifica"
      >
        <Radio value="intermedia" label="Intermedia" />
        <Radio value="finale" label="Finale" />
      </RadioGroup>
      <Ready state={state} analysis={analysis}>
        {analysis &&
          byYear(analysis.settori).map(([year, settori]) => {
            const ente = analysis.ente.find((e) => e.anno === year);
            return (
              <section key={year} aria-labelledby={`ris-${year}`} className={common.stack}>
                <SectionTitle id={`ris-${year}`}>
                  Anno {year} · ente {formatPctIt(ente?.punteggio)}
                </SectionTitle>
                {ente && <EnteCard e={ente} />}
                {settori.map((s) => (
                  <SettoreCard key={s.settore} analysis={analysis} s={s} />
                ))}
                <PersoneSection analysis={analysis} year={year} />
              </section>
            );
          })}
        {analysis && analysis.settori.length === 0 && <Caption1>Nessun settore da mostrare.</Caption1>}
      </Ready>
    </div>
  );
}
