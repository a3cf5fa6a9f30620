/**
 * Writes a WorkbookPlan into the open workbook. The core decides which sheets are created,
 * replaced or removed and under which markers (`resolveSheets`, the same decisions the file writer
 * applies); this module checks that Excel will let it write (read-only document, protected
 * structure or sheets, formulas too long) before anything is written, then sends the operations
 * in as few syncs as the request limit allows and verifies the markers at the end.
 */
import { a1 } from '../core/grid';
import { fitPageBreaks, formulaProblem } from '../core/plans/limits';
import { generatedSheets, type MarkerKind } from '../core/plans/markers';
import { resolveSheets, type Resolution } from '../core/plans/resolve';
import type { GeneratedKind, SheetPlan, WorkbookPlan } from '../core/plans/types';
import { HostError, PartialWriteError, type ApplyResult, type Progress } from '../host/workbookHost';
import { toHostError } from './errors';
import { REQUEST_LIMIT_BYTES } from './limits';
import { addSheetOp, clearSheetOp, columnLabel, columnWriteOps, deleteSheetOp, newBatch, opSize, packOps, sheetPlanOps, type Op } from './planOps';
import type { RunExcel } from './run';
import type { Supports } from './support';
import { deadline } from './sync';
import { loadWorkbookState, type WorkbookState } from './workbookState';

/**
 * Estimated bytes per request. Estimates never fall below what the simulated Excel counts and
 * run a few per cent above it, so requests stay under the 4 MB the writer allows itself.
 */
export const REQUEST_BUDGET = REQUEST_LIMIT_BYTES - 96 * 1024;

export interface ApplyOptions {
  budget?: number;
  onProgress?: (p: Progress) => void;
  /** The document is open read-only (Office.context.document.mode). */
  readOnly?: boolean;
  /** The workbook as the caller loaded it in this same batch (saves a sync). */
  state?: WorkbookState;
}

export async function applyWorkbookPlan(run: RunExcel, supports: Supports, plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  return run((ctx) => applyPlanIn(ctx, supports, plan, opts));
}

const quote = (s: string) => `«${s}»`;

/** Refusals Excel would otherwise give halfway through the write. */
function checkWritable(plan: WorkbookPlan, state: WorkbookState, res: Resolution, readOnly: boolean): void {
  if (readOnly) {
    throw new HostError('La cartella di lavoro è aperta in sola lettura: salvane una copia modificabile (o chiedi il permesso di modifica) e ripeti Genera. Non è stato scritto nulla.');
  }
  const changesStructure = res.sheets.some((d) => d.action === 'create') || res.remove.length > 0;
  if (state.structureProtected && changesStructure) {
    throw new HostError(
      'La struttura della cartella di lavoro è protetta (Revisione › Proteggi cartella di lavoro): non si possono aggiungere o eliminare fogli. ' +
        'Togli la protezione e ripeti Genera. Non è stato scritto nulla.',
    );
  }
  const protectedSheets = new Map(state.sheets.filter((s) => s.protected).map((s) => [s.name.toLowerCase(), s.name]));
  const targets = [...res.sheets.filter((d) => d.action === 'replace').map((d) => d.name), ...res.remove, ...plan.columnWrites.map((c) => c.sheet)];
  const blocked = [...new Set(targets.map((t) => protectedSheets.get(t.toLowerCase())).filter((t): t is string => t !== undefined))];
  if (blocked.length > 0) {
    throw new HostError(
      `${blocked.length === 1 ? `Il foglio ${quote(blocked[0])} è protetto` : `I fogli ${blocked.map(quote).join(', ')} sono protetti`}: ` +
        'togli la protezione (Revisione › Rimuovi protezione foglio) e ripeti Genera. Non è stato scritto nulla.',
    );
  }
  for (const sheet of plan.sheets) {
    for (const c of sheet.cells) {
      if (c.value?.t !== 'formula') continue;
      const problem = formulaProblem(c.value.f);
      if (problem) {
        const why = problem === 'troppo-lunga' ? 'supera gli 8.192 caratteri che Excel accetta' : 'contiene un testo di oltre 255 caratteri';
        throw new HostError(`La formula da scrivere in ${sheet.name}!${a1(c.row, c.col)} ${why}. Non è stato scritto nulla.`);
      }
    }
  }
}

