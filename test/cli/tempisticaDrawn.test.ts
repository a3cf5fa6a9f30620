/** `peg tempistica` shows what the cronoprogramma draws (docs/tempistica.md): first phase, or `--dopo`. */
import { runPeg } from '../helpers/cli';

describe('peg tempistica, as drawn', () => {
  it('a lone deadline runs from January to the deadline as the first phase', () => {
    const r = runPeg(['tempistica', 'entro il 30 settembre', '--anno', '2025', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      kind: 'scadenza',
      months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'],
      deadlines: ['2025-09'],
      deadlineMonths: ['2025-09'],
      deadlineDate: '2025-09-30',
      dopo: null,
    });
  });

  it('--dopo chains it after a phase that ended in that month', () => {
    const j = JSON.parse(runPeg(['tempistica', 'entro il 30 settembre', '--anno', '2025', '--dopo', '2025-06', '--json']).stdout);
    expect(j.months).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(j.deadlineMonths).toEqual(['2025-09']);
    const h = runPeg(['tempistica', 'entro il 30 settembre', '--anno', '2025', '--dopo', '2025-06']);
    expect(h.stdout).toContain('Mesi (3): Lug 2025 – Set 2025\n');
    expect(h.stdout).toContain('Come fase successiva a una che finisce a giugno 2025');
  });

  it('prints the kind once and the bar as a span', () => {
    const r = runPeg(['tempistica', 'entro il 30 settembre', '--anno', '2025']);
    expect(r.stdout).toContain('Tipo: scadenza\n');
    expect(r.stdout).not.toContain('scadenza (scadenza)');
    expect(r.stdout).toContain('Mesi (9): Gen 2025 – Set 2025\n');
    expect(r.stdout).toContain("Come prima fase dell'obiettivo la barra parte da gennaio");
  });

  it('keeps `di ogni anno` as a note', () => {
    const r = runPeg(['tempistica', 'entro il 30 giugno di ogni anno', '--anno', '2025']);
    expect(r.stdout).toContain('Nota: di ogni anno\n');
  });

  it('a wrong --dopo is a usage error in Italian, exit 2', () => {
    const r = runPeg(['tempistica', 'entro marzo', '--dopo', 'giugno']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Valore non valido per --dopo: "giugno". Scrivi anno e mese della fine della fase precedente, per esempio 2025-06.\n');
  });
});
