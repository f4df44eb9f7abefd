/**
 * B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against gold labels.
 * Per item: precision is the share of its predicted cluster that shares its gold label, recall
 * the share of its gold cluster that shares its predicted cluster; both are averaged over items.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `predicted` and `gold` map each item to its cluster label; scored over the items of `gold`. */
export function bCubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 } satisfies BCubed;
  const predictedOf = (item: string) => predicted.get(item) ?? `\u0000alone:${item}`;
  const pairCounts = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  for (const item of items) {
    const p = predictedOf(item);
    const g = gold.get(item) ?? '';
    const key = `${p}\u0000${g}`;
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const p = predictedOf(item);
    const g = gold.get(item) ?? '';
    const both = pairCounts.get(`${p}\u0000${g}`) ?? 0;
    precision += both / (predictedSizes.get(p) ?? 1);
    recall += both / (goldSizes.get(g) ?? 1);
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 } satisfies BCubed;
}
