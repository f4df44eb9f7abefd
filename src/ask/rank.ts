import { entityMatches } from '../entities/index.js';
import type { Entity } from '../model.js';
import { contentTerms } from '../text/tokens.js';
import type { ArticleAnalysis } from './analysis.js';
import { TermWeights } from './terms.js';

/**
 * Ranks candidate articles for a question and finds the answering sentence inside each.
 * An article wins on several signals at once: its BM25 rank from the full-text index, how
 * much of the question one of its sentences covers (highlights and questions usually echo a
 * single sentence), how much of the question the whole article covers, and whether the
 * people, organizations and places of the question are among its entities.
 */

export interface RankParams {
  bm25: number;
  sentence: number;
  coverage: number;
  entity: number;
  /** Weight of precision against recall when picking the answering sentence (F-beta). */
  beta: number;
  /** An answer needs a sentence covering at least this share of the question's weight... */
  minSentenceRecall: number;
  /** ...and an article covering at least this share. */
  minCoverage: number;
}

/** Tuned by hand on the CNN/DailyMail dev questions (a handful of values, nothing fitted). */
export const defaultRankParams: RankParams = {
  bm25: 0.3,
  sentence: 1,
  coverage: 0.5,
  entity: 0.3,
  beta: 2,
  minSentenceRecall: 0.2,
  minCoverage: 0.3,
};

export interface Candidate {
  analysis: ArticleAnalysis;
  /** Higher is better, as returned by the store. */
  bm25: number;
}

export interface RankedSentence {
  text: string;
  index: number;
  /** Share of the question's weight this sentence covers. */
  recall: number;
  /** How well the sentence fits as an answer: recall balanced with precision. */
  fit: number;
}

export interface RankedArticle {
  analysis: ArticleAnalysis;
  score: number;
  coverage: number;
  sentences: RankedSentence[];
  relevant: boolean;
}

export function rankCandidates(
  terms: readonly string[],
  questionEntities: readonly Entity[],
  candidates: readonly Candidate[],
  params: RankParams = defaultRankParams,
  /** Other words that stand for a question term (verb forms: "met" for "meet"). */
  otherForms: ReadonlyMap<string, readonly string[]> = new Map(),
): RankedArticle[] {
  const unique = [...new Set(terms)];
  if (unique.length === 0 || candidates.length === 0) return [];
  const weights = new TermWeights();
  for (const { analysis } of candidates) {
    for (const sentence of analysis.sentences) weights.addDocument(sentence.termSet);
  }
  const questionWeight = new Map(unique.map((term) => [term, weights.weight(term)]));
  const total = sum(questionWeight.values());
  const maxBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), Number.EPSILON);
  const beta2 = params.beta * params.beta;
  const stands = aliasStandIns(questionEntities);
  for (const [term, forms] of otherForms) stands.set(term, [...(stands.get(term) ?? []), ...forms]);
  const has = (terms: ReadonlySet<string>, term: string): boolean =>
    terms.has(term) || (stands.get(term)?.some((other) => terms.has(other)) ?? false);

  const ranked = candidates.map(({ analysis, bm25 }): RankedArticle => {
    const sentences = analysis.sentences.map((sentence): RankedSentence => {
      let matched = 0;
      for (const [term, weight] of questionWeight)
        if (has(sentence.termSet, term)) matched += weight;
      let own = 0;
      for (const term of sentence.terms)
        own += questionWeight.has(term) ? questionWeight.get(term)! : weights.weight(term);
      const recall = matched / total;
      const precision = own === 0 ? 0 : matched / own;
      const fit =
        recall === 0 ? 0 : ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
      return { text: sentence.text, index: sentence.index, recall, fit };
    });
    let covered = 0;
    for (const [term, weight] of questionWeight) if (has(analysis.terms, term)) covered += weight;
    const coverage = covered / total;
    const bestRecall = Math.max(0, ...sentences.map((sentence) => sentence.recall));
    const score =
      params.bm25 * (Math.max(0, bm25) / maxBm25) +
      params.sentence * bestRecall +
      params.coverage * coverage +
      (params.entity === 0 ? 0 : params.entity * entityScore(questionEntities, analysis));
    sentences.sort((a, b) => b.fit - a.fit || a.index - b.index);
    return {
      analysis,
      score,
      coverage,
      sentences,
      relevant: bestRecall >= params.minSentenceRecall && coverage >= params.minCoverage,
    };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * A person's surname stands in for the whole name: a sentence saying "Graham" covers the
 * question's "Lindsey Graham", as the reader would take it.
 */
function aliasStandIns(entities: readonly Entity[]): Map<string, string[]> {
  const stands = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const terms = contentTerms(entity.name);
    const surname = terms.at(-1);
    if (surname === undefined || terms.length < 2) continue;
    for (const term of terms.slice(0, -1)) stands.set(term, [...(stands.get(term) ?? []), surname]);
  }
  return stands;
}

/** Share of the question's entities the article names, under any alias ("Sessions"). */
function entityScore(questionEntities: readonly Entity[], analysis: ArticleAnalysis): number {
  if (questionEntities.length === 0) return 0;
  const entities = analysis.entities();
  let matched = 0;
  for (const wanted of questionEntities) {
    const forms = [wanted.name, ...wanted.aliases];
    const found = entities.some(
      (entity) =>
        forms.some((form) => entityMatches(entity, form)) || entityMatches(wanted, entity.name),
    );
    if (found) matched += 1;
  }
  return matched / questionEntities.length;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
