/** `peg tempistica "<text>" [--anno 2025] [--json]`: how a Tempistica text is read (docs/tempistica.md). */
import type { Command } from 'commander';
import { MONTH_ABBR_IT } from '../../core/values';
import { readTempistica } from '../../core/tempistica';
import type { Schedule, TempisticaKind, YearMonth } from '../../core/tempistica/types';
import { EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { parseAnno } from '../options';

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

function deadlineLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function renderSchedule(text: string, s: Schedule): string {
  const lines = [`Testo: ${text}`, `Tipo: ${s.kind} (${KIND_IT[s.kind]})`];
  if (s.kind === 'sconosciuta') {
    lines.push('Il testo non si può trasformare in mesi: compila le colonne Inizio e Fine della fase.');
  } else {
    lines.push(`Mesi (${s.months.length}): ${s.months.map(monthLabel).join(', ')}`);
    lines.push(`Scadenze: ${s.deadlines.length > 0 ? s.deadlines.map(monthLabel).join(', ') : '—'}`);
    if (s.deadlineDate) lines.push(`Data di scadenza: ${deadlineLabel(s.deadlineDate)}`);
  }
  if (s.note) lines.push(`Nota: ${s.note}`);
  return `${lines.join('\n')}\n`;
}

export function registerTempistica(program: Command): void {
  program
    .command('tempistica')
    .description('mostra come viene letto un testo di Tempistica (mesi e scadenze)')
    .usage('[opzioni] "<testo>"')
    .argument('<testo...>', 'il testo della Tempistica, tra virgolette')
    .option('--anno <anno>', "l'anno per i testi che non lo indicano (predefinito: l'anno in corso)")
    .option('--json', 'stampa un oggetto JSON invece del testo')
    .action((words: string[], opts: { anno?: string; json?: boolean }) => {
      const io = currentIO();
      const anno = parseAnno(opts.anno);
      const text = words.join(' ');
      const year = anno ?? new Date().getUTCFullYear();
      const schedule = readTempistica(text, { years: [year], planYear: year });
      if (opts.json) {
        const json = {
          kind: schedule.kind,
          months: schedule.months,
          deadlines: schedule.deadlines,
          note: schedule.note,
          deadlineDate: schedule.deadlineDate,
          text,
          year,
        };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        io.stdout(renderSchedule(text, schedule));
      }
      reportExit(EXIT_OK);
    });
}
