/** The Cronoprogramma form comes from the plan's *Cronoprogramma* setting unless a caller picks one. */
import { planCronoprogramma } from '../../src/core/plans/cronoprogramma';
import { analysis, fase, obiettivo } from './builders';

const plan = [
  obiettivo({ settore: 'FINANZIARIO', numero: 1, peso: 100, fasi: [fase(1, 'Proposta', 'Entro il 15/03/2021')] }),
  obiettivo({ settore: 'TECNICO', numero: 1, peso: 100, fasi: [fase(1, 'Lavori', 'Da aprile a giugno 2021')] }),
];

describe('Cronoprogramma setting', () => {
  it('default: blocchi, one sheet for the year', () => {
    expect(planCronoprogramma(analysis(plan)).map((s) => s.name)).toEqual(['Cronoprogramma 2021']);
  });

  it('Cronoprogramma = fogli in the Impostazioni: one sheet per settore', () => {
    const sheets = planCronoprogramma(analysis(plan, { impostazioni: { cronoprogramma: 'fogli' } }));
    expect(sheets.map((s) => s.name)).toEqual(['Crono 2021 FINANZIARIO', 'Crono 2021 TECNICO']);
  });

  it('a mode the caller picks (CLI --cronoprogramma, the pane) wins over the setting', () => {
    const sheets = planCronoprogramma(analysis(plan, { impostazioni: { cronoprogramma: 'fogli' } }), { mode: 'blocchi' });
    expect(sheets.map((s) => s.name)).toEqual(['Cronoprogramma 2021']);
  });
});
