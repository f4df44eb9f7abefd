/**
 * Average-link agglomerative clustering over a sparse similarity graph. Two groups merge while
 * the mean similarity over all their cross pairs (a missing edge counts as 0) stays above the
 * threshold, so one loose pair cannot chain two events together as single-link would.
 */
import type { Edge } from './candidates.js';

interface Entry {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** Max-heap on score; ties go to the lower cluster ids so the result never depends on timing. */
class EntryHeap {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  private before(x: Entry, y: Entry): boolean {
    if (x.score !== y.score) return x.score > y.score;
    if (x.a !== y.a) return x.a < y.a;
    return x.b < y.b;
  }

  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (p === undefined || !this.before(entry, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = entry;
  }

  pop(): Entry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const l = items[left];
      const r = items[right];
      let child = left;
      let c = l;
      if (r !== undefined && l !== undefined && this.before(r, l)) {
        child = right;
        c = r;
      }
      if (c === undefined || !this.before(c, last)) break;
      items[i] = c;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** Groups of item indices (each ascending, groups ordered by their first item). */
export function averageLinkClusters(count: number, edges: readonly Edge[], threshold: number) {
  const size = new Array<number>(count).fill(1);
  const version = new Array<number>(count).fill(0);
  const alive = new Array<boolean>(count).fill(true);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  // links[c] maps a neighbouring cluster to the sum of similarities across their pairs.
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const heap = new EntryHeap();

  for (const { a, b, similarity } of edges) {
    links[a]?.set(b, similarity);
    links[b]?.set(a, similarity);
    heap.push({ score: similarity, a, b, versionA: 0, versionB: 0 });
  }

  while (heap.size > 0) {
    const top = heap.pop();
    if (top === undefined || top.score < threshold) break;
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.versionA || version[b] !== top.versionB) {
      continue;
    }
    const linksA = links[a] ?? new Map<number, number>();
    const linksB = links[b] ?? new Map<number, number>();
    // Keep the lower id as the survivor so the outcome is the same whatever the heap layout.
    const keep = Math.min(a, b);
    const drop = Math.max(a, b);
    const merged = new Map<number, number>();
    for (const [c, sum] of linksA) if (c !== b) merged.set(c, sum);
    for (const [c, sum] of linksB) if (c !== a) merged.set(c, (merged.get(c) ?? 0) + sum);
    alive[drop] = false;
    links[drop] = new Map();
    links[keep] = merged;
    size[keep] = (size[a] ?? 1) + (size[b] ?? 1);
    const [larger, smaller] =
      (members[a]?.length ?? 0) >= (members[b]?.length ?? 0)
        ? [members[a] ?? [], members[b] ?? []]
        : [members[b] ?? [], members[a] ?? []];
    for (const item of smaller) larger.push(item);
    members[keep] = larger;
    members[drop] = [];
    version[keep] = (version[keep] ?? 0) + 1;
    for (const [c, sum] of merged) {
      const linksC = links[c];
      if (linksC === undefined) continue;
      linksC.delete(a);
      linksC.delete(b);
      linksC.set(keep, sum);
      const score = sum / ((size[keep] ?? 1) * (size[c] ?? 1));
      const [x, y] = keep < c ? [keep, c] : [c, keep];
      heap.push({ score, a: x, b: y, versionA: version[x] ?? 0, versionB: version[y] ?? 0 });
    }
  }

  return members
    .filter((group, i) => alive[i] && group.length > 0)
    .map((group) => group.sort((x, y) => x - y))
    .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
