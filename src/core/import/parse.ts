/**
 * Lines → objectives: a reading of the objectives section of a PIAO / PEG written in Word (the
 * seed-000 layout and its variants). Headings set settore, ufficio and years; `Obiettivo n.` opens
 * an objective; OGGETTO and the labelled fields fill it (in a two-column table, in a five-column
 * table holding the whole scheda, or as a label paragraph followed by its text); the table of
 * *Attività da compiere* gives its phases. Whatever fits none of these is reported, never dropped.
 */
import type { TIPI_OBIETTIVO } from '../model';
import { diagnose, type Diagnostic, type DiagnosticCode, type DiagnosticParams } from '../diagnostics';
import type { DocBlock } from './blocks';
import { documentLines, filled, isBlank, type Line, type LineCell } from './lines';
import {
  FIELD_LABELS,
  fieldLabel,
  heading,
  isCaption,
  isTypeOnly,
  labelWithValue,
  norm,
  objectiveLine,
  oggetto,
  phaseHeader,
  readTipo,
  tipoText,
  type FieldKey,
  type Heading,
  type ObjectiveLine,
  type PhaseHeader,
} from './words';

type Tipo = (typeof TIPI_OBIETTIVO)[number];

export interface ImportedPhase {
  /** As written; null when the row has no number (the register then numbers by order). */
  numero: number | null;
  attivita: string;
  tempistica: string | null;
  previsto: string | null;
  ottenuto: string | null;
  place: string;
}

export interface ImportedObjective {
  settore: string;
  tutti: boolean;
  ufficio: string | null;
  anni: number[];
  numero: number;
  tipi: Tipo[];
  tipoTesto: string | null;
  titolo: string;
  descrizione: string | null;
  risorseUmane: string | null;
  risorseStrumentali: string | null;
  costi: string | null;
  risultatiAttesi: string | null;
  risultatiOttenuti: string | null;
  fasi: ImportedPhase[];
  /** `Settore tecnico › 2025 › Obiettivo n.2`, for messages. */
  place: string;
}

export interface ImportedDocument {
  /** The ente, when a heading names it (`Comune di …`). */
  ente: string | null;
  /** The plan's years, when the document's title says them (`2025 - 2027`). */
  anni: number[];
  obiettivi: ImportedObjective[];
  /** What the import says about the document, each pointing at its `place` (no sheet or cell). */
  diagnostics: Diagnostic[];
  /** How many pieces of text could not be placed (each one is a TESTO_NON_LETTO diagnostic). */
  unread: number;
}

interface PhaseTable {
  table: number;
  width: number;
  cols: Partial<Record<PhaseHeader, number>>;
  signatures: Set<string>;
  awaitingSub: boolean;
  /** Rows that follow have no objective to go to. */
  orphan: boolean;
}

interface Open {
  o: ImportedObjective;
  awaitingType: boolean;
  typeSeen: boolean;
  fieldsSeen: Set<FieldKey | 'titolo'>;
}

const yearsText = (anni: number[]) => (anni.length > 1 ? `${anni[0]}-${anni[anni.length - 1]}` : String(anni[0] ?? ''));
/** A title on one line, shortened: where the first of two duplicates is (CHIAVE_DUPLICATA's `altrove`). */
const snippet = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 70 ? `${t.slice(0, 67)}…` : t;
};
const width = (line: Line) => line.cells.reduce((w, c) => Math.max(w, c.col + c.span), 0);
const signature = (line: Line) => filled(line).map((c) => norm(c.text)).join('|');
/** Headings in capitals only, where text of a field may be running on. */
const inCapitals = (s: string) => {
  const letters = s.replace(/[^A-Za-zÀ-ÿ]/g, '');
  return letters.length > 0 && letters.replace(/[^A-ZÀ-Þ]/g, '').length / letters.length >= 0.7;
};

function where(line: Line): string {
  return line.table === null ? `paragrafo ${line.index}` : `tabella ${line.table}, riga ${line.index}`;
}

