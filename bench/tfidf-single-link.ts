/**
 * The reference point for story clustering: plain tf-idf cosine over title and text (lowercased
 * words, no stemming, no boosts) with single-link grouping at a threshold. Compares all pairs,
 * so it is for the dev-set table only.
 */
export function tfidfSingleLink(
  articles: readonly { title: string; text?: string }[],
  threshold: number,
): number[][] {
  const docs = articles.map((article) => {
    const counts = new Map<string, number>();
    for (const word of `${article.title} ${article.text ?? ''}`.toLowerCase().match(/\p{L}+/gu) ??
      []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of docs)
    for (const word of counts.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = docs.map((counts) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, tf] of counts) {
      const weight = (1 + Math.log(tf)) * Math.log(docs.length / (df.get(word) ?? 1));
      vector.set(word, weight);
      norm += weight * weight;
    }
    for (const [word, weight] of vector) vector.set(word, weight / Math.sqrt(norm || 1));
    return vector;
  });

  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < vectors.length; i += 1) {
    for (let j = i + 1; j < vectors.length; j += 1) {
      let dot = 0;
      for (const [word, weight] of vectors[i] ?? new Map<string, number>()) {
        dot += weight * (vectors[j]?.get(word) ?? 0);
      }
      if (dot >= threshold) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}