function resolve(plan: WorkbookPlan, state: WorkbookState): Resolution {
  const sheetNames = state.sheets.map((s) => s.name);
  const generated = generatedSheets(sheetNames, state.names);
  const kinds = new Set<GeneratedKind | MarkerKind>(plan.sheets.map((s) => s.kind));
  for (const name of plan.removeSheets) {
    const kind = generated.get(name.toLowerCase())?.kind;
    if (kind) kinds.add(kind);
  }
  return resolveSheets({ sheets: sheetNames, names: state.names }, plan.sheets, { rebuilt: [...kinds] });
}

/**
 * Adds the marker name of a sheet: a hidden, workbook-scoped name on its A1. A rebuild gets the
 * same names again (the core numbers them after the names that stay): the old one goes first.
 */
function markerOp(sheet: string, marker: { name: string; formula: string }, replacesExisting: boolean): Op {
  return {
    size: opSize([marker.name, marker.formula], replacesExisting ? 5 : 3),
    sheet,
    apply(b) {
      if (replacesExisting) b.ctx.workbook.names.getItem(marker.name).delete();
      const item = b.ctx.workbook.names.add(marker.name, `=${marker.formula}`, 'Foglio generato dal componente PEG');
      item.visible = false;
    },
  };
}

function dropNameOp(name: string): Op {
  return { size: opSize(name, 2), sheet: '', apply: (b) => b.ctx.workbook.names.getItem(name).delete() };
}

