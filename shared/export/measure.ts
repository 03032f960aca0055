/**
 * Rough text widths, only to place line breaks in the national headers and to size the rules under
 * the mottos (the decree wants a rule as long as the text). Em fractions after Times New Roman's
 * metrics; Lao letters after Phetsarath OT's, combining marks take no width. Within a few percent,
 * which is all a decoration needs.
 */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;
const LAO = /\p{Script=Lao}/u;

function emWidth(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (MARK.test(ch)) return 0;
  if (LAO.test(ch)) return 0.56;
  if (UPPER.test(ch)) return bold ? 0.74 : 0.69;
  if (LOWER.test(ch)) return bold ? 0.53 : 0.48;
  if (/\d/u.test(ch)) return 0.5;
  if (ch === '-' || ch === '–') return 0.4;
  return 0.33;
}

/** Estimated width in twips of one line of `text` at `size` half-points. */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD')) em += emWidth(ch, bold);
  return Math.round(em * size * 10);
}

/**
 * Lays a header line out in as few balanced lines as fit `width` (twips), breaking only between the
 * given phrases: "CỘNG HÒA | DÂN CHỦ NHÂN DÂN | LÀO" in a half-width column becomes "CỘNG HÒA" /
 * "DÂN CHỦ NHÂN DÂN LÀO", never "…DÂN / CHỦ…". `joiner` goes between phrases on a line; `lineEnd` ends
 * every line but the last (" -" keeps the hyphen of a motto that breaks after one).
 */
export function balancedLines(phrases: readonly string[], joiner: string, lineEnd: string, width: number, size: number, bold = false): string[] {
  const whole = phrases.join(joiner);
  if (phrases.length < 2 || estimateWidth(whole, size, bold) <= width) return [whole];
  const most = Math.min(4, phrases.length);
  for (let lines = 2; lines <= most; lines++) {
    const best = bestSplit(phrases, joiner, lineEnd, lines, size, bold);
    if (best.every((line) => estimateWidth(line, size, bold) <= width)) return best;
  }
  return bestSplit(phrases, joiner, lineEnd, most, size, bold);
}

/** Splits `phrases` into `lines` consecutive groups minimising the widest line (a handful of phrases: brute force). */
function bestSplit(phrases: readonly string[], joiner: string, lineEnd: string, lines: number, size: number, bold: boolean): string[] {
  let best: string[] = [phrases.join(joiner)];
  let bestWidth = Number.POSITIVE_INFINITY;
  const choose = (start: number, remaining: number, acc: string[]): void => {
    if (remaining === 1) {
      const candidate = [...acc, phrases.slice(start).join(joiner)];
      const widest = Math.max(...candidate.map((l) => estimateWidth(l, size, bold)));
      if (widest < bestWidth) {
        bestWidth = widest;
        best = candidate;
      }
      return;
    }
    for (let end = start + 1; end <= phrases.length - remaining + 1; end++) {
      choose(end, remaining - 1, [...acc, phrases.slice(start, end).join(joiner) + lineEnd]);
    }
  };
  choose(0, lines, []);
  return best;
}
