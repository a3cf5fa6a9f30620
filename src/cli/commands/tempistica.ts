/**
 * `peg tempistica "<text>" [--anno 2025] [--dopo AAAA-MM] [--json]`: what the cronoprogramma draws
 * for a Tempistica text (docs/tempistica.md): as an objective's first phase, or after a phase that
 * ended in the month given with `--dopo`.
 */
import type { Command } from 'commander';
import { MONTH_ABBR_IT, MONTH_NAMES_IT } from '../../core/values';
import { drawTempistica } from '../../core/tempistica';
import type { PhaseSchedule, Schedule, TempisticaKind, YearMonth } from '../../core/tempistica/types';
import { UsageError } from '../errors';
import { EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { parseAnno } from '../options';

/** The kind in words; the JSON keeps the code (`intervallo`, `scadenza`, …). */
const KIND_IT: Record<TempisticaKind, string> = {
  intervallo: 'intervallo di mesi',
  scadenza: 'scadenza',
  mesi: 'elenco di mesi',
  ricorrente: 'ricorrente',
  annuale: 'intero anno',
  sconosciuta: 'non riconosciuta',
};

function monthLabel(ym: YearMonth): string {
  const [y, m] = ym.split('-');
  return `${MONTH_ABBR_IT[Number(m) - 1] ?? m} ${y}`;
}

function monthName(ym: YearMonth): string {
  const [y, m] = ym.split('-');
  return `${MONTH_NAMES_IT[Number(m) - 1] ?? m} ${y}`;
}

function deadlineLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const next = (ym: YearMonth): YearMonth => {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** `Gen 2025 – Set 2025` for a run of three months or more, so a long bar reads at a glance. */
function monthsLabel(months: YearMonth[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < months.length) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === next(months[j])) j++;
    if (j - i >= 2) parts.push(`${monthLabel(months[i])} – ${monthLabel(months[j])}`);
    else for (let k = i; k <= j; k++) parts.push(monthLabel(months[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

export interface DrawContext {
  /** The `--dopo` month, or null for a first phase. */
  after: YearMonth | null;
}

/** The human output; `draw` explains how a deadline's bar was placed. */
export function renderSchedule(text: string, s: Schedule | PhaseSchedule, draw: DrawContext | null = null): string {
  const lines = [`Testo: ${text}`, `Tipo: ${KIND_IT[s.kind]}`];
  if (s.kind === 'sconosciuta') {
    lines.push('Il testo non si può trasformare in mesi: compila le colonne Inizio e Fine della fase.');
  } else {
    lines.push(`Mesi (${s.months.length}): ${monthsLabel(s.months)}`);
    lines.push(`Scadenze: ${s.deadlines.length > 0 ? s.deadlines.map(monthLabel).join(', ') : '—'}`);
    if (s.deadlineDate) lines.push(`Data di scadenza: ${deadlineLabel(s.deadlineDate)}`);
  }
  if (s.note) lines.push(`Nota: ${s.note}`);
  if (draw && s.kind === 'scadenza') {
    if ('outOfOrder' in s && s.outOfOrder) {
      lines.push(`La scadenza viene prima della fine della fase precedente (${monthName(draw.after ?? '')}): il cronoprogramma mostra solo il mese della scadenza e la segnala.`);
    } else if (draw.after) {
      lines.push(`Come fase successiva a una che finisce a ${monthName(draw.after)}: la barra parte dal mese dopo e arriva alla scadenza.`);
    } else {
      lines.push("Come prima fase dell'obiettivo la barra parte da gennaio; dopo un'altra fase parte dal mese seguente (prova --dopo AAAA-MM).");
    }
  }
  return `${lines.join('\n')}\n`;
}

export function parseDopo(value: string | undefined): YearMonth | null {
  if (value === undefined) return null;
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1900 || Number(m[1]) > 2200) {
    throw new UsageError(`Valore non valido per --dopo: "${value}". Scrivi anno e mese della fine della fase precedente, per esempio 2025-06.`);
  }
  return `${m[1]}-${m[2].padStart(2, '0')}`;
}

export function registerTempistica(program: Command): void {
  program
    .command('tempistica')
    .description('mostra i mesi che il cronoprogramma disegna per un testo di Tempistica (mesi e scadenze)')
    .usage('[opzioni] "<testo>"')
    .argument('<testo...>', 'il testo della Tempistica, tra virgolette')
    .option('--anno <anno>', "l'anno per i testi che non lo indicano (predefinito: l'anno in corso)")
    .option('--dopo <AAAA-MM>', 'come fase successiva a una che finisce in quel mese (predefinito: prima fase)')
    .option('--json', 'stampa un oggetto JSON invece del testo')
    .action((words: string[], opts: { anno?: string; dopo?: string; json?: boolean }) => {
      const io = currentIO();
      const anno = parseAnno(opts.anno);
      const after = parseDopo(opts.dopo);
      const text = words.join(' ');
      const year = anno ?? new Date().getUTCFullYear();
      const drawn = drawTempistica(text, { years: [year], planYear: year }, after);
      if (opts.json) {
        const json = {
          kind: drawn.kind,
          months: drawn.months,
          deadlines: drawn.deadlines,
          deadlineMonths: drawn.deadlines,
          note: drawn.note,
          deadlineDate: drawn.deadlineDate,
          outOfOrder: drawn.outOfOrder,
          text,
          year,
          dopo: after,
        };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        io.stdout(renderSchedule(text, drawn, { after }));
      }
      reportExit(EXIT_OK);
    });
}