export async function applyPlanIn(ctx: Excel.RequestContext, supports: Supports, plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const budget = opts.budget ?? REQUEST_BUDGET;
  const state = opts.state ?? (await loadWorkbookState(ctx));
  const res = resolve(plan, state);
  checkWritable(plan, state, res, opts.readOnly === true);

  const generated = generatedSheets(state.sheets.map((s) => s.name), state.names);
  const existing = new Map(state.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const result: ApplyResult = { created: [], replaced: [], removed: [], columns: [] };
  const notes: string[] = [];
  const ops: Op[] = [];
  const newMarkers: string[] = [];
  const namesNow = new Set(state.names.map((n) => n.name.toUpperCase()));

  res.sheets.forEach((d) => {
    const sheet: SheetPlan = { ...plan.sheets[d.index], name: d.name };
    if (d.action === 'replace') {
      ops.push(clearSheetOp(d.name));
      result.replaced.push(d.name);
    } else {
      ops.push(addSheetOp(d.name, null));
      result.created.push(d.name);
    }
    // The new marker right after the sheet: a write interrupted later leaves a sheet the next
    // Genera recognises and repairs. Old markers go at the end.
    if (d.marker) {
      ops.push(markerOp(d.name, d.marker, namesNow.has(d.marker.name.toUpperCase())));
      newMarkers.push(d.marker.name);
    }
    if (d.nameTakenBy) notes.push(`Il foglio ${quote(d.nameTakenBy)} è tuo: il foglio generato si chiama ${quote(d.name)}.`);
    if (fitPageBreaks(sheet.print.rowBreaks ?? []).cut) {
      notes.push(`Il foglio ${quote(d.name)} ha più interruzioni di pagina di quante Excel ne consenta: le ultime non sono state inserite.`);
    }
    for (const op of sheetPlanOps(sheet)) ops.push(op); // no spread: a big plan has more ops than a call takes arguments
  });

  for (const cw of plan.columnWrites) {
    const actual = existing.get(cw.sheet.toLowerCase());
    if (!actual || generated.has(actual.toLowerCase())) throw new HostError(`Il foglio ${quote(cw.sheet)} non si trova più: ripeti il controllo prima di generare. Non è stato scritto nulla.`);
    for (const op of columnWriteOps({ ...cw, sheet: actual })) ops.push(op);
    result.columns.push(columnLabel(cw));
  }

  for (const name of res.remove) {
    ops.push(deleteSheetOp(name, []));
    result.removed.push(name);
  }
  const renewed = new Set(newMarkers.map((n) => n.toUpperCase()));
  for (const name of res.dropMarkers) if (!renewed.has(name.toUpperCase())) ops.push(dropNameOp(name));
  for (const k of res.kept) {
    notes.push(
      k.reason === 'copia'
        ? `Il foglio ${quote(k.name)} è una copia di un foglio generato: è tuo e non è stato toccato.`
        : `Il foglio ${quote(k.name)} era generato${k.given ? ` (${quote(k.given)})` : ''} ma lo hai rinominato: è tuo e non è stato toccato.`,
    );
  }

  const batches = packOps(ops, budget);
  const suspendCalc = supports('ExcelApi', '1.6');
  const suspendScreen = supports('ExcelApi', '1.9') && typeof ctx.application.suspendScreenUpdatingUntilNextSync === 'function';
  const names = ctx.workbook.names;
  const lastOpOf = new Map<string, number>();
  batches.forEach((batch, i) => batch.forEach((op) => lastOpOf.set(op.sheet, i)));
  const touched = (upTo: number) => [...new Set(batches.slice(0, upTo + 1).flatMap((b) => b.map((op) => op.sheet)))].filter((s) => s !== '');

  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i];
    const b = newBatch(ctx);
    if (suspendCalc) ctx.application.suspendApiCalculationUntilNextSync();
    if (suspendScreen) ctx.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.apply(b);
    const last = i === batches.length - 1;
    if (last) {
      // Verified in the same round trip: every new marker is there, hidden.
      names.load('items/name,items/visible');
      if (state.manualCalculation) ctx.application.calculate('Full');
    }
    const label = [...new Set(batch.map((op) => op.sheet).filter((s) => s !== ''))].join(', ') || 'nomi';
    opts.onProgress?.({ done: i, total: batches.length, label: `Scrittura di ${label}…` });
    try {
      await deadline(ctx.sync());
    } catch (err) {
      const all = touched(i);
      const written = all.filter((s) => (lastOpOf.get(s) ?? 0) < i);
      const partial = all.filter((s) => !written.includes(s));
      const cause = toHostError(err, 'Scrittura interrotta');
      const parts = [
        cause.message,
        written.length ? `Scritti per intero: ${written.map(quote).join(', ')}.` : '',
        partial.length ? `Scritti in parte: ${partial.map(quote).join(', ')}.` : '',
        'La cartella di lavoro è stata riletta: ripeti Genera per completarla.',
      ];
      throw new PartialWriteError(parts.filter(Boolean).join(' '), written, partial, { cause: err });
    }
    opts.onProgress?.({ done: i + 1, total: batches.length, label: `Scritto ${label}` });
  }
  if (batches.length > 0) await repairMarkers(ctx, names, newMarkers, res);
  if (notes.length) result.note = notes.filter(Boolean).join(' ');
  return result;
}

/** A marker Excel lost or left visible is put right (one more sync, only when needed). */
async function repairMarkers(ctx: Excel.RequestContext, names: Excel.NamedItemCollection, wanted: string[], res: Resolution): Promise<void> {
  const have = new Map(names.items.map((n) => [n.name.toUpperCase(), n]));
  let fixes = 0;
  for (const d of res.sheets) {
    if (!d.marker) continue;
    const item = have.get(d.marker.name.toUpperCase());
    if (!item) {
      ctx.workbook.names.add(d.marker.name, `=${d.marker.formula}`, 'Foglio generato dal componente PEG').visible = false;
      fixes++;
    } else if (item.visible) {
      item.visible = false;
      fixes++;
    }
  }
  if (fixes > 0 && wanted.length > 0) await deadline(ctx.sync());
}
