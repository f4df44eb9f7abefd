/**
 * Story grouping: one group per event. Articles become tf-idf vectors over title and lead
 * (names and titles boosted), an inverted index proposes candidate pairs, dates (when both
 * articles have one) damp pairs days apart, and average-link clustering merges groups whose
 * mean similarity clears a threshold. Deterministic: the same input gives the same groups.
 */
import { averageLinkClusters } from './average-link.js';
import { candidateEdges, type CandidateOptions, type Edge } from './candidates.js';
import { scaleEdges, type LocalScaleOptions } from './local-scale.js';
import { vectorizeArticles, type VectorizeOptions } from './vectorize.js';

export interface ClusterInput {
  id: string;
  title: string;
  text?: string;
  /** ISO 8601; when two articles both have one, far-apart dates make them less alike. */
  publishedAt?: string;
}

export interface ClusterOptions extends VectorizeOptions, CandidateOptions, LocalScaleOptions {
  /** Average-link merge threshold on the mean locally scaled similarity. */
  threshold: number;
  /** Pairs published further apart than this many days are damped... */
  sameEventDays: number;
  /** ...by exp(-(gap - sameEventDays) / dateDecayDays). */
  dateDecayDays: number;
}

/** Defaults; titleBoost, namedBoost, leadWords and threshold were tuned on the AllSides dev set. */
export const defaultClusterOptions: ClusterOptions = {
  titleBoost: 3,
  namedBoost: 1,
  leadWords: 80,
  idfPower: 1,
  threshold: 1,
  termsPerArticle: 16,
  maxPostings: 200,
  neighbours: 24,
  minSimilarity: 0.05,
  scaleNeighbour: 3,
  scaleFloor: 0.1,
  strongSimilarity: 10,
  sameEventDays: 3,
  dateDecayDays: 3,
};

const DAY_MS = 86_400_000;

function dateFactor(a: number, b: number, options: ClusterOptions): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return 1;
  const gapDays = Math.abs(a - b) / DAY_MS;
  if (gapDays <= options.sameEventDays) return 1;
  return Math.exp(-(gapDays - options.sameEventDays) / options.dateDecayDays);
}

/** Groups of indices into `articles`, each ascending, ordered by their first article. */
export function clusterIndices(
  articles: readonly ClusterInput[],
  options: Partial<ClusterOptions> = {},
): number[][] {
  const settings: ClusterOptions = { ...defaultClusterOptions, ...options };
  const { vectors, documentFrequency } = vectorizeArticles(articles, settings);
  let edges: Edge[] = candidateEdges(vectors, documentFrequency, settings);
  const times = articles.map((article) =>
    article.publishedAt === undefined ? Number.NaN : Date.parse(article.publishedAt),
  );
  if (times.some((time) => !Number.isNaN(time))) {
    edges = edges.map((edge) => ({
      ...edge,
      similarity:
        edge.similarity *
        dateFactor(times[edge.a] ?? Number.NaN, times[edge.b] ?? Number.NaN, settings),
    }));
  }
  edges = scaleEdges(articles.length, edges, settings);
  return averageLinkClusters(articles.length, edges, settings.threshold);
}

/** Groups of article ids, one group per story, in input order of each group's first article. */
export function clusterArticles(
  articles: readonly ClusterInput[],
  options: Partial<ClusterOptions> = {},
): string[][] {
  return clusterIndices(articles, options).map((group) =>
    group.map((index) => articles[index]?.id ?? ''),
  );
}
