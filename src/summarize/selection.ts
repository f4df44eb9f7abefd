import type { SentenceFeatures } from './features.js';
import { containment, cosineSimilarity } from './redundancy.js';

export interface SelectionLimits {
  sentences: number;
  maxChars: number;
  /** MMR trade-off: how much similarity to an already chosen sentence costs. */
  redundancyWeight: number;
  /** Above this similarity (cosine or containment) a sentence repeats a chosen one and is skipped. */
  duplicateThreshold: number;
}

/**
 * Greedy maximal-marginal-relevance selection: repeatedly takes the best-scoring sentence
 * after a penalty for resembling what is already chosen, skipping near-duplicates and
 * sentences that would break the character budget. Returns positions in article order.
 */
export function selectSentences(
  features: readonly SentenceFeatures[],
  scores: readonly number[],
  limits: SelectionLimits,
): number[] {
  const chosen: number[] = [];
  const available = new Set(features.keys());
  let chars = 0;
  while (chosen.length < limits.sentences && available.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of available) {
      const candidate = features[i];
      if (candidate === undefined) continue;
      const length = candidate.sentence.text.length + (chosen.length > 0 ? 1 : 0);
      if (chars + length > limits.maxChars) {
        available.delete(i);
        continue;
      }
      let similarity = 0;
      let duplicate = false;
      for (const j of chosen) {
        const other = features[j];
        if (other === undefined) continue;
        const cosine = cosineSimilarity(candidate.terms, other.terms);
        similarity = Math.max(similarity, cosine);
        if (
          cosine > limits.duplicateThreshold ||
          containment(candidate.terms, other.terms) > limits.duplicateThreshold + 0.15
        ) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) {
        available.delete(i);
        continue;
      }
      const value = (scores[i] ?? 0) - limits.redundancyWeight * similarity;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best === -1) break;
    const picked = features[best];
    chosen.push(best);
    available.delete(best);
    chars += (picked?.sentence.text.length ?? 0) + (chosen.length > 1 ? 1 : 0);
  }
  return chosen.sort((a, b) => a - b);
}
