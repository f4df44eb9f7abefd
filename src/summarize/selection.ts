import type { SentenceFeatures } from './features.js';
import { overlapsWith } from './redundancy.js';
import type { Centrality } from './scoring.js';

export interface SelectionLimits {
  sentences: number;
  maxChars: number;
  /** MMR trade-off: how much similarity to an already chosen sentence costs. */
  redundancyWeight: number;
  /** Above this similarity (cosine or containment) a sentence repeats a chosen one and is skipped. */
  duplicateThreshold: number;
  /**
   * Share of a candidate's centrality it loses for terms a chosen sentence already covers
   * (0: none, 1: all): the summary should cover the article's recurring sub-topics, not
   * restate its main names three times.
   */
  coverage: number;
  /**
   * A picked sentence with standalone flaws gives way to one with fewer flaws that says much
   * the same (cosine at least `comparableSimilarity`) and scores at most `comparableMargin`
   * lower: "But he said the bridge will close" loses to "The bridge will close, the mayor said"
   * however much earlier it comes.
   */
  comparableSimilarity: number;
  comparableMargin: number;
}

/**
 * Greedy maximal-marginal-relevance selection: repeatedly takes the best-scoring sentence
 * after a penalty for resembling what is already chosen, skipping near-duplicates and
 * sentences that would break the character budget. Returns positions in article order.
 * Each pick updates every candidate's similarity once, so the cost is linear in the article.
 */
export function selectSentences(
  features: readonly SentenceFeatures[],
  scores: readonly number[],
  limits: SelectionLimits,
  central: Centrality,
  flawPenalties: readonly number[],
): number[] {
  const count = features.length;
  const vectors = features.map((f) => f.terms);
  const alive = new Uint8Array(count).fill(1);
  const similarity = new Float64Array(count);
  const dense = new Int32Array(central.termWeight.length);
  // Per term: 0 while uncovered, else the pick (1-based) that covered it.
  const coveredBy = new Int32Array(central.termWeight.length);
  const coveredLoss = new Float64Array(count);
  const values = new Float64Array(count);
  const chosen: number[] = [];
  let chars = 0;
  while (chosen.length < limits.sentences) {
    let best = -1;
    let bestValue = -Infinity;
    const separator = chosen.length > 0 ? 1 : 0;
    for (let i = 0; i < count; i += 1) {
      if (alive[i] === 0) continue;
      const candidate = features[i] as SentenceFeatures;
      if (chars + candidate.sentence.text.length + separator > limits.maxChars) {
        alive[i] = 0;
        continue;
      }
      const value =
        (scores[i] ?? 0) -
        limits.redundancyWeight * (similarity[i] ?? 0) -
        limits.coverage * (coveredLoss[i] ?? 0);
      values[i] = value;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best === -1) break;
    if ((flawPenalties[best] ?? 0) > 0) best = comparableStandalone(best, bestValue);
    const picked = features[best] as SentenceFeatures;
    chosen.push(best);
    alive[best] = 0;
    chars += picked.sentence.text.length + separator;
    if (chosen.length >= limits.sentences) break;
    const pick = chosen.length;
    let newlyCovered = 0;
    const { ids, counts } = picked.terms;
    for (let k = picked.terms.start; k < picked.terms.end; k += 1) {
      const id = ids[k] ?? 0;
      if (coveredBy[id] === 0) {
        coveredBy[id] = pick;
        newlyCovered += 1;
      }
    }
    if (newlyCovered > 0 && limits.coverage > 0) {
      for (let i = 0; i < count; i += 1) {
        if (alive[i] === 0) continue;
        const vector = vectors[i] as SentenceFeatures['terms'];
        let lost = 0;
        for (let k = vector.start; k < vector.end; k += 1) {
          const id = ids[k] ?? 0;
          if (coveredBy[id] === pick) lost += (counts[k] ?? 0) * (central.termWeight[id] ?? 0);
        }
        coveredLoss[i] = (coveredLoss[i] ?? 0) + lost * (central.sentenceScale[i] ?? 0);
      }
    }
    overlapsWith(picked.terms, vectors, dense, (i, overlap) => {
      if (alive[i] === 0) return;
      if (
        overlap.cosine > limits.duplicateThreshold ||
        overlap.containment > limits.duplicateThreshold + 0.15
      ) {
        alive[i] = 0;
        return;
      }
      if (overlap.cosine > (similarity[i] ?? 0)) similarity[i] = overlap.cosine;
    });
  }
  return chosen.sort((a, b) => a - b);

  function comparableStandalone(flawed: number, flawedValue: number): number {
    let replacement = flawed;
    let replacementValue = -Infinity;
    const flaws = flawPenalties[flawed] ?? 0;
    overlapsWith((features[flawed] as SentenceFeatures).terms, vectors, dense, (j, overlap) => {
      if (alive[j] === 0 || j === flawed || (flawPenalties[j] ?? 0) >= flaws) return;
      if (overlap.cosine < limits.comparableSimilarity) return;
      const value = values[j] ?? 0;
      if (value >= flawedValue - limits.comparableMargin && value > replacementValue) {
        replacement = j;
        replacementValue = value;
      }
    });
    return replacement;
  }
}
