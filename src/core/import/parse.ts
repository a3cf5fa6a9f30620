/**
 * Lines → objectives: a reading of the objectives section of a PIAO / PEG written in Word (the
 * seed-000 layout and its variants). Headings set settore, ufficio and years; `Obiettivo n.` opens
 * an objective; OGGETTO and the labelled fields fill it (in a two-column table, in a five-column
 * table holding the whole scheda, or as a label paragraph followed by its text); the table of
 * *Attività da compiere* gives its phases. Whatever fits none of these is reported, never dropped.
 */
import type { TIPI_OBIETTIVO } from '../model';
import type { DocBlock } from './blocks';
import type { ImportCode, ImportDiagnostic } from './diagnostics';
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
  diagnostics: ImportDiagnostic[];
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
  const diagnostics: ImportDiagnostic[] = [];
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
  const report = (severity: ImportDiagnostic['severity'], code: ImportCode, place: string, message: string) =>
    diagnostics.push({ severity, code, place, message });
  const unreadText = (text: string, line: Line) => {
    unread++;
    report('warning', 'TESTO_NON_LETTO', placeOf(line), `Testo non letto (${placeOf(line)}): «${snippet(text)}». Non è un'intestazione, un obiettivo, un campo o una fase: se serve, copialo a mano nel registro.`);
  };

  const close = () => {
    if (!cur) return;
    const { o } = cur;
    if (o.titolo === '') report('error', 'OGGETTO_MANCANTE', o.place, `${o.place}: manca l'OGGETTO (il titolo dell'obiettivo). Scrivilo nella colonna Obiettivo del registro.`);
    if (!cur.typeSeen) report('warning', 'TIPO_MANCANTE', o.place, `${o.place}: il tipo (Mantenimento, Innovativo, Strategico…) non è indicato; la colonna Tipo resta vuota.`);
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
      report('warning', 'TIPO_SCONOSCIUTO', placeOf(line), `${o.place}: tipo «${snippet(text)}» non riconosciuto; è scritto così com'è. I tipi possibili sono Strategico, Innovativo, Mantenimento, Gestionale e Sviluppo.`);
      return;
    }
    o.tipi = t.tipi;
    o.tipoTesto = tipoText(t.tipi);
    for (const [word, tipo] of t.corrected) {
      report('warning', 'TIPO_CORRETTO', placeOf(line), `${o.place}: il tipo «${word}» è letto come ${tipo}.`);
    }
    if (t.unknown.length > 0) {
      report('warning', 'TIPO_SCONOSCIUTO', placeOf(line), `${o.place}: nel tipo, «${t.unknown.join(' ')}» non è un tipo e non viene scritto (letto: ${o.tipoTesto}).`);
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
    if (ctx.settore === null) {
      report('error', 'SETTORE_MANCANTE', o.place, `${o.place} (${where(line)}): nessuna intestazione di settore lo precede (es. «SETTORE TECNICO» o «OBIETTIVI INTERSETTORIALI»); scrivi il settore nel registro.`);
    }
    if (ctx.anni === null) {
      report(
        docAnni ? 'warning' : 'error',
        'ANNO_MANCANTE',
        o.place,
        docAnni
          ? `${o.place}: nessuna intestazione dice l'anno; vale per gli anni del documento (${yearsText(docAnni)}).`
          : `${o.place}: nessuna intestazione dice l'anno (es. «OBIETTIVI 2025»); scrivi l'anno nel registro.`,
      );
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
      report('warning', 'CAMPO_RIPETUTO', placeOf(line), `${o.place}: il campo ${field === 'titolo' ? 'OGGETTO' : FIELD_LABELS[field]} compare due volte (${where(line)}); i due testi sono uniti.`);
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
      report('warning', 'TESTO_NON_LETTO', `${context()}, ${where(line)}`, `Tabella delle attività senza un «Obiettivo n.» prima (${context()}, ${where(line)}): le sue righe non sono lette.`);
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
      report('warning', 'FASE_INCOMPLETA', place, `${place}: riga della tabella delle attività senza «Attività da compiere» («${snippet([n, tempistica, previsto, ottenuto].filter(Boolean).join(' | '))}»): non è letta come fase.`);
      unread++;
      return;
    }
    let numero: number | null = null;
    const m = /^(\d{1,3})\s*[.)°]?$/.exec(n);
    if (m) numero = Number(m[1]);
    else if (n !== '') report('warning', 'NUMERO_FASE_NON_VALIDO', place, `${place}: numero di fase «${snippet(n)}» non valido; la fase è numerata in ordine.`);
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
  if (obiettivi.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'NESSUN_OBIETTIVO',
      place: 'documento',
      message: 'Nel documento non c\'è nessun «Obiettivo n.»: non è il formato atteso (intestazioni di settore, «Obiettivo n.1 Mantenimento», «OGGETTO: …», tabella dei campi e tabella delle attività).',
    });
  }
  return { ente, anni: docAnni ?? [], obiettivi, diagnostics, unread };
}

function checkDuplicates(obiettivi: ImportedObjective[], diagnostics: ImportDiagnostic[]): void {
  const seen = new Map<string, ImportedObjective[]>();
  for (const o of obiettivi) {
    const key = `${norm(o.settore)}|${norm(o.ufficio ?? '')}|${o.numero}`;
    const list = seen.get(key) ?? [];
    const same = list.find((p) => p.anni.some((y) => o.anni.includes(y)) || (p.anni.length === 0 && o.anni.length === 0));
    if (same) {
      diagnostics.push({
        severity: 'warning',
        code: 'OBIETTIVO_DUPLICATO',
        place: o.place,
        message: `${o.place}: c'è già un obiettivo con lo stesso numero per lo stesso settore${o.ufficio ? ', ufficio' : ''} e anno («${snippet(same.titolo)}»). Controlla la numerazione nel registro.`,
      });
    }
    list.push(o);
    seen.set(key, list);
  }
}
