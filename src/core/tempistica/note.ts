/**
 * The note: what the text says beyond its schedule (`Acconto + saldo`, `In base ai Decreti di
 * concessione`), cut from the original text so that it keeps the user's case and accents.
 */
import { isTimeToken, type Token } from './tokens';

/** Separators between a time expression and the prose around it. */
function isGlue(t: Token): boolean {
  if (t.type === 'conn') return t.conn === 'and' || t.conn === 'dash' || t.conn === 'slash';
  return t.type === 'filler' && t.end - t.start === 1;
}

/** Drops brackets left open or closed by the cut (`Controllo (dati 2020)` → `Controllo dati`). */
function balanced(piece: string): string {
  const open: number[] = [];
  const drop = new Set<number>();
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] === '(') open.push(i);
    else if (piece[i] === ')') {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  }
  for (const i of open) drop.add(i);
  return [...piece].filter((_, i) => !drop.has(i)).join('');
}

/**
 * Runs of prose between the time tokens. `asProse` marks time tokens to keep in the note anyway
 * (a recurrence beside a span: `– ogni trimestre`).
 */
export function noteOf(original: string, tokens: Token[], asProse: ReadonlySet<Token> = new Set()): string | null {
  const isTime = (t: Token) => isTimeToken(t) && !asProse.has(t);
  const pieces: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (isTime(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && !isTime(tokens[j])) j++;
    const run = tokens.slice(i, j);
    let a = 0;
    let b = run.length;
    while (a < b && isGlue(run[a])) a++;
    // Glue words right before a time expression belong to it (`Elenco debitori entro marzo`).
    const beforeTime = j < tokens.length;
    while (b > a && (isGlue(run[b - 1]) || (beforeTime && (run[b - 1].type === 'conn' || run[b - 1].type === 'filler')))) b--;
    const prose = run.slice(a, b);
    if (prose.some((t) => t.type === 'word' || asProse.has(t))) {
      const piece = balanced(original.slice(prose[0].start, prose[prose.length - 1].end)).replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(piece)) pieces.push(piece);
    }
    i = j;
  }
  return pieces.length > 0 ? pieces.join(' ') : null;
}
