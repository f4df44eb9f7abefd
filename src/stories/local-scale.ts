/**
 * Local scaling (after Zelnik-Manor & Perona's self-tuning clustering): a pair's cosine is divided
 * by the geometric mean of both articles' background similarity, the cosine to their k-th nearest
 * neighbour. Articles on a crowded topic (a dozen COVID stories) are alike at 0.3 without being
 * the same event, while a lone story's rewrites may share only 0.15; scaling makes "clearly closer
 * than the crowd" the test. A floor keeps isolated articles from looking close to anything, and a
 * pair at or above `strongSimilarity` counts as a full match whatever its neighbourhood.
 */
import type { Edge } from './candidates.js';

export interface LocalScaleOptions {
  /** Which neighbour's similarity sets an article's background level. */
  scaleNeighbour: number;
  /** Lowest background level, so sparse neighbourhoods do not inflate weak pairs. */
  scaleFloor: number;
  /** A cosine this high always scores at least 1 (near-duplicates, close rewrites). */
  strongSimilarity: number;
}

/** Background similarity of each article: its k-th best edge, at least the floor. */
export function backgroundLevels(
  count: number,
  edges: readonly Edge[],
  options: LocalScaleOptions,
): Float64Array {
  const incident: number[][] = Array.from({ length: count }, () => []);
  for (const { a, b, similarity } of edges) {
    incident[a]?.push(similarity);
    incident[b]?.push(similarity);
  }
  const levels = new Float64Array(count);
  incident.forEach((sims, i) => {
    sims.sort((x, y) => y - x);
    levels[i] = Math.max(options.scaleFloor, sims[options.scaleNeighbour - 1] ?? 0);
  });
  return levels;
}

export function scaleEdges(
  count: number,
  edges: readonly Edge[],
  options: LocalScaleOptions,
): Edge[] {
  const levels = backgroundLevels(count, edges, options);
  return edges.map((edge) => {
    const scale = Math.sqrt((levels[edge.a] ?? 1) * (levels[edge.b] ?? 1));
    const relative = edge.similarity / scale;
    const absolute = edge.similarity / options.strongSimilarity;
    return { ...edge, similarity: Math.max(relative, absolute) };
  });
}
