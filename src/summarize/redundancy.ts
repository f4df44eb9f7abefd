/** Cosine similarity of two term-count vectors: 1 when they use the same words alike. */
export function cosineSimilarity(a: Map<number, number>, b: Map<number, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [id, count] of small) dot += count * (large.get(id) ?? 0);
  if (dot === 0) return 0;
  let na = 0;
  for (const count of a.values()) na += count * count;
  let nb = 0;
  for (const count of b.values()) nb += count * count;
  return dot / Math.sqrt(na * nb);
}

/** Share of the smaller sentence's terms found in the other: catches a sentence restated inside a longer one. */
export function containment(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const id of small.keys()) if (large.has(id)) shared += 1;
  return shared / small.size;
}
