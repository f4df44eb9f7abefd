/**
 * Articles → L2-normalised sparse tf-idf vectors over title and lead. The idf comes from the
 * batch being clustered, so a word is rare relative to the news of the moment. Title words are
 * boosted (a headline is the outlet's own statement of the event) and so are named words.
 */
import { createTermNormalizer, extractTerms } from './terms.js';

export interface VectorizeOptions {
  /** How many times a title occurrence counts compared with a lead occurrence. */
  titleBoost: number;
  /** Weight multiplier for terms used as names (capitalised mid-sentence). */
  namedBoost: number;
  /** How many words of the text count as the lead. */
  leadWords: number;
  /** Exponent on idf: above 1 sharpens the pull of rare, event-specific terms. */
  idfPower: number;
}

/** A sparse vector: term ids ascending, with their weights; unit length unless empty. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Vectorized {
  vectors: SparseVector[];
  /** Document frequency of each term id. */
  documentFrequency: Int32Array;
}

export function vectorizeArticles(
  articles: readonly { title: string; text?: string }[],
  options: VectorizeOptions,
): Vectorized {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const normalize = createTermNormalizer();
  const raw = articles.map((article) => {
    const terms = extractTerms(article.title, article.text ?? '', options.leadWords, normalize);
    const counts = new Map<number, { tf: number; named: boolean }>();
    const add = (term: string, tf: number) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(term, id);
        df.push(0);
      }
      const entry = counts.get(id);
      if (entry === undefined) {
        counts.set(id, { tf, named: terms.named.has(term) });
        df[id] = (df[id] ?? 0) + 1;
      } else {
        entry.tf += tf;
      }
    };
    for (const [term, count] of terms.title) add(term, count * options.titleBoost);
    for (const [term, count] of terms.lead) add(term, count);
    return counts;
  });

  const n = articles.length;
  const vectors = raw.map((counts): SparseVector => {
    const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      const entry = counts.get(id);
      if (entry === undefined) return;
      const idf = Math.log(1 + n / (df[id] ?? 1)) ** options.idfPower;
      const weight = (1 + Math.log(entry.tf)) * idf * (entry.named ? options.namedBoost : 1);
      weights[k] = weight;
      norm += weight * weight;
    });
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < weights.length; k += 1) weights[k] = (weights[k] ?? 0) * scale;
    }
    return { ids, weights };
  });
  return { vectors, documentFrequency: Int32Array.from(df) };
}

/** Dot product of two sparse vectors (cosine, as both are unit length). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}
