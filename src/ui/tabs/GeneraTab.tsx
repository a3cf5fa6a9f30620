/** Genera: generated sheets and computed columns, after a confirmation that names every sheet. */
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentAddRegular, TableSimpleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { defaultImpostazioni } from '../../core/model';
import type { CronoMode } from '../../core/plans';
import type { BuildPart, WorkbookPlan } from '../../core/plans/types';
import type { MomentoVerifica } from '../../core/results';
import type { PaneState } from '../paneState';
import type { PegEngine } from '../engine';
import { HostError, hostErrorMessage, PartialWriteError, type Progress, type WorkbookHost } from '../../host/workbookHost';
import type { GenerateOptions } from '../engine';
import { plural } from '../labels';
import { isEmptyPlan, resultMessage, summarizePlan, type PlanSummary } from '../planSummary';
import { SectionTitle, useCommonStyles } from './common';

const PARTS: { id: BuildPart; label: string; hint: string }[] = [
  { id: 'colonne', label: 'Colonne calcolate', hint: 'Valore raggiunto %, Rispetto tempi % e Scostamento nei fogli del piano' },
  { id: 'cronoprogramma', label: 'Cronoprogramma', hint: 'mesi di ogni fase, scadenze ◆' },
  { id: 'riepilogo', label: 'Riepilogo', hint: 'per settore, con le somme dei pesi come formule' },
  { id: 'schede', label: 'Schede obiettivo', hint: 'una scheda stampabile per obiettivo' },
  { id: 'personale', label: 'Valutazione individuale', hint: 'punteggio degli obiettivi per persona, dal foglio Personale' },
];

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, display: 'block', marginLeft: '28px', marginTop: '-6px' },
  sheetList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function SheetList({ title, items }: { title: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.sheetList}>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  );
}

type Outcome = { intent: 'success' | 'error'; text: string; details?: string } | null;

