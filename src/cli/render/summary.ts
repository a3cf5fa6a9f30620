/** `peg summary` for people: one table per plan year, the ente's punteggio, then the objectives. */
import { formatNumberIt, formatPctIt } from '../../core/format';
import type { Summary } from '../../core/summary';
import { renderTable } from './table';

const CLASSIFICATION_IT: Record<string, string> = {
  raggiunto: 'raggiunto',
  parzialmente_raggiunto: 'parziale',
  non_raggiunto: 'non raggiunto',
  da_rilevare: 'da rilevare',
};

function weightCell(total: number, status: string): string {
  return status === 'OK' ? `${formatNumberIt(total)} OK` : `${formatNumberIt(total)} (${status})`;
}

export function renderSummary(summary: Summary): string {
  const out: string[] = [];
  const years = [...new Set([...summary.sectors.map((s) => s.year), ...summary.entities.map((e) => e.year)])].sort();
  if (years.length === 0) out.push('Nessun obiettivo da riepilogare.\n');
  for (const year of years) {
    const rows = summary.sectors
      .filter((s) => s.year === year)
      .map((s) => [
        s.sector,
        s.manager ?? '',
        String(s.ownObjectives),
        String(s.sharedObjectives),
        weightCell(s.weightTotal, s.weightStatus),
        formatPctIt(s.achievedPct),
        formatPctIt(s.onTimePct),
        formatPctIt(s.score),
      ]);
    out.push(`Anno ${year}\n`);
    out.push(
      renderTable(
        [
          { header: 'Settore', maxWidth: 28 },
          { header: 'Responsabile', maxWidth: 24 },
          { header: 'Propri', align: 'right' },
          { header: 'TUTTI', align: 'right' },
          { header: 'Pesi' },
          { header: 'Raggiunto', align: 'right' },
          { header: 'Tempi', align: 'right' },
          { header: 'Punteggio', align: 'right' },
        ],
        rows,
      ),
    );
    const ente = summary.entities.find((e) => e.year === year);
    out.push(`Punteggio dell'ente ${year}: ${formatPctIt(ente?.score ?? null)}${validatedNote(ente?.score ?? null, ente?.computedScore ?? null)}\n`);
    if (ente) {
      out.push(
        `Ente ${year}: ${ente.objectives} obiettivi, ciascuno contato una volta (${ente.ownObjectives} dei settori, ${ente.sharedObjectives} TUTTI); ` +
          `valore raggiunto ${formatPctIt(ente.achievedPct)}, rispetto tempi ${formatPctIt(ente.onTimePct)}; ` +
          `${ente.counts.raggiunti} raggiunti, ${ente.counts.parziali} parziali, ${ente.counts.nonRaggiunti} non raggiunti, ${ente.counts.daRilevare} da rilevare\n`,
      );
    }
    out.push('\n');
  }
  if (summary.objectives.length > 0) {
    out.push('Obiettivi\n');
    out.push(
      renderTable(
        [
          { header: 'Anno', align: 'right' },
          { header: 'Settore', maxWidth: 20 },
          { header: 'N.', align: 'right' },
          { header: 'Obiettivo', maxWidth: 44 },
          { header: 'Peso', align: 'right' },
          { header: 'Raggiunto', align: 'right' },
          { header: 'Tempi', align: 'right' },
          { header: 'Punteggio', align: 'right' },
          { header: 'Esito' },
        ],
        summary.objectives.map((o) => [
          o.years.length > 1 ? `${o.years[0]}-${o.years[o.years.length - 1]}` : o.year === null ? '' : String(o.year),
          o.sector,
          o.number === null ? (o.code ?? '') : String(o.number),
          o.title,
          o.weight === null ? '—' : formatNumberIt(o.weight),
          formatPctIt(o.achievedPct),
          formatPctIt(o.onTimePct),
          `${formatPctIt(o.score)}${validatedNote(o.score, o.computedScore)}`,
          CLASSIFICATION_IT[o.classification] ?? o.classification,
        ]),
      ),
    );
  }
  if (summary.people.length > 0) {
    out.push('\nValutazione individuale (parte obiettivi)\n');
    out.push(
      renderTable(
        [
          { header: 'Anno', align: 'right' },
          { header: 'Cognome e nome', maxWidth: 30 },
          { header: 'Cat.' },
          { header: 'Obiettivi', align: 'right' },
          { header: '% partecip.', align: 'right' },
          { header: 'Punteggio', align: 'right' },
        ],
        summary.people.map((p) => [
          String(p.year),
          p.name,
          p.category ?? '',
          String(p.objectives.length),
          formatPctIt(p.totalParticipation, 0),
          formatPctIt(p.score),
        ]),
      ),
    );
  }
  return out.join('');
}

/** ` (calcolato 80%)` beside a punteggio the Nucleo's validation changed. */
function validatedNote(score: number | null, computed: number | null): string {
  if (score === null || computed === null || Math.abs(score - computed) < 0.005) return '';
  return ` (calcolato ${formatPctIt(computed)})`;
}
