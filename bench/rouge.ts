import { stemmer } from 'stemmer';

/**
 * ROUGE F1 scores (Lin, 2004) computed here from the definitions: ROUGE-1/2 from clipped
 * n-gram overlap, ROUGE-L from the longest common subsequence of the whole texts, and
 * ROUGE-Lsum from the union LCS of each reference sentence against all candidate sentences.
 * Tokens are lower-cased, punctuation becomes a separator, and words longer than three
 * letters are Porter-stemmed.
 */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
}

/** Lower-case, punctuation out ("1996 ." and "1996." agree), Porter stems. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? stemmer(token) : token));
}

function f1(hits: number, candidateTotal: number, referenceTotal: number): number {
  if (hits === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = hits / candidateTotal;
  const recall = hits / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(
  candidate: readonly string[],
  reference: readonly string[],
  n: number,
): number {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of cand) hits += Math.min(count, ref.get(gram) ?? 0);
  return f1(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** The LCS table's traceback: indices into `a` of one longest common subsequence with `b`. */
export function lcsIndices(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
    }
  }
  const indices: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      indices.push(i - 1);
      i -= 1;
      j -= 1;
    } else if ((table[(i - 1) * cols + j] ?? 0) >= (table[i * cols + j - 1] ?? 0)) i -= 1;
    else j -= 1;
  }
  return indices.reverse();
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  return f1(lcsIndices(reference, candidate).length, candidate.length, reference.length);
}

/**
 * Summary-level LCS: for each reference sentence, the union of its tokens matched by an LCS
 * with any candidate sentence; each token type is credited at most as often as it occurs on
 * both sides.
 */
export function rougeLsum(
  candidateSentences: readonly (readonly string[])[],
  referenceSentences: readonly (readonly string[])[],
): number {
  const candidateTotal = candidateSentences.reduce((sum, s) => sum + s.length, 0);
  const referenceTotal = referenceSentences.reduce((sum, s) => sum + s.length, 0);
  const left = (sentences: readonly (readonly string[])[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const sentence of sentences) {
      for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    return counts;
  };
  const candidateLeft = left(candidateSentences);
  const referenceLeft = left(referenceSentences);
  let hits = 0;
  for (const reference of referenceSentences) {
    const union = new Set<number>();
    for (const candidate of candidateSentences) {
      for (const index of lcsIndices(reference, candidate)) union.add(index);
    }
    for (const index of [...union].sort((x, y) => x - y)) {
      const token = reference[index] ?? '';
      const c = candidateLeft.get(token) ?? 0;
      const r = referenceLeft.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits += 1;
        candidateLeft.set(token, c - 1);
        referenceLeft.set(token, r - 1);
      }
    }
  }
  return f1(hits, candidateTotal, referenceTotal);
}

/** All four scores (as fractions in [0, 1]) of candidate sentences against reference sentences. */
export function scoreRouge(
  candidateSentences: readonly string[],
  referenceSentences: readonly string[],
): RougeScores {
  const cand = candidateSentences.map(rougeTokens);
  const ref = referenceSentences.map(rougeTokens);
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return {
    rouge1: rougeN(candFlat, refFlat, 1),
    rouge2: rougeN(candFlat, refFlat, 2),
    rougeL: rougeL(candFlat, refFlat),
    rougeLsum: rougeLsum(cand, ref),
  };
}
