/** What an import found, counted for the summary the CLI prints and the pane previews. */
import { readTempistica } from '../tempistica';
import type { ImportedDocument } from './parse';

export interface ImportGroup {
  settore: string;
  ufficio: string | null;
  /** `2025`, or `2025-2027` for a multi-year objective. */
  anno: string;
  obiettivi: number;
  fasi: number;
}

export interface ImportSummary {
  obiettivi: number;
  fasi: number;
  /** Phases whose Tempistica the cronoprogramma can draw (a known kind of schedule). */
  fasiConTempistica: number;
  /** Per settore, ufficio and year, in the document's order. */
  gruppi: ImportGroup[];
  /** Per settore (TUTTI included), in the document's order. */
  perSettore: { settore: string; obiettivi: number }[];
  nonLetti: number;
}

const anno = (anni: number[]) => (anni.length > 1 ? `${anni[0]}-${anni[anni.length - 1]}` : String(anni[0] ?? '—'));

export function summarizeImport(doc: ImportedDocument): ImportSummary {
  const gruppi = new Map<string, ImportGroup>();
  const settori = new Map<string, { settore: string; obiettivi: number }>();
  let fasi = 0;
  let fasiConTempistica = 0;
  for (const o of doc.obiettivi) {
    const key = `${o.settore}|${o.ufficio ?? ''}|${anno(o.anni)}`;
    const g = gruppi.get(key) ?? { settore: o.settore, ufficio: o.ufficio, anno: anno(o.anni), obiettivi: 0, fasi: 0 };
    g.obiettivi++;
    g.fasi += o.fasi.length;
    gruppi.set(key, g);
    const s = settori.get(o.settore) ?? { settore: o.settore, obiettivi: 0 };
    s.obiettivi++;
    settori.set(o.settore, s);
    fasi += o.fasi.length;
    for (const f of o.fasi) {
      if (f.tempistica !== null && readTempistica(f.tempistica, { years: o.anni, planYear: doc.anni[0] ?? null }).kind !== 'sconosciuta') fasiConTempistica++;
    }
  }
  return { obiettivi: doc.obiettivi.length, fasi, fasiConTempistica, gruppi: [...gruppi.values()], perSettore: [...settori.values()], nonLetti: doc.unread };
}

/** The summary as Italian lines (CLI output, pane preview). */
export function summaryLines(s: ImportSummary): string[] {
  const lines: string[] = [];
  lines.push(`Obiettivi trovati: ${s.obiettivi}; fasi: ${s.fasi} (con una Tempistica leggibile: ${s.fasiConTempistica}).`);
  for (const p of s.perSettore) {
    lines.push(`  ${p.settore === 'TUTTI' ? 'TUTTI (intersettoriali)' : p.settore}: ${p.obiettivi} obiettiv${p.obiettivi === 1 ? 'o' : 'i'}`);
    for (const g of s.gruppi.filter((x) => x.settore === p.settore)) {
      lines.push(`    ${g.ufficio ? `${g.ufficio}, ` : ''}${g.anno}: ${g.obiettivi} obiettiv${g.obiettivi === 1 ? 'o' : 'i'}, ${g.fasi} fas${g.fasi === 1 ? 'e' : 'i'}`);
    }
  }
  // The missing weights are a line of the summary, not a diagnostic. No Word plan carries weights,
  // so it is what every import says, not a fault of this document: among the AVVISI it would make
  // every clean import look flawed (and teach the clerk to skip them), and as an error it would
  // fail every import. It is the first thing left to do, so it is said once, here, with the counts;
  // `peg check` then reports the empty Peso cells (CAMPO_OBBLIGATORIO, PESO_TOTALE) until written.
  if (s.obiettivi > 0) {
    lines.push(
      `Il documento non indica i pesi: la colonna Peso del foglio Obiettivi è vuota per ${s.obiettivi === 1 ? "l'obiettivo" : `tutti i ${s.obiettivi} obiettivi`} (per ogni settore e anno la somma deve fare 100).`,
    );
  }
  if (s.nonLetti > 0) lines.push(`Testi non letti: ${s.nonLetti} (elencati sotto).`);
  return lines;
}
