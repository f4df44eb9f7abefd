/**
 * Candidate pairs without comparing all pairs: an inverted index over each article's heaviest
 * terms, skipping terms so common they cannot single out an event. Each article scores only the
 * articles sharing one of those terms, keeps its best few, and those get an exact cosine.
 * Work grows with N × terms × (postings per term), close to linear for news.
 */
import { cosine, type SparseVector } from './vectorize.js';

export interface CandidateOptions {
  /** How many of an article's heaviest terms it is indexed and looked up by. */
  termsPerArticle: number;
  /** Terms in more than this many articles are not used for blocking. */
  maxPostings: number;
  /** How many best partial matches per article get an exact cosine. */
  neighbours: number;
  /** Pairs below this cosine are dropped. */
  minSimilarity: number;
}

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

/** Indices of an article's `count` heaviest terms that are shared yet not too common. */
function blockingTerms(
  vector: SparseVector,
  df: Int32Array,
  count: number,
  maxPostings: number,
): number[] {
  const usable: number[] = [];
  for (let k = 0; k < vector.ids.length; k += 1) {
    const frequency = df[vector.ids[k] ?? 0] ?? 0;
    if (frequency >= 2 && frequency <= maxPostings) usable.push(k);
  }
  usable.sort((x, y) => (vector.weights[y] ?? 0) - (vector.weights[x] ?? 0) || x - y);
  return usable.slice(0, count);
}

/** The `count` docs with the highest partial score (ties to the lower index), best first. */
function bestMatches(touched: readonly number[], partial: Float64Array, count: number): number[] {
  const better = (x: number, y: number) =>
    (partial[x] ?? 0) > (partial[y] ?? 0) || ((partial[x] ?? 0) === (partial[y] ?? 0) && x < y);
  if (touched.length <= count) return [...touched].sort((x, y) => (better(x, y) ? -1 : 1));
  // Insertion into a short sorted list: cheaper than sorting thousands of weak matches.
  const best: number[] = [];
  for (const doc of touched) {
    const last = best[best.length - 1];
    if (best.length === count && last !== undefined && !better(doc, last)) continue;
    let i = best.length;
    while (i > 0 && better(doc, best[i - 1] ?? 0)) i -= 1;
    best.splice(i, 0, doc);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Undirected edges (a < b) between likely same-story articles, sorted by (a, b). */
export function candidateEdges(
  vectors: readonly SparseVector[],
  df: Int32Array,
  options: CandidateOptions,
): Edge[] {
  const postings = new Map<number, { doc: number; weight: number }[]>();
  const blocking = vectors.map((vector, doc) => {
    const picked = blockingTerms(vector, df, options.termsPerArticle, options.maxPostings);
    for (const k of picked) {
      const id = vector.ids[k] ?? 0;
      let list = postings.get(id);
      if (list === undefined) postings.set(id, (list = []));
      list.push({ doc, weight: vector.weights[k] ?? 0 });
    }
    return picked;
  });

  const seen = new Set<number>();
  const edges: Edge[] = [];
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  vectors.forEach((vector, doc) => {
    for (const k of blocking[doc] ?? []) {
      const weight = vector.weights[k] ?? 0;
      for (const hit of postings.get(vector.ids[k] ?? 0) ?? []) {
        if (hit.doc === doc) continue;
        if (partial[hit.doc] === 0) touched.push(hit.doc);
        partial[hit.doc] = (partial[hit.doc] ?? 0) + weight * hit.weight;
      }
    }
    for (const other of bestMatches(touched, partial, options.neighbours)) {
      const a = Math.min(doc, other);
      const b = Math.max(doc, other);
      const key = a * vectors.length + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const other_ = vectors[other];
      if (other_ === undefined) continue;
      const similarity = cosine(vector, other_);
      if (similarity >= options.minSimilarity) edges.push({ a, b, similarity });
    }
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
  });
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
