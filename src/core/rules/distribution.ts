/** The distribution of punteggi in bands, so that a settore where everything is 100 shows at once. */
import type { DistribuzionePunteggi } from '../results';

const BANDS: { etichetta: string; da: number; a: number | null }[] = [
  { etichetta: 'meno di 50', da: 0, a: 50 },
  { etichetta: 'da 50 a meno di 70', da: 50, a: 70 },
  { etichetta: 'da 70 a meno di 90', da: 70, a: 90 },
  { etichetta: 'da 90 a meno di 100', da: 90, a: 100 },
  { etichetta: '100 e oltre', da: 100, a: null },
];

export function distribuzione(scores: number[]): DistribuzionePunteggi {
  const fasce = BANDS.map((b) => ({ ...b, conteggio: 0 }));
  for (const s of scores) {
    // Negative scores cannot happen (G ≥ 0); the first band takes them anyway rather than lose one.
    const band = fasce.find((b) => b.a === null || s < b.a) ?? fasce[fasce.length - 1];
    band.conteggio++;
  }
  return { fasce };
}
