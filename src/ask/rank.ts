import { entityMatches } from '../entities/index.js';
import type { Entity } from '../model.js';
import { contentTerms } from '../text/tokens.js';
import type { ArticleAnalysis } from './analysis.js';
import { phrasePairs, TermWeights } from './terms.js';

/**
 * Ranks candidate articles for a question and finds the answering sentence inside each.
 * An article wins on several signals at once: BM25 over its stemmed terms, how much of the
 * question one of its sentences covers (highlights and questions usually echo a single
 * sentence), how many of the question's word pairs it repeats (a paraphrase keeps phrases such
 * as "Champions League" or "this Sunday"), how much of the question the whole article covers,
 * and whether the people, organizations and places of the question are among its entities.
 * Term weights are inverse document frequencies over the whole store when the caller gives
 * them (`QuestionSignals.weights`), else over the candidates.
 */

export interface RankParams {
  bm25: number;
  sentence: number;
  /** Share of the question's adjacent content-term pairs the article has. */
  termPairs: number;
  /** Share of the question's adjacent word pairs (stopwords included) the article has. */
  phrases: number;
  coverage: number;
  entity: number;
  /** Weight of precision against recall when picking the answering sentence (F-beta). */
  beta: number;
  /** Share of the sentence's fit that comes from plain word overlap (F1, stopwords included). */
  surface: number;
  /** An answer needs a sentence covering at least this share of the question's weight... */
  minSentenceRecall: number;
  /** ...and an article covering at least this share. */
  minCoverage: number;
}

/** Tuned by hand on the CNN/DailyMail dev questions (a handful of values, nothing fitted). */
export const defaultRankParams: RankParams = {
  bm25: 1,
  sentence: 1,
  termPairs: 0.5,
  phrases: 1,
  coverage: 0,
  entity: 0.3,
  beta: 2,
  surface: 0.7,
  minSentenceRecall: 0.2,
  minCoverage: 0.35,
};

/** BM25's usual constants. */
const k1 = 1.2;
const b = 0.75;

export interface Candidate {
  analysis: ArticleAnalysis;
}

export interface QuestionSignals {
  /** Stemmed content terms (`questionTerms`), in question order. */
  terms: readonly string[];
  /** Every word of the question but its question words (`surfaceWords`). */
  surface: readonly string[];
  entities: readonly Entity[];
  /** Other words that stand for a question term (verb forms: "met" for "meet"). */
  otherForms?: ReadonlyMap<string, readonly string[]>;
  /** Weights of the question's terms over the whole store; else over the candidates. */
  weights?: ReadonlyMap<string, number>;
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
  question: QuestionSignals,
  candidates: readonly Candidate[],
  params: RankParams = defaultRankParams,
): RankedArticle[] {
  const unique = [...new Set(question.terms)];
  if (unique.length === 0 || candidates.length === 0) return [];
  const weights = new TermWeights();
  let totalLength = 0;
  for (const { analysis } of candidates) {
    weights.addDocument(analysis.terms);
    totalLength += analysis.length;
  }
  const averageLength = Math.max(1, totalLength / candidates.length);
  const questionWeight = new Map(
    unique.map((term) => [term, question.weights?.get(term) ?? weights.weight(term)]),
  );
  const total = sum(questionWeight.values());
  const beta2 = params.beta * params.beta;
  const stands = aliasStandIns(question.entities);
  for (const [term, forms] of question.otherForms ?? [])
    stands.set(term, [...(stands.get(term) ?? []), ...forms]);
  const has = (terms: ReadonlySet<string>, term: string): boolean =>
    terms.has(term) || (stands.get(term)?.some((other) => terms.has(other)) ?? false);
  const termPairs = adjacentPairs(question.terms);
  const phrases = [...new Set(phrasePairs(question.surface))];
  const surfaceCounts = counts(question.surface);

  const scored = candidates.map(({ analysis }) => {
    const sentences = analysis.sentences.map((sentence): RankedSentence => {
      let matched = 0;
      for (const [term, weight] of questionWeight)
        if (has(sentence.termSet, term)) matched += weight;
      let own = 0;
      for (const term of sentence.terms)
        own += questionWeight.has(term) ? questionWeight.get(term)! : weights.weight(term);
      const recall = matched / total;
      const precision = own === 0 ? 0 : matched / own;
      const fBeta =
        recall === 0 ? 0 : ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
      const fit =
        recall === 0
          ? 0
          : (1 - params.surface) * fBeta +
            params.surface * overlapF1(sentence.surface, surfaceCounts, question.surface.length);
      return { text: sentence.text, index: sentence.index, recall, fit };
    });
    let covered = 0;
    let bm25 = 0;
    const lengthNorm = k1 * (1 - b + (b * analysis.length) / averageLength);
    for (const [term, weight] of questionWeight) {
      if (has(analysis.terms, term)) covered += weight;
      let count = analysis.termCounts.get(term) ?? 0;
      for (const other of stands.get(term) ?? []) count += analysis.termCounts.get(other) ?? 0;
      if (count > 0) bm25 += (weight * count * (k1 + 1)) / (count + lengthNorm);
    }
    const coverage = covered / total;
    const bestRecall = Math.max(0, ...sentences.map((sentence) => sentence.recall));
    const signals =
      params.sentence * bestRecall +
      params.termPairs * share(termPairs, analysis.termPairs) +
      params.phrases * share(phrases, analysis.phrases) +
      params.coverage * coverage +
      (params.entity === 0 ? 0 : params.entity * entityScore(question.entities, analysis));
    sentences.sort((a, b) => b.fit - a.fit || a.index - b.index);
    return { analysis, bm25, signals, coverage, bestRecall, sentences };
  });
  const maxBm25 = Math.max(Number.EPSILON, ...scored.map((article) => article.bm25));
  return scored
    .map((article): RankedArticle => ({
      analysis: article.analysis,
      score: (params.bm25 * article.bm25) / maxBm25 + article.signals,
      coverage: article.coverage,
      sentences: article.sentences,
      relevant:
        article.bestRecall >= params.minSentenceRecall && article.coverage >= params.minCoverage,
    }))
    .sort((a, b) => b.score - a.score);
}

function adjacentPairs(terms: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i += 1) pairs.add(`${terms[i - 1]!} ${terms[i]!}`);
  return [...pairs];
}

function share(wanted: readonly string[], found: ReadonlySet<string>): number {
  if (wanted.length === 0) return 0;
  let hits = 0;
  for (const item of wanted) if (found.has(item)) hits += 1;
  return hits / wanted.length;
}

function counts(items: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

/** F1 of the words two texts share, each word counted as often as both have it. */
function overlapF1(
  sentence: readonly string[],
  question: ReadonlyMap<string, number>,
  questionLength: number,
): number {
  if (sentence.length === 0 || questionLength === 0) return 0;
  const left = new Map(question);
  let hits = 0;
  for (const word of sentence) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      hits += 1;
      left.set(word, n - 1);
    }
  }
  return (2 * hits) / (sentence.length + questionLength);
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
