/**
 * An in-memory fake of the part of the Excel JavaScript API the adapter uses, faithful where it
 * matters to the adapter's promises:
 * - calls are queued and run at `sync()`, in order, like a real batch;
 * - a property read before `load` + `sync` throws `PropertyNotLoaded`;
 * - `syncCount` counts round trips; each sync's request size is estimated from the arguments
 *   actually passed and a request over 4 MB is rejected (`RequestPayloadSizeLimitExceeded`) with
 *   nothing applied;
 * - a string written through `values`/`formulas` that starts with `=`, `+`, `-` or `@` becomes a
 *   formula, and a numeric string becomes a number, unless the cell's number format is text (`@`);
 * - the documented limits (Microsoft, "Resource limits … for Office Add-ins", "Excel specifications
 *   and limits"): a response over 5 MB fails with `ResponsePayloadSizeLimitExceeded`, a range of
 *   more than 5 million cells loads without values, formulas over 8,192 characters, names over 255
 *   and more than 1,026 page breaks a sheet are refused;
 * - cell-edit mode: a batch fails with `InvalidOperationInCellEditMode`, or waits for the user
 *   when run with `delayForCellEdit`;
 * - protection: a protected sheet refuses writes, a protected structure refuses adding or deleting
 *   sheets (`AccessDenied`), a read-only document refuses everything;
 * - `failAt`: a sync that fails after part of its work, as a real batch does (nothing rolled back).
 */
import { a1, parseA1 } from '../../core/grid';

export const REQUEST_LIMIT = 4 * 1024 * 1024;
export const RESPONSE_LIMIT = 5 * 1024 * 1024;
export const CELLS_LIMIT = 5_000_000;
const FORMULA_LIMIT = 8192;
const NAME_LIMIT = 255;
const PAGE_BREAK_LIMIT = 1026;
const CALL_OVERHEAD = 120;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class FakeOfficeError extends Error {
  constructor(public code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeCell {
  value: unknown;
  formula?: string;
  /** Error text when the cell holds an error value (`#REF!`). */
  error?: string;
  numberFormat?: string;
}

interface Rect { r: number; c: number; rows: number; cols: number }

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  formats: { address: string; prop: string; value: unknown }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze: unknown = null;
  tabColor = '';
  page: Record<string, unknown> = {};
  pageBreaks: string[] = [];
  conditionalFormats: { address: string; formula: string; format: Record<string, unknown> }[] = [];
  validations: { address: string; rule: unknown }[] = [];
  tables: Record<string, unknown>[] = [];
  /** Revisione › Proteggi foglio: every write is refused. */
  protected = false;
  constructor(public name: string) {}

  /** The user inserts an empty row above `row` (0-based): the cells below move down. */
  insertRow(row: number) {
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      moved.set(this.key(r >= row ? r + 1 : r, c), cell);
    }
    this.cells = moved;
  }
  writable() {
    if (this.protected) throw new FakeOfficeError('AccessDenied', `il foglio ${this.name} è protetto`);
  }

  key(r: number, c: number) {
    return `${r},${c}`;
  }
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  cell(r: number, c: number): FakeCell {
    let cell = this.get(r, c);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(this.key(r, c), cell);
    }
    return cell;
  }
  /** The A1 cell's stored state, for assertions. */
  at(address: string): FakeCell | undefined {
    const p = parseA1(address);
    return p ? this.get(p.row, p.col) : undefined;
  }
  hasContent(cell: FakeCell | undefined) {
    return !!cell && (cell.formula !== undefined || cell.error !== undefined || (cell.value !== '' && cell.value !== null && cell.value !== undefined));
  }
  /**
   * Excel's used range: cells with values, or (not `valuesOnly`) also formatted cells ("a value or
   * formatting assigned"); formatting whole rows or columns leaves it alone, as users report of
   * Excel. Data validations and conditional formats are kept out of it (Excel does not document that
   * it counts them), so the adapter must find them with `getSpecialCells`.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    const add = (r: number, c: number, rows = 1, cols = 1) => {
      r1 = Math.min(r1, r); c1 = Math.min(c1, c); r2 = Math.max(r2, r + rows - 1); c2 = Math.max(c2, c + cols - 1);
    };
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? !this.hasContent(cell) : !this.hasContent(cell) && !cell.numberFormat) continue;
      const [r, c] = k.split(',').map(Number);
      add(r, c);
    }
    if (!valuesOnly) {
      for (const f of this.formats) {
        const box = parseRect(f.address);
        if (box.rows < MAX_ROWS && box.cols < MAX_COLS) add(box.r, box.c, box.rows, box.cols);
      }
    }
    return r2 < 0 ? null : { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
}

export interface FakeName { name: string; sheet: string; address: string; visible: boolean; comment?: string }

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Revisione › Proteggi cartella di lavoro (structure). */
  structureProtected = false;
  /** As some Excel versions do: a merged RangeAreas' joined `address` names only top-left cells. */
  mergedAddressTopLeftOnly = false;
  /** How many `visible = false` on names are silently not applied, to show the adapter checks. */
  ignoredNameHides = 0;
  readOnly = false;
  calculationMode: 'Automatic' | 'Manual' = 'Automatic';
  /** Full recalculations asked for. */
  calculations = 0;
  /** Syncs of every context so far. */
  syncs = 0;
  /** The sync (1-based, over all contexts) that fails with `code` after `afterTasks` of its calls. */
  failAt: { sync: number; code: string; afterTasks?: number } | null = null;
  private editing: { done: Promise<void>; end: () => void } | null = null;

  /** The user starts typing in a cell. */
  startCellEdit() {
    let end = () => {};
    const done = new Promise<void>((resolve) => { end = resolve; });
    this.editing = { done, end };
  }
  /** The user presses Enter. */
  endCellEdit() {
    const e = this.editing;
    this.editing = null;
    e?.end();
  }
  get inCellEdit() {
    return this.editing;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  /** Seeds a sheet: plain values, or `{ v, f, fmt, error }` objects. Row 0 is row 1. */
  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((line, r) =>
      line.forEach((raw, c) => {
        if (raw === null || raw === undefined) return;
        if (typeof raw === 'object' && !Array.isArray(raw)) {
          const o = raw as { v?: unknown; f?: string; fmt?: string; error?: string };
          s.cells.set(s.key(r, c), { value: o.error ?? o.v ?? '', formula: o.f, error: o.error, numberFormat: o.fmt });
        } else s.cells.set(s.key(r, c), { value: raw });
      }),
    );
    this.sheets.push(s);
    return s;
  }
  /** Marks a sheet as generated, as the adapter does. */
  addMarker(name: string, sheet: string) {
    this.names.push({ name, sheet, address: '$A$1', visible: false });
  }
}

