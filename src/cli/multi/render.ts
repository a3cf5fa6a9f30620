/** The many-workbook table: one line per file, then a total and the messages of unread files. */
import { formatPctIt } from '../../core/format';
import { summarize } from '../../core/summary';
import { countLine } from '../render/diagnostics';
import { renderTable, type Column } from '../render/table';
import { isRead, type FileOutcome } from './run';

const COLUMNS: Column[] = [
  { header: 'File' },
  { header: 'Ente', maxWidth: 32 },
  { header: 'Anno' },
  { header: 'Errori', align: 'right' },
  { header: 'Avvisi', align: 'right' },
  { header: "Punteggio dell'ente", align: 'right' },
  { header: 'Esito' },
];

const DASH = '—';
const FILE_WIDTH = 40;

/** A long path is cut on the left: the file's own name is what tells the rows apart. */
function fileCell(file: string): string {
  return file.length <= FILE_WIDTH ? file : `…${file.slice(file.length - FILE_WIDTH + 1)}`;
}

function years(o: Extract<FileOutcome, { analysis: unknown }>): string {
  const anno = o.analysis.piano.impostazioni.anno;
  if (anno !== null) return String(anno);
  const ys = o.analysis.ente.map((e) => e.anno).sort((a, b) => a - b);
  if (ys.length === 0) return DASH;
  return ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
}

/** The ente's punteggio; a plan of several years shows each year's. */
function entityScore(o: Extract<FileOutcome, { analysis: unknown }>): string {
  const entities = summarize(o.analysis).entities;
  if (entities.length === 0) return DASH;
  if (entities.length === 1) return formatPctIt(entities[0].score);
  return entities.map((e) => `${e.year}: ${formatPctIt(e.score)}`).join(', ');
}

function row(o: FileOutcome): string[] {
  if (!isRead(o)) return [fileCell(o.file), DASH, DASH, DASH, DASH, DASH, 'non letto'];
  return [
    fileCell(o.file),
    o.analysis.piano.impostazioni.ente ?? DASH,
    years(o),
    String(o.errors),
    String(o.warnings),
    entityScore(o),
    o.errors > 0 ? 'da correggere' : 'ok',
  ];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function renderMany(outcomes: FileOutcome[]): string {
  const read = outcomes.filter(isRead);
  const unread = outcomes.filter((o) => !isRead(o)) as Extract<FileOutcome, { failure: string }>[];
  const withErrors = read.filter((o) => o.errors > 0).length;
  const errors = read.reduce((s, o) => s + o.errors, 0);
  const warnings = read.reduce((s, o) => s + o.warnings, 0);
  const parts = [
    `${plural(read.length - withErrors, 'senza errori', 'senza errori')}`,
    `${plural(withErrors, 'con errori', 'con errori')}`,
  ];
  if (unread.length > 0) parts.push(plural(unread.length, 'non letto', 'non letti'));
  let out = renderTable(COLUMNS, outcomes.map(row));
  out += `\nTotale: ${plural(outcomes.length, 'file', 'file')} (${parts.join(', ')}); ${countLine(errors, warnings)}.\n`;
  if (unread.length > 0) {
    out += `\nFile non letti:\n${unread.map((o) => `  ${o.file}: ${o.failure}`).join('\n')}\n`;
  }
  if (withErrors > 0) out += '\nPer i dettagli di un file: peg check <file>\n';
  return out;
}
