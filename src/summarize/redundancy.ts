import type { TermVector } from './features.js';

/** How much a candidate sentence overlaps one chosen sentence. */
export interface Overlap {
  /** Cosine similarity of the term counts: 1 when they use the same words alike. */
  cosine: number;
  /**
   * Share of the smaller sentence's terms found in the other: catches a sentence restated
   * inside a longer one.
   */
  containment: number;
}

/**
 * Overlap of every candidate with one sentence, in one pass over the candidates' terms: the
 * sentence is spread into a dense array over the vocabulary, so no vector is compared pairwise.
 * `dense` is scratch space of the vocabulary's size, all zeros on entry and on return.
 */
export function overlapsWith(
  vector: TermVector,
  candidates: readonly TermVector[],
  dense: Int32Array,
  visit: (index: number, overlap: Overlap) => void,
): void {
  const { ids, counts, start, end } = vector;
  for (let k = start; k < end; k += 1) dense[ids[k] ?? 0] = counts[k] ?? 0;
  const overlap: Overlap = { cosine: 0, containment: 0 };
  for (let i = 0; i < candidates.length; i += 1) {
    const candidate = candidates[i] as TermVector;
    let dot = 0;
    let shared = 0;
    const candidateIds = candidate.ids;
    const candidateCounts = candidate.counts;
    for (let k = candidate.start; k < candidate.end; k += 1) {
      const other = dense[candidateIds[k] ?? 0] ?? 0;
      if (other !== 0) {
        dot += (candidateCounts[k] ?? 0) * other;
        shared += 1;
      }
    }
    const smaller = Math.min(end - start, candidate.end - candidate.start);
    overlap.cosine = dot === 0 ? 0 : dot / Math.sqrt(vector.squaredNorm * candidate.squaredNorm);
    overlap.containment = smaller === 0 ? 0 : shared / smaller;
    visit(i, overlap);
  }
  for (let k = start; k < end; k += 1) dense[ids[k] ?? 0] = 0;
}