export function GeneraTab({ state, host, engine }: { state: PaneState; host: WorkbookHost; engine: PegEngine }) {
  const common = useCommonStyles();
  const styles = useStyles();
  const [parts, setParts] = useState<Set<BuildPart>>(new Set(['colonne', 'cronoprogramma', 'riepilogo', 'schede', 'personale']));
  // Until the user picks one, the plan's Cronoprogramma setting (default `blocchi`, as the CLI): no default of the pane's own.
  const [cronoChoice, setCrono] = useState<CronoMode | null>(null);
  const crono = cronoChoice ?? state.check?.piano.impostazioni.cronoprogramma ?? defaultImpostazioni().cronoprogramma;
  const [pending, setPending] = useState<{ plan: WorkbookPlan; summary: PlanSummary; opts: GenerateOptions } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const analysis = state.results;
  const errors = state.check?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;

  const toggle = (p: BuildPart, on: boolean) => {
    const next = new Set(parts);
    if (on) next.add(p);
    else next.delete(p);
    setParts(next);
  };

  const prepare = () => {
    setOutcome(null);
    if (!analysis || !state.grid) return;
    try {
      const opts: GenerateOptions = { parts: PARTS.map((p) => p.id).filter((p) => parts.has(p)), cronoprogramma: crono };
      const plan = engine.planBuild(analysis, state.grid, opts);
      const summary = summarizePlan(plan);
      if (isEmptyPlan(summary)) setOutcome({ intent: 'error', text: 'Non c’è niente da generare con le scelte fatte.' });
      else setPending({ plan, summary, opts });
    } catch (err) {
      setOutcome({ intent: 'error', text: `Non è stato possibile preparare i fogli: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const apply = async () => {
    if (!pending) return;
    const { plan, opts } = pending;
    setPending(null);
    setBusy(true);
    setProgress({ done: 0, total: 1, label: 'Preparazione…' });
    // The grid the plan was made from: a host that finds the workbook changed since plans again.
    const basis = state.grid ? { grid: state.grid, replan: (g: typeof state.grid) => engine.planBuild(engine.analyze(g, state.verifica), g, opts) } : undefined;
    try {
      const result = await host.applyPlan(plan, setProgress, basis);
      setOutcome({ intent: 'success', text: result.note ? `${resultMessage(result)} ${result.note}` : resultMessage(result) });
      await state.recheck();
    } catch (err) {
      setOutcome({ intent: 'error', text: hostErrorMessage(err), details: err instanceof HostError ? err.details : undefined });
      // Halfway: the pane shows the workbook as it is now; a new Genera repairs it.
      if (err instanceof PartialWriteError) await state.recheck();
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const newModel = async () => {
    setOutcome(null);
    setBusy(true);
    try {
      const imp = state.check?.piano.impostazioni;
      const anno = imp?.anno ?? new Date().getFullYear();
      const plan = engine.planTemplate({ anno, ente: imp?.ente ?? null });
      const r = await host.createNewWorkbook(plan, `Piano della performance ${anno}.xlsx`);
      setOutcome({ intent: 'success', text: r.message });
    } catch (err) {
      setOutcome({ intent: 'error', text: hostErrorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={common.stack}>
      <SectionTitle>Fogli da generare</SectionTitle>
      <div role="group" aria-label="Fogli da generare">
        {PARTS.map((p) => (
          <div key={p.id}>
            <Checkbox label={p.label} checked={parts.has(p.id)} onChange={(_e, d) => toggle(p.id, d.checked === true)} />
            <Caption1 className={styles.hint}>{p.hint}</Caption1>
          </div>
        ))}
      </div>
      <Field label="Cronoprogramma">
        <RadioGroup value={crono} onChange={(_e, d) => setCrono(d.value as CronoMode)} disabled={!parts.has('cronoprogramma')}>
          <Radio value="fogli" label="Un foglio per settore" />
          <Radio value="blocchi" label="Un foglio per anno, un blocco per settore" />
        </RadioGroup>
      </Field>
      <Field label="Valori raggiunti">
        <RadioGroup layout="horizontal" value={state.verifica} onChange={(_e, d) => state.setVerifica(d.value as MomentoVerifica)}>
          <Radio value="intermedia" label="Intermedi" />
          <Radio value="finale" label="Finali" />
        </RadioGroup>
      </Field>
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>Il piano ha {plural(errors, 'errore', 'errori')} (scheda Controllo): i fogli generati possono essere incompleti.</MessageBarBody>
        </MessageBar>
      )}
      <div className={common.row}>
        <Button appearance="primary" icon={<TableSimpleRegular />} onClick={prepare} disabled={busy || !analysis || parts.size === 0}>
          Genera…
        </Button>
      </div>
      {progress && (
        <Field label={progress.label} validationState="none">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} aria-label="Avanzamento della scrittura" />
        </Field>
      )}
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>
              {outcome.text}
              {outcome.details && <Caption1 className={common.muted}> Dettagli: {outcome.details}</Caption1>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <SectionTitle>Nuovo modello</SectionTitle>
      <Caption1 className={common.muted}>
        Una cartella di lavoro vuota con i fogli Obiettivi, Fasi, Indicatori, Personale, Verifiche e Impostazioni, pronta da compilare.
      </Caption1>
      <div className={common.row}>
        <Button icon={<DocumentAddRegular />} onClick={() => void newModel()} disabled={busy}>
          Crea nuovo modello
        </Button>
      </div>

      <Dialog open={pending !== null} onOpenChange={(_e, d) => !d.open && setPending(null)}>
        <DialogSurface aria-describedby="conferma-genera">
          <DialogBody>
            <DialogTitle>Confermi la generazione?</DialogTitle>
            <DialogContent id="conferma-genera" className={common.stack}>
              {pending && (
                <>
                  <SheetList title="Fogli che saranno creati" items={pending.summary.created} />
                  <SheetList title="Fogli generati in precedenza che saranno sostituiti" items={pending.summary.replaced} />
                  <SheetList title="Fogli generati in precedenza che saranno eliminati" items={pending.summary.removed} />
                  <SheetList title="Colonne calcolate che saranno scritte" items={pending.summary.columns} />
                  <Caption1>Nessun altro foglio e nessuna cella inserita da te saranno modificati.</Caption1>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(null)}>
                Annulla
              </Button>
              <Button appearance="primary" onClick={() => void apply()}>
                Genera
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