function quoteSheet(name: string) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function rectAddress(rect: Rect) {
  const first = a1(rect.r, rect.c);
  const last = a1(rect.r + rect.rows - 1, rect.c + rect.cols - 1);
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`;
}
function parseRect(address: string): Rect {
  const [p, q] = address.replace(/\$/g, '').split(':');
  const a = parseA1(p);
  const b = parseA1(q ?? p);
  if (!a || !b) throw new FakeOfficeError('InvalidArgument', `indirizzo non valido: ${address}`);
  return { r: Math.min(a.row, b.row), c: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** Excel's rule for a string typed or written through values/formulas into a non-text cell. */
function enterString(cell: FakeCell, s: string) {
  cell.formula = undefined;
  cell.error = undefined;
  if (cell.numberFormat === '@') {
    cell.value = s;
  } else if (/^[+-]?\d+(\.\d+)?$/.test(s)) {
    cell.value = Number(s);
  } else if (/^[=+\-@]/.test(s) && s.length > 1) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    cell.value = 0; // the fake does not calculate
  } else {
    cell.value = s;
  }
}

type Task = () => void;

export class FakeContext {
  syncCount = 0;
  /** Estimated request bytes of each sync, in order. */
  payloads: number[] = [];
  suspendedCalculation = 0;
  suspendedScreen = 0;
  private queue: Task[] = [];
  private pendingBytes = 0;
  workbook: FakeWorkbookProxy;
  application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };

  /** Estimated bytes of each sync's response, in order. */
  responses: number[] = [];
  /** Bytes the loads of the running sync send back. */
  responseBytes = 0;

  constructor(public model: FakeWorkbook, private options: { delayForCellEdit?: boolean } = {}) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  enqueue(args: unknown, task: Task) {
    this.pendingBytes += CALL_OVERHEAD + JSON.stringify(args ?? null).length;
    this.queue.push(task);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const bytes = this.pendingBytes;
    const tasks = this.queue;
    this.payloads.push(bytes);
    this.queue = [];
    this.pendingBytes = 0;
    const editing = this.model.inCellEdit;
    if (editing) {
      if (!this.options.delayForCellEdit) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel è in modalità di modifica della cella');
      await editing.done;
    }
    this.model.syncs++;
    if (bytes > REQUEST_LIMIT) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `richiesta di ${bytes} byte oltre il limite`);
    }
    const fail = this.model.failAt && this.model.failAt.sync === this.model.syncs ? this.model.failAt : null;
    this.responseBytes = 0;
    tasks.forEach((t, i) => {
      if (fail && i >= (fail.afterTasks ?? Math.floor(tasks.length / 2))) throw new FakeOfficeError(fail.code, `errore simulato alla sync ${fail.sync}`);
      t();
    });
    this.responses.push(this.responseBytes);
    if (this.responseBytes > RESPONSE_LIMIT) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `risposta di ${this.responseBytes} byte oltre il limite`);
    }
  }
}

class FakeApplication {
  private loaded = false;
  constructor(private ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync() {
    this.ctx.enqueue([], () => { this.ctx.suspendedCalculation++; });
  }
  suspendScreenUpdatingUntilNextSync() {
    this.ctx.enqueue([], () => { this.ctx.suspendedScreen++; });
  }
  load(props: string) {
    this.ctx.enqueue([props], () => { this.loaded = true; });
  }
  get calculationMode(): string {
    if (!this.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'calculationMode non caricato');
    return this.ctx.model.calculationMode;
  }
  calculate(type: string) {
    this.ctx.enqueue([type], () => { this.ctx.model.calculations++; });
  }
}

/** Bytes a loaded value takes in a response (collection items: their own loaded properties). */
function responseSize(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + 1 + responseSize(x), 2);
  if (v instanceof Loadable) return v.loadedSize();
  return JSON.stringify(v ?? null)?.length ?? 4;
}

class Loadable {
  private snapshot = new Map<string, unknown>();
  loadedSize(): number {
    let n = 2;
    for (const [k, v] of this.snapshot) n += k.length + 3 + responseSize(v);
    return n;
  }
  constructor(protected ctx: FakeContext) {}
  protected compute(_prop: string): unknown {
    return undefined;
  }
  load(props?: string | string[]) {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(list, () => {
      for (const p of list) {
        const v = this.compute(p);
        this.snapshot.set(p, v);
        this.ctx.responseBytes += p.length + responseSize(v);
      }
    });
    return this;
  }
  /** `isNullObject` is known after a sync, as in Office.js. */
  protected markResolvable(props: string[]) {
    this.ctx.enqueue([], () => {
      for (const p of props) this.snapshot.set(p, this.compute(p));
    });
  }
  /** Used by a collection while its own load resolves: the items' properties arrive with it. */
  resolveNow(props: string[]) {
    for (const p of props) this.snapshot.set(p, this.compute(p));
  }
  protected read<T>(prop: string): T {
    if (!this.snapshot.has(prop)) {
      throw new FakeOfficeError('PropertyNotLoaded', `La proprietà '${prop}' non è disponibile. Prima di leggerne il valore, chiamare il metodo load e poi context.sync().`);
    }
    return this.snapshot.get(prop) as T;
  }
}

class FakeWorkbookProxy {
  worksheets: FakeWorksheetCollection;
  names: FakeNameCollection;
  protection: FakeWorkbookProtection;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNameCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorkbookProtection extends Loadable {
  protected override compute(prop: string) {
    return prop === 'protected' ? this.ctx.model.structureProtected : undefined;
  }
  get protected(): boolean { return this.read('protected'); }
}

/** Anything that changes the workbook: refused in a read-only document. */
function writableWorkbook(model: FakeWorkbook) {
  if (model.readOnly) throw new FakeOfficeError('AccessDenied', 'cartella di lavoro in sola lettura');
}
function structureChange(model: FakeWorkbook) {
  writableWorkbook(model);
  if (model.structureProtected) throw new FakeOfficeError('AccessDenied', 'la struttura della cartella di lavoro è protetta');
}

/**
 * A collection whose `load('items/…')` loads its items' properties in the same round, as
 * Office.js does: the subclasses say only how to make the items.
 */
abstract class FakeCollection<T extends { prime(props: string[]): void }> extends Loadable {
  private itemProps: string[] = [];
  protected abstract makeItems(): T[];
  override load(props?: string | string[]) {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim());
    this.itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    return super.load('items');
  }
  protected override compute(prop: string) {
    if (prop !== 'items') return undefined;
    return this.makeItems().map((item) => {
      item.prime(this.itemProps);
      return item;
    });
  }
  get items(): T[] {
    return this.read('items');
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected makeItems() {
    return this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, s.name));
  }
  getItem(name: string) {
    this.ctx.enqueue([name], () => {
      if (!this.ctx.model.sheet(name)) throw new FakeOfficeError('ItemNotFound', `foglio ${name} inesistente`);
    });
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string) {
    const ws = new FakeWorksheet(this.ctx, name, true);
    return ws;
  }
  add(name: string) {
    this.ctx.enqueue([name], () => {
      structureChange(this.ctx.model);
      if (this.ctx.model.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `foglio ${name} già presente`);
      this.ctx.model.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends Loadable {
  freezePanes;
  tables;
  pageLayout;
  horizontalPageBreaks;
  constructor(ctx: FakeContext, private sheetName: string, nullable = false) {
    super(ctx);
    if (nullable) this.markResolvable(['isNullObject']);
    const sheet = () => this.model();
    this.freezePanes = {
      freezeAt: (range: FakeRange) => ctx.enqueue(['freezeAt'], () => { sheet().freeze = { at: range.addressLocal() }; }),
      freezeRows: (n: number) => ctx.enqueue([n], () => { sheet().freeze = { rows: n }; }),
      freezeColumns: (n: number) => ctx.enqueue([n], () => { sheet().freeze = { cols: n }; }),
      unfreeze: () => ctx.enqueue([], () => { sheet().freeze = null; }),
    };
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const entry: Record<string, unknown> = { address, hasHeaders };
        ctx.enqueue([address, hasHeaders], () => { sheet().tables.push(entry); });
        return new Proxy(entry, { set: (_t, p: string, v) => { ctx.enqueue([p, v], () => { entry[p] = v; }); return true; } });
      },
    };
    const page: Record<string, unknown> = {};
    this.pageLayout = new Proxy(page, {
      get: (_t, p: string) => {
        if (p === 'setPrintTitleRows') return (rows: string) => ctx.enqueue([rows], () => { sheet().page.titleRows = rows; });
        if (p === 'setPrintArea') return (area: string) => ctx.enqueue([area], () => { sheet().page.area = area; });
        throw new FakeOfficeError('PropertyNotLoaded', `pageLayout.${p} non caricato`);
      },
      set: (_t, p: string, v) => {
        ctx.enqueue([p, v], () => { sheet().page[p] = v; });
        return true;
      },
    });
    this.horizontalPageBreaks = {
      add: (cell: string) => ctx.enqueue([cell], () => {
        if (sheet().pageBreaks.length >= PAGE_BREAK_LIMIT) throw new FakeOfficeError('InvalidOperation', 'troppe interruzioni di pagina');
        sheet().pageBreaks.push(cell);
      }),
      removePageBreaks: () => ctx.enqueue([], () => { sheet().pageBreaks = []; }),
    };
  }
  /** Items of a loaded collection get their properties with the collection's snapshot. */
  prime(props: string[]) {
    this.resolveNow(props);
  }
  model(): FakeSheet {
    const s = this.ctx.model.sheet(this.sheetName);
    if (!s) throw new FakeOfficeError('ItemNotFound', `foglio ${this.sheetName} inesistente`);
    return s;
  }
  protected override compute(prop: string) {
    if (prop === 'isNullObject') return !this.ctx.model.sheet(this.sheetName);
    if (prop === 'name') return this.model().name;
    if (prop === 'protection/protected') return this.model().protected;
    return undefined;
  }
  get name(): string {
    return this.read('name');
  }
  get protection(): { protected: boolean } {
    const read = () => this.read<boolean>('protection/protected');
    return { get protected() { return read(); } };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  set tabColor(v: string) {
    this.ctx.enqueue([v], () => { this.model().writable(); this.model().tabColor = v; });
  }
  getRange(address?: string) {
    return new FakeRange(this.ctx, this, () => (address ? parseRect(address) : { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLS }), false, [address ?? '']);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    return new FakeRange(this.ctx, this, () => ({ r, c, rows, cols }), false, [r, c, rows, cols]);
  }
  /** Several ranges at once (`A1:B2,D4`), for formats. */
  getRanges(addresses: string) {
    this.ctx.enqueue([addresses], () => undefined);
    return { format: makeFormat(this.ctx, () => this.model(), () => addresses.split(',').map((a) => parseRect(a.trim()))) };
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new FakeRange(this.ctx, this, () => this.model().usedRect(valuesOnly), true, [valuesOnly]);
  }
  activate() {
    this.ctx.enqueue([], () => { this.ctx.model.activeSheet = this.model().name; });
  }
  delete() {
    this.ctx.enqueue([], () => {
      structureChange(this.ctx.model);
      const s = this.model();
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
    });
  }
}

class FakeRange extends Loadable {
  format: ReturnType<FakeRange['makeFormat']>;
  conditionalFormats;
  dataValidation;
  constructor(ctx: FakeContext, private ws: FakeWorksheet, private rect: () => Rect | null, nullable: boolean, args: unknown) {
    super(ctx);
    ctx.enqueue(args, () => undefined);
    if (nullable) this.markResolvable(['isNullObject']);
    this.format = this.makeFormat();
    const sheet = () => this.ws.model();
    this.conditionalFormats = {
      add: (_type: string) => {
        const entry = { address: '', formula: '', format: {} as Record<string, unknown> };
        ctx.enqueue([_type], () => {
          entry.address = this.addressLocal();
          sheet().conditionalFormats.push(entry);
        });
        const recorder = (prefix: string) =>
          new Proxy({}, { set: (_t, p: string, v) => { ctx.enqueue([p, v], () => { entry.format[`${prefix}${p}`] = v; }); return true; } });
        return {
          custom: {
            rule: new Proxy({}, { set: (_t, _p, v) => { ctx.enqueue([v], () => { entry.formula = v; }); return true; } }),
            format: { font: recorder('font.'), fill: recorder('fill.') },
          },
        };
      },
      clearAll: () => ctx.enqueue([], () => { sheet().conditionalFormats = []; }),
    };
    this.dataValidation = new Proxy({} as { rule: unknown; clear(): void }, {
      get: (_t, p) => (p === 'clear' ? () => ctx.enqueue([], () => { sheet().validations = []; }) : undefined),
      set: (_t, p: string, v) => {
        ctx.enqueue([p, v], () => { sheet().validations.push({ address: this.addressLocal(), rule: v }); });
        return true;
      },
    });
  }
  private box(): Rect {
    const r = this.rect();
    if (!r) throw new FakeOfficeError('InvalidReference', 'intervallo nullo');
    return r;
  }
  addressLocal() {
    return rectAddress(this.box());
  }
  private makeFormat() {
    return makeFormat(this.ctx, () => this.ws.model(), () => [this.box()]);
  }
  protected override compute(prop: string) {
    const rect = this.rect();
    if (prop === 'isNullObject') return rect === null;
    if (!rect) return null; // a null object's properties load as null
    if (prop === 'rowCount') return rect.rows;
    if (prop === 'columnCount') return rect.cols;
    if (prop === 'cellCount') return rect.rows * rect.cols;
    // Excel: a range this big loads without its cell data.
    if (['values', 'formulas', 'numberFormat', 'valueTypes'].includes(prop) && rect.rows * rect.cols > CELLS_LIMIT) return null;
    const s = this.ws.model();
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => f(s.get(rect.r + i, rect.c + j))));
    switch (prop) {
      case 'address':
        return `${quoteSheet(s.name)}!${rectAddress(rect)}`;
      case 'values':
        return grid((c) => (c ? (c.error ?? c.value ?? '') : ''));
      case 'formulas':
        return grid((c) => (c ? (c.formula ?? c.error ?? c.value ?? '') : ''));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((c) => {
          if (!c) return 'Empty';
          if (c.error) return 'Error';
          const v = c.value;
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return v === '' || v === null || v === undefined ? 'Empty' : 'String';
        });
      case 'rowIndex':
        return rect.r;
      case 'columnIndex':
        return rect.c;
      default:
        return undefined;
    }
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get address(): string { return this.read('address'); }
  get values(): unknown[][] { return this.read('values'); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  get valueTypes(): string[][] { return this.read('valueTypes'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get cellCount(): number { return this.read('cellCount'); }

  private writeMatrix(data: unknown[][], each: (cell: FakeCell, v: unknown) => void) {
    this.ctx.enqueue(data, () => {
      this.writable();
      const box = this.box();
      if (data.length !== box.rows || data.some((row) => row.length !== box.cols)) {
        throw new FakeOfficeError('InvalidArgument', `dimensioni ${data.length}×${data[0]?.length} diverse da ${box.rows}×${box.cols}`);
      }
      const s = this.ws.model();
      // Office.js: `null` in a matrix leaves that cell as it is.
      data.forEach((row, i) => row.forEach((v, j) => { if (v !== null) each(s.cell(box.r + i, box.c + j), v); }));
    });
  }
  private writable() {
    writableWorkbook(this.ctx.model);
    this.ws.model().writable();
  }
  private enter = (cell: FakeCell, v: unknown) => {
    if (typeof v === 'string' && cell.numberFormat !== '@' && v.startsWith('=') && v.length > FORMULA_LIMIT) {
      throw new FakeOfficeError('FormulaLengthExceedsLimit', 'formula troppo lunga');
    }
    if (typeof v === 'string') enterString(cell, v);
    else {
      cell.formula = undefined;
      cell.error = undefined;
      cell.value = v;
    }
  };
  set values(data: unknown[][]) { this.writeMatrix(data, this.enter); }
  set formulas(data: unknown[][]) { this.writeMatrix(data, this.enter); }
  set numberFormat(data: unknown[][]) { this.writeMatrix(data, (cell, v) => { cell.numberFormat = String(v); }); }

  getEntireColumn() {
    return new FakeRange(this.ctx, this.ws, () => { const b = this.box(); return { r: 0, c: b.c, rows: MAX_ROWS, cols: b.cols }; }, false, []);
  }
  getEntireRow() {
    return new FakeRange(this.ctx, this.ws, () => { const b = this.box(); return { r: b.r, c: 0, rows: b.rows, cols: MAX_COLS }; }, false, []);
  }
  /**
   * Cells holding formulas, as areas (one per row run): what `getSpecialCells('Formulas')` gives;
   * `DataValidations` and `ConditionalFormats`: the parts of the rules' ranges inside this range.
   */
  getSpecialCellsOrNullObject(type: string) {
    return new FakeRangeAreas(this.ctx, () => {
      const box = this.box();
      const s = this.ws.model();
      if (type === 'DataValidations' || type === 'ConditionalFormats') {
        const rules = type === 'DataValidations' ? s.validations : s.conditionalFormats;
        const inside = rules.flatMap((rule) => rule.address.split(',')).flatMap((a) => {
          const r = parseRect(a.trim());
          const top = Math.max(r.r, box.r), left = Math.max(r.c, box.c);
          const bottom = Math.min(r.r + r.rows, box.r + box.rows), right = Math.min(r.c + r.cols, box.c + box.cols);
          return bottom > top && right > left ? [`${quoteSheet(s.name)}!${rectAddress({ r: top, c: left, rows: bottom - top, cols: right - left })}`] : [];
        });
        return inside.length ? inside.join(',') : null;
      }
      if (type !== 'Formulas') throw new FakeOfficeError('InvalidArgument', `tipo ${type} non simulato`);
      const areas: string[] = [];
      for (let r = box.r; r < box.r + box.rows; r++) {
        let start = -1;
        for (let c = box.c; c <= box.c + box.cols; c++) {
          const isFormula = c < box.c + box.cols && s.get(r, c)?.formula !== undefined;
          if (isFormula && start < 0) start = c;
          if (!isFormula && start >= 0) {
            areas.push(rectAddress({ r, c: start, rows: 1, cols: c - start }));
            start = -1;
          }
        }
      }
      return areas.length ? areas.map((a) => `${quoteSheet(s.name)}!${a}`).join(',') : null;
    });
  }
  getMergedAreasOrNullObject() {
    const areas = new FakeRangeAreas(this.ctx, () => {
      const box = this.box();
      const m = this.ws.model().merges.filter((a) => {
        const r = parseRect(a);
        return r.r < box.r + box.rows && r.r + r.rows > box.r && r.c < box.c + box.cols && r.c + r.cols > box.c;
      });
      return m.length ? m.map((a) => `${quoteSheet(this.ws.model().name)}!${a}`).join(',') : null;
    }, (full) => (this.ctx.model.mergedAddressTopLeftOnly ? full.replace(/:[A-Z]+\d+/g, '') : full));
    return areas;
  }
  merge(across = false) {
    this.ctx.enqueue([across], () => {
      this.writable();
      // Excel: `across` merges each row of the range on its own.
      const box = this.box();
      if (!across || box.rows === 1) {
        this.ws.model().merges.push(this.addressLocal());
        return;
      }
      for (let r = box.r; r < box.r + box.rows; r++) this.ws.model().merges.push(`${a1(r, box.c)}:${a1(r, box.c + box.cols - 1)}`);
    });
  }
  unmerge() {
    this.ctx.enqueue([], () => {
      const box = this.box();
      this.ws.model().merges = this.ws.model().merges.filter((m) => {
        const r = parseRect(m);
        return r.r + r.rows <= box.r || r.r >= box.r + box.rows || r.c + r.cols <= box.c || r.c >= box.c + box.cols;
      });
    });
  }
  clear(_applyTo = 'All') {
    this.ctx.enqueue([_applyTo], () => {
      this.writable();
      const box = this.box();
      const s = this.ws.model();
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= box.r && r < box.r + box.rows && c >= box.c && c < box.c + box.cols) s.cells.delete(k);
      }
      s.formats = [];
    });
  }
  select() {
    this.ctx.enqueue([], () => { this.ctx.model.selection = { sheet: this.ws.model().name, address: this.addressLocal() }; });
  }
}

/** A range's (or several ranges') format: every property set is logged on the sheet, per area. */
function makeFormat(ctx: FakeContext, sheet: () => FakeSheet, boxes: () => Rect[]) {
  const log = (prop: string, v: unknown) =>
    ctx.enqueue([prop, v], () => {
      writableWorkbook(ctx.model);
      const s = sheet();
      s.writable();
      for (const box of boxes()) {
        if (prop === 'columnWidth') for (let c = box.c; c < box.c + box.cols; c++) s.columnWidths.set(c, v as number);
        else if (prop === 'rowHeight') for (let r = box.r; r < box.r + box.rows; r++) s.rowHeights.set(r, v as number);
        else if (prop === 'useStandardWidth') s.columnWidths = new Map([...s.columnWidths].filter(([c]) => c < box.c || c >= box.c + box.cols));
        else if (prop === 'useStandardHeight') s.rowHeights = new Map([...s.rowHeights].filter(([r]) => r < box.r || r >= box.r + box.rows));
        else s.formats.push({ address: rectAddress(box), prop, value: v });
      }
    });
  const recorder = (prefix: string) => new Proxy({}, { set: (_t, p: string, v) => { log(`${prefix}${p}`, v); return true; } });
  const font = recorder('font.');
  const fill = recorder('fill.');
  const borders = { getItem: (edge: string) => recorder(`border.${edge}.`) };
  return new Proxy({ font, fill, borders } as Record<string, unknown>, {
    get: (t, p: string) => t[p],
    set: (_t, p: string, v) => { log(p, v); return true; },
  }) as unknown as { font: Record<string, unknown>; fill: Record<string, unknown>; borders: { getItem(e: string): Record<string, unknown> }; [k: string]: unknown };
}

class FakeRangeAreas extends Loadable {
  constructor(ctx: FakeContext, private addr: () => string | null, private joined: (full: string) => string = (full) => full) {
    super(ctx);
    this.markResolvable(['isNullObject']);
  }
  protected override compute(prop: string) {
    if (prop === 'isNullObject') return this.addr() === null;
    if (prop === 'address') return this.joined(this.addr() ?? '');
    if (prop === 'areas/items/address') return (this.addr() ?? '').split(',').filter(Boolean).map((address) => ({ address }));
    return undefined;
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get address(): string { return this.read('address'); }
  get areas(): { items: { address: string }[] } {
    return { items: this.read('areas/items/address') };
  }
}

class FakeNamedItem extends Loadable {
  constructor(ctx: FakeContext, private nameText: string) {
    super(ctx);
  }
  prime(props: string[]) {
    this.resolveNow(props);
  }
  private model() {
    const n = this.ctx.model.names.find((x) => x.name.toUpperCase() === this.nameText.toUpperCase());
    if (!n) throw new FakeOfficeError('ItemNotFound', `nome ${this.nameText} inesistente`);
    return n;
  }
  protected override compute(prop: string) {
    const n = this.model();
    if (prop === 'name') return n.name;
    if (prop === 'formula') return `=${quoteSheet(n.sheet)}!${n.address}`;
    if (prop === 'visible') return n.visible;
    return undefined;
  }
  get name(): string { return this.read('name'); }
  get formula(): string { return this.read('formula'); }
  get visible(): boolean { return this.read('visible'); }
  set visible(v: boolean) {
    this.ctx.enqueue([v], () => {
      if (!v && this.ctx.model.ignoredNameHides > 0) {
        this.ctx.model.ignoredNameHides--; // a hide Excel did not apply (the adapter must check)
        return;
      }
      this.model().visible = v;
    });
  }
  delete() {
    this.ctx.enqueue([], () => {
      const n = this.model();
      this.ctx.model.names = this.ctx.model.names.filter((x) => x !== n);
    });
  }
}

class FakeNameCollection extends FakeCollection<FakeNamedItem> {
  protected makeItems() {
    return this.ctx.model.names.map((n) => new FakeNamedItem(this.ctx, n.name));
  }
  /** `reference`: a range, or a formula such as `='Riepilogo 2025'!$A$1`. */
  add(name: string, reference: FakeRange | string, comment?: string) {
    this.ctx.enqueue([name, typeof reference === 'string' ? reference : '', comment], () => {
      writableWorkbook(this.ctx.model);
      if (name.length > NAME_LIMIT) throw new FakeOfficeError('InvalidArgument', `nome di ${name.length} caratteri`);
      if (this.ctx.model.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) throw new FakeOfficeError('ItemAlreadyExists', `nome ${name} già presente`);
      let sheetName: string;
      let addr: string;
      if (typeof reference === 'string') {
        const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference);
        if (!m) throw new FakeOfficeError('InvalidArgument', `riferimento non valido: ${reference}`);
        sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
        const target = this.ctx.model.sheet(sheetName);
        if (!target) throw new FakeOfficeError('InvalidReference', `foglio ${sheetName} inesistente`);
        sheetName = target.name;
        addr = m[3];
      } else {
        sheetName = (reference as unknown as { ws: FakeWorksheet }).ws.model().name;
        addr = `$${reference.addressLocal().replace(/(\d+)/, '$$$1')}`;
      }
      this.ctx.model.names.push({ name, sheet: sheetName, address: addr, visible: true, comment });
    });
    return new FakeNamedItem(this.ctx, name);
  }
  getItem(name: string) {
    return new FakeNamedItem(this.ctx, name);
  }
}

/** A runner like Excel.run over a fake workbook; `last` is the context of the latest run. */
export function fakeExcel(model: FakeWorkbook = new FakeWorkbook()) {
  const state = {
    model,
    contexts: [] as FakeContext[],
    get syncs() {
      return state.contexts.reduce((n, c) => n + c.syncCount, 0);
    },
    get payloads() {
      return state.contexts.flatMap((c) => c.payloads);
    },
    /** Excel.run without options: a batch during cell edit fails. */
    run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => state.excelRun({}, batch),
    /** Excel.run with its options, as `Excel.run(options, batch)`. */
    excelRun: async <T>(options: { delayForCellEdit?: boolean }, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(model, options);
      state.contexts.push(ctx);
      return batch(ctx as unknown as Excel.RequestContext);
    },
    get responses() {
      return state.contexts.flatMap((c) => c.responses);
    },
  };
  return state;
}

/** Requirement sets up to `max` of ExcelApi. */
export const supportsUpTo = (max: string) => (set: string, version: string) =>
  set === 'ExcelApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]);