export function parseDocument(blocks: DocBlock[]): ImportedDocument {
  const diagnostics: Diagnostic[] = [];
  const obiettivi: ImportedObjective[] = [];
  let ente: string | null = null;
  let docAnni: number[] | null = null;
  let unread = 0;
  const ctx = { settore: null as string | null, tutti: false, ufficio: null as string | null, anni: null as number[] | null };
  let cur: Open | null = null;
  let pending: FieldKey | 'titolo' | null = null;
  let phase: PhaseTable | null = null;
  let started = false;

  const context = () =>
    [ctx.settore ?? 'senza settore', ctx.ufficio, ctx.anni ? yearsText(ctx.anni) : null].filter((x): x is string => x !== null).join(' › ');
  const placeOf = (line: Line) => (cur ? `${cur.o.place}, ${where(line)}` : `${context()}, ${where(line)}`);
  // Severity and wording come from the catalogue; here only what happened and where.
  const report = <C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, place: string) => diagnostics.push(diagnose(code, params, { place }));
  const unreadText = (text: string, line: Line) => {
    unread++;
    report('TESTO_NON_LETTO', { cosa: 'testo', dove: placeOf(line), testo: text }, placeOf(line));
  };

  const close = () => {
    if (!cur) return;
    const { o } = cur;
    // No OGGETTO: the register's Obiettivo is empty, as `peg check` will say of it.
    if (o.titolo === '') report('CAMPO_OBBLIGATORIO', { campo: 'titolo', dove: o.place, colonna: 'Obiettivo' }, o.place);
    if (!cur.typeSeen) report('TIPO_MANCANTE', { obiettivo: o.place }, o.place);
    obiettivi.push(o);
    cur = null;
  };

  const setType = (text: string, line: Line) => {
    if (!cur) return;
    cur.awaitingType = false;
    cur.typeSeen = true;
    const t = readTipo(text);
    const { o } = cur;
    if (t.tipi.length === 0) {
      o.tipoTesto = text.trim();
      report('TIPO_SCONOSCIUTO', { dove: o.place, valore: o.tipoTesto }, placeOf(line));
      return;
    }
    o.tipi = t.tipi;
    o.tipoTesto = tipoText(t.tipi);
    for (const [word, tipo] of t.corrected) {
      report('TIPO_CORRETTO', { obiettivo: o.place, scritto: word, letto: tipo }, placeOf(line));
    }
    if (t.unknown.length > 0) {
      report('TIPO_SCONOSCIUTO', { dove: o.place, valore: t.unknown.join(' '), letto: o.tipoTesto }, placeOf(line));
    }
  };

  const start = (ol: ObjectiveLine, typeText: string, line: Line) => {
    close();
    phase = null;
    pending = null;
    started = true;
    const anni = ctx.anni ?? docAnni ?? [];
    const o: ImportedObjective = {
      settore: ctx.settore ?? '',
      tutti: ctx.tutti,
      ufficio: ctx.ufficio,
      anni,
      numero: ol.numero,
      tipi: [],
      tipoTesto: null,
      titolo: '',
      descrizione: null,
      risorseUmane: null,
      risorseStrumentali: null,
      costi: null,
      risultatiAttesi: null,
      risultatiOttenuti: null,
      fasi: [],
      place: `${context()} › Obiettivo n.${ol.numero}`,
    };
    cur = { o, awaitingType: false, typeSeen: false, fieldsSeen: new Set() };
    // No settore heading before it: the register's Settore is empty, as `peg check` will say of it.
    if (ctx.settore === null) {
      report('CAMPO_OBBLIGATORIO', { campo: 'settore', dove: `Obiettivo n.${ol.numero} (${where(line)}), prima di ogni intestazione di settore` }, o.place);
    }
    if (ctx.anni === null) {
      // The document's title gives the years: a default, as for an empty Anno in the register.
      if (docAnni) report('ANNO_NON_VALIDO', { dove: o.place, valore: null, intanto: `vale per gli anni del documento (${yearsText(docAnni)})` }, o.place);
      else report('ANNO_MANCANTE', { obiettivo: o.place }, o.place);
    }
    if (typeText.trim() === '') cur.awaitingType = true;
    else setType(typeText, line);
  };

  const setField = (field: FieldKey | 'titolo', value: string, line: Line, append: boolean) => {
    if (!cur) {
      unreadText(`${field === 'titolo' ? 'OGGETTO' : FIELD_LABELS[field]}: ${value}`, line);
      return;
    }
    const { o } = cur;
    const old = field === 'titolo' ? o.titolo : o[field];
    const v = value.trim();
    if (append && old) {
      if (v !== '') {
        if (field === 'titolo') o.titolo = `${old} ${v}`;
        else o[field] = `${old}\n${v}`;
      }
      return;
    }
    if (cur.fieldsSeen.has(field) && old) {
      report('CAMPO_RIPETUTO', { obiettivo: o.place, campo: field === 'titolo' ? 'OGGETTO' : FIELD_LABELS[field], dove: where(line) }, placeOf(line));
      if (v !== '') {
        if (field === 'titolo') o.titolo = `${old} ${v}`;
        else o[field] = `${old}\n${v}`;
      }
      return;
    }
    cur.fieldsSeen.add(field);
    if (field === 'titolo') o.titolo = v;
    else o[field] = v === '' ? null : v;
  };

  const applyHeading = (h: Heading) => {
    close();
    pending = null;
    phase = null;
    if (h.ente !== undefined) {
      ente ??= h.ente;
      return;
    }
    if (h.settore !== undefined) {
      ctx.settore = h.settore;
      ctx.tutti = h.tutti === true;
      ctx.ufficio = h.ufficio ?? null;
      ctx.anni = h.anni ?? null;
    } else if (h.ufficio !== undefined) {
      ctx.ufficio = h.ufficio;
      ctx.anni = h.anni ?? null;
    } else if (h.anni) ctx.anni = h.anni;
    if (h.anni && !started && ctx.settore === null) docAnni ??= h.anni;
  };

  // ---- the phase table ----
  const isPhaseHeader = (line: Line) => {
    const kinds = filled(line).map((c) => phaseHeader(c.text));
    return kinds.includes('attivita') && (kinds.includes('tempistica') || kinds.includes('indicatori'));
  };
  const startPhase = (line: Line) => {
    pending = null;
    const cols: PhaseTable['cols'] = {};
    for (const c of filled(line)) {
      const k = phaseHeader(c.text);
      if (k && cols[k] === undefined) cols[k] = c.col;
      if (k === 'indicatori') {
        cols.previsto ??= c.col;
        if (c.span > 1) cols.ottenuto ??= c.col + 1;
      }
    }
    // The number column has no header (or `N.`): the column left of Attività.
    if (cols.numero === undefined && cols.attivita !== undefined && cols.attivita > 0) {
      const left = line.cells.filter((c) => c.col < cols.attivita!);
      if (left.length > 0) cols.numero = left[left.length - 1].col;
    }
    phase = { table: line.table ?? -1, width: width(line), cols, signatures: new Set([signature(line)]), awaitingSub: true, orphan: cur === null };
    if (cur === null) {
      report('TESTO_NON_LETTO', { cosa: 'tabella delle attività', dove: `${context()}, ${where(line)}` }, `${context()}, ${where(line)}`);
    }
  };
  const isSubHeader = (line: Line) => {
    const kinds = filled(line).map((c) => (c.continued ? 'continued' : phaseHeader(c.text)));
    return kinds.some((k) => k === 'previsto' || k === 'ottenuto') && kinds.every((k) => k !== null);
  };
  const cellAt = (line: Line, col: number | undefined): LineCell | undefined =>
    col === undefined ? undefined : line.cells.find((c) => c.col <= col && col < c.col + c.span);
  const breaksPhase = (line: Line) => {
    const first = filled(line)[0]?.text ?? '';
    return objectiveLine(first) !== null || oggetto(first) !== null || fieldLabel(first) !== null || isCaption(first) || (inCapitals(first) && heading(first, false) !== null);
  };
  const inPhase = (p: PhaseTable, line: Line) => {
    if (line.table === null) return false;
    if (line.table === p.table) return true;
    // A table continued after a page break: a new table as wide as the phase table.
    if (line.index === 1 && width(line) === p.width && !breaksPhase(line)) {
      p.table = line.table;
      return true;
    }
    return false;
  };
  const phaseRow = (p: PhaseTable, line: Line) => {
    const att = cellAt(line, p.cols.attivita);
    // Other columns are read only from a cell that starts there: a value merged across Previsto
    // and Ottenuto is the previsto, not both.
    const other = (k: PhaseHeader) => {
      const col = p.cols[k];
      const c = col === undefined ? undefined : line.cells.find((x) => x.col === col);
      return c && c !== att ? c.text : '';
    };
    const attivita = att?.text ?? '';
    const n = other('numero');
    const tempistica = other('tempistica');
    const previsto = other('previsto');
    const ottenuto = p.cols.ottenuto !== undefined && p.cols.ottenuto !== p.cols.previsto ? other('ottenuto') : '';
    if (attivita === '' && n === '' && tempistica === '' && previsto === '' && ottenuto === '') return;
    if (p.orphan || !cur) {
      unreadText(filled(line).map((c) => c.text).join(' | '), line);
      return;
    }
    const place = `${cur.o.place}, ${where(line)}`;
    if (attivita === '') {
      report('FASE_INCOMPLETA', { dove: place, testo: [n, tempistica, previsto, ottenuto].filter(Boolean).join(' | ') }, place);
      unread++;
      return;
    }
    let numero: number | null = null;
    const m = /^(\d{1,3})\s*[.)°]?$/.exec(n);
    if (m) numero = Number(m[1]);
    // As for an unreadable N. fase in the register's Fasi sheet (read/children.ts).
    else if (n !== '') {
      report('VALORE_NON_VALIDO', { campo: 'N. fase', dove: place, valore: n, come: 'Scrivi un numero intero positivo (es. 3)', intanto: "è usato l'ordine in cui la fase compare" }, place);
    }
    cur.o.fasi.push({ numero, attivita, tempistica: tempistica || null, previsto: previsto || null, ottenuto: ottenuto || null, place });
  };

  // ---- one piece of text (a paragraph, or a table row with one filled cell) ----
  const single = (text: string, line: Line) => {
    const title = oggetto(text);
    if (title !== null) {
      setField('titolo', title, line, false);
      pending = title === '' ? 'titolo' : null;
      if (cur) cur.awaitingType = false;
      return;
    }
    const label = fieldLabel(text);
    if (label) {
      setField(label, '', line, false);
      // A label paragraph's text follows in the next paragraphs; a table row's cell is its value.
      pending = line.table === null || cur === null ? label : null;
      if (cur) cur.awaitingType = false;
      return;
    }
    const lv = labelWithValue(text);
    if (lv) {
      setField(lv.field, lv.value, line, false);
      pending = line.table === null ? lv.field : null;
      return;
    }
    if (isCaption(text)) {
      pending = null;
      return;
    }
    for (const sub of text.split('\n')) {
      const s = sub.trim();
      if (s === '') continue;
      const ol = objectiveLine(s);
      if (ol) {
        start(ol, ol.rest, line);
        continue;
      }
      if (cur && cur.awaitingType && isTypeOnly(s)) {
        setType(s, line);
        continue;
      }
      if (cur) cur.awaitingType = false;
      if (pending !== null && cur) {
        const h = inCapitals(s) ? heading(s, false) : null;
        if (h) applyHeading(h);
        else setField(pending, s, line, true);
        continue;
      }
      const h = heading(s, cur === null || cur.o.fasi.length > 0 || phase !== null);
      if (h) applyHeading(h);
      else unreadText(s, line);
    }
  };

  // ---- a table row with several filled cells ----
  const multi = (cells: LineCell[], line: Line) => {
    const first = cells[0].text;
    const others = cells.slice(1).filter((c) => !c.continued).map((c) => c.text);
    const label = fieldLabel(first);
    if (label) {
      pending = null;
      if (cur) cur.awaitingType = false;
      setField(label, others.join('\n'), line, false);
      return;
    }
    const ol = objectiveLine(first);
    if (ol) {
      start(ol, [ol.rest, ...others].join(' '), line);
      return;
    }
    const title = oggetto(first);
    if (title !== null) {
      pending = null;
      setField('titolo', [title, ...others].join(' '), line, false);
      return;
    }
    if (cur && cur.awaitingType && isTypeOnly(first)) {
      setType([first, ...others].join(' '), line);
      return;
    }
    const h = heading(first, false);
    if (h) {
      applyHeading(h);
      for (const o of others) single(o, line);
      return;
    }
    unreadText(cells.map((c) => c.text).join(' | '), line);
  };

  for (const line of documentLines(blocks)) {
    if (isBlank(line)) continue;
    if (phase !== null && inPhase(phase, line)) {
      const p: PhaseTable = phase;
      const sig = signature(line);
      if (p.awaitingSub && isSubHeader(line)) {
        for (const c of filled(line)) {
          const k = c.continued ? null : phaseHeader(c.text);
          if (k === 'previsto' || k === 'ottenuto') p.cols[k] = c.col;
        }
        p.signatures.add(sig);
        p.awaitingSub = false;
        continue;
      }
      // A header repeated on a new page, by Word (tblHeader) or typed again.
      if (line.header || p.signatures.has(sig)) continue;
      p.awaitingSub = false;
      if (!breaksPhase(line)) {
        phaseRow(p, line);
        continue;
      }
      phase = null;
    }
    if (line.table !== null && isPhaseHeader(line)) {
      startPhase(line);
      continue;
    }
    const cells = filled(line);
    if (cells.length === 1) single(cells[0].text, line);
    else multi(cells, line);
  }
  close();

  checkDuplicates(obiettivi, diagnostics);
  if (obiettivi.length === 0) diagnostics.push(diagnose('NESSUN_OBIETTIVO', {}, { place: 'documento' }));
  return { ente, anni: docAnni ?? [], obiettivi, diagnostics, unread };
}

/** Two objectives with the same key (year, settore, ufficio, N.): the register would have CHIAVE_DUPLICATA. */
function checkDuplicates(obiettivi: ImportedObjective[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, ImportedObjective[]>();
  for (const o of obiettivi) {
    const key = `${norm(o.settore)}|${norm(o.ufficio ?? '')}|${o.numero}`;
    const list = seen.get(key) ?? [];
    const same = list.find((p) => p.anni.some((y) => o.anni.includes(y)) || (p.anni.length === 0 && o.anni.length === 0));
    if (same) {
      const anni = o.anni.filter((y) => same.anni.includes(y));
      const params = { per: 'numero' as const, dove: o.place, settore: o.settore, ufficio: o.ufficio, numero: o.numero, anni, altrove: `(«${snippet(same.titolo)}»)` };
      diagnostics.push(diagnose('CHIAVE_DUPLICATA', params, { place: o.place }));
    }
    list.push(o);
    seen.set(key, list);
  }
}
