import { entityMatches, familyNameOf } from '../entities/index.js';
import type { Entity } from '../model.js';
import { contentTerms } from '../text/tokens.js';
import type { ArticleAnalysis } from './analysis.js';
import { askTerms, phrasePairs, surfaceWords, TermWeights } from './terms.js';

/**
 * Ranks candidate articles for a question and finds the answering sentences inside each.
 * An article wins on several signals at once: BM25 over its stemmed terms, how much of the
 * question one of its sentences covers, how closely that sentence's wording echoes the question
 * (highlights and questions usually paraphrase a single sentence), how many of the question's
 * word pairs it repeats (a paraphrase keeps phrases such as "Champions League" or "this
 * Sunday"), and whether the people, organizations and places of the question are among its
 * entities. Term weights are inverse document frequencies over the
 * whole store when the caller gives them (`QuestionSignals.weights`), else over the candidates.
 */

export interface RankParams {
  bm25: number;
  /** Share of the question's weight the best sentence covers. */
  sentence: number;
  /** Plain word overlap (F1, stopwords included) of the sentence closest in wording. */
  echo: number;
  /** Share of the question's adjacent content-term pairs the article has. */
  termPairs: number;
  /** Share of the question's adjacent word pairs (stopwords included) the article has. */
  phrases: number;
  entity: number;
  /** Weight of precision against recall when picking the answering sentence (F-beta). */
  beta: number;
  /** Share of the sentence's fit that comes from plain word overlap (F1, stopwords included). */
  surface: number;
  /**
   * An answer needs one sentence, two adjacent ones or the title covering at least this share
   * of the question's weight with at least two of its terms (one for a one-term question)...
   */
  minSentenceRecall: number;
  /**
   * ...or this larger share for a question of fewer than `shortQuestion` terms: two common
   * words of a five-term headline ("Steady job growth continues in US") say nothing about
   * what an article is about...
   */
  minShortRecall: number;
  shortQuestion: number;
  /** ...and an article covering at least this share. */
  minCoverage: number;
  /**
   * ...and, for a question of `minFitTerms` terms or more, a sentence, two adjacent ones or the
   * title fitting it at least this well: a long sentence sharing only two words with the
   * question ("cheap oil ... batter Russia's economy" for "Soaring oil hits world economy") is
   * no answer.
   */
  minFit: number;
}

/** Tuned by hand on the CNN/DailyMail dev questions (a handful of values, nothing fitted). */
export const defaultRankParams: RankParams = {
  bm25: 1,
  sentence: 1,
  echo: 1,
  termPairs: 0.5,
  phrases: 0.5,
  entity: 0.3,
  beta: 2,
  surface: 0.7,
  minSentenceRecall: 0.2,
  minShortRecall: 0.4,
  shortQuestion: 6,
  minCoverage: 0.35,
  minFit: 0.18,
};

/**
 * Below this many terms a question ("Sessions Russia?") echoes too few words for its fit to
 * say anything, and the two-term bar alone decides.
 */
const minFitTerms = 3;

/** Whether a text's terms include a question term or one that stands in for it. */
type HasTerm = (terms: ReadonlySet<string>, term: string) => boolean;

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
  /** Best fit first. */
  sentences: RankedSentence[];
  relevant: boolean;
}

/** How well any piece of text answers the question, on the same scale as `RankedSentence`. */
export interface TextFit {
  recall: number;
  fit: number;
}

export interface Ranking {
  articles: RankedArticle[];
  /** Scores a piece of an article (a trimmed sentence) as its sentences were scored. */
  fitOf(text: string, analysis: ArticleAnalysis): TextFit;
}

export function rankCandidates(
  question: QuestionSignals,
  candidates: readonly Candidate[],
  params: RankParams = defaultRankParams,
): Ranking {
  const unique = [...new Set(question.terms)];
  if (unique.length === 0 || candidates.length === 0) return { articles: [], fitOf: noFit };
  const background = new TermWeights();
  let totalLength = 0;
  for (const { analysis } of candidates) {
    background.addDocument(analysis.terms);
    totalLength += analysis.length;
  }
  const averageLength = Math.max(1, totalLength / candidates.length);
  const questionWeight = new Map(
    unique.map((term) => [term, question.weights?.get(term) ?? background.weight(term)]),
  );
  const total = sum(questionWeight.values());
  const termWeights = unique.map((term) => questionWeight.get(term)!);
  // With one term, that term is enough; otherwise the answer must join two of them.
  const minTerms = Math.min(2, unique.length);
  const minRecall =
    unique.length < params.shortQuestion ? params.minShortRecall : params.minSentenceRecall;
  const beta2 = params.beta * params.beta;
  const surnames = surnameStandIns(question.entities);
  /** What stands in for each question term in this article: verb forms, and surnames. */
  const standInsFor = (analysis: ArticleAnalysis): Map<string, string[]> => {
    const stands = new Map<string, string[]>();
    for (const [term, forms] of question.otherForms ?? []) stands.set(term, [...forms]);
    for (const wanted of surnames) {
      if (!analysis.termCounts.has(wanted.surname) || !namesPerson(analysis, wanted)) continue;
      for (const term of wanted.givenTerms) {
        stands.set(term, [...(stands.get(term) ?? []), wanted.surname]);
      }
    }
    return stands;
  };
  const names = nameTerms(question.entities);
  /**
   * The question's name terms the article never writes as a name: "Sessions" asked of an
   * article about a "rare weekend session" is not there (stemming joins the two words).
   */
  const unnamed = (analysis: ArticleAnalysis): Set<string> => {
    const text = `${analysis.article.title}\n${analysis.article.text}`;
    return new Set(
      [...names]
        .filter(([, written]) => !written.some((word) => writesName(text, word)))
        .map(([term]) => term),
    );
  };
  const hasWith =
    (stands: ReadonlyMap<string, readonly string[]>, missing: ReadonlySet<string>): HasTerm =>
    (terms, term) =>
      (!missing.has(term) && terms.has(term)) ||
      (stands.get(term)?.some((other) => terms.has(other)) ?? false);
  const termPairs = adjacentPairs(question.terms);
  const phrases = [...new Set(phrasePairs(question.surface))];
  const surfaceCounts = counts(question.surface);

  /** Which question terms a text has (in `unique` order), and its fit as an answer. */
  const score = (
    terms: readonly string[],
    termSet: ReadonlySet<string>,
    surface: readonly string[],
    has: HasTerm,
  ): TextFit & { matched: boolean[]; echo: number } => {
    const matched = unique.map((term) => has(termSet, term));
    let weight = 0;
    for (let i = 0; i < unique.length; i += 1) if (matched[i] === true) weight += termWeights[i]!;
    let own = 0;
    for (const term of terms) own += questionWeight.get(term) ?? background.weight(term);
    const recall = weight / total;
    const precision = own === 0 ? 0 : weight / own;
    const fBeta =
      recall === 0 ? 0 : ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
    const echo = overlapF1(surface, surfaceCounts, question.surface.length);
    const fit = recall === 0 ? 0 : (1 - params.surface) * fBeta + params.surface * echo;
    return { recall, fit, matched, echo };
  };

  /** Whether these question terms, found together, clear the relevance bar. */
  const isAnswer = (found: readonly boolean[]): boolean => {
    let weight = 0;
    let terms = 0;
    for (let i = 0; i < unique.length; i += 1) {
      if (found[i] !== true) continue;
      weight += termWeights[i]!;
      terms += 1;
    }
    return terms >= minTerms && weight / total >= minRecall;
  };

  /** Whether the title or two adjacent sentences fit the question well enough together. */
  const piecesFit = (analysis: ArticleAnalysis, has: HasTerm): boolean => {
    const title = askTerms(analysis.article.title);
    const titleSurface = surfaceWords(analysis.article.title);
    if (score(title, new Set(title), titleSurface, has).fit >= params.minFit) return true;
    return analysis.sentences.some((sentence, i) => {
      const before = analysis.sentences[i - 1];
      if (before === undefined) return false;
      const terms = [...before.terms, ...sentence.terms];
      const surface = [...before.surface, ...sentence.surface];
      return score(terms, new Set(terms), surface, has).fit >= params.minFit;
    });
  };
  const standIns = new Map<ArticleAnalysis, Map<string, string[]>>();
  const missingNames = new Map<ArticleAnalysis, Set<string>>();
  const scored = candidates.map(({ analysis }) => {
    const stands = standInsFor(analysis);
    standIns.set(analysis, stands);
    const missing = unnamed(analysis);
    missingNames.set(analysis, missing);
    const has = hasWith(stands, missing);
    let bestRecall = 0;
    let bestEcho = 0;
    let bestFit = 0;
    // The title is the article's own summary: a question it answers is about the article.
    let previous = unique.map((term) => has(analysis.titleTerms, term));
    let answerable = isAnswer(previous);
    const sentences = analysis.sentences.map((sentence): RankedSentence => {
      const fit = score(sentence.terms, sentence.termSet, sentence.surface, has);
      // This sentence with the one before it (or the title): a question may span both.
      if (isAnswer(fit.matched.map((found, i) => found || previous[i] === true))) answerable = true;
      previous = fit.matched;
      bestRecall = Math.max(bestRecall, fit.recall);
      bestFit = Math.max(bestFit, fit.fit);
      if (fit.recall > 0) bestEcho = Math.max(bestEcho, fit.echo);
      return {
        text: sentence.text,
        index: sentence.index,
        recall: fit.recall,
        fit: fit.fit,
      };
    });
    let covered = 0;
    let bm25 = 0;
    const lengthNorm = k1 * (1 - b + (b * analysis.length) / averageLength);
    for (const [term, weight] of questionWeight) {
      if (has(analysis.terms, term)) covered += weight;
      let count = missing.has(term) ? 0 : (analysis.termCounts.get(term) ?? 0);
      for (const other of stands.get(term) ?? []) count += analysis.termCounts.get(other) ?? 0;
      if (count > 0) bm25 += (weight * count * (k1 + 1)) / (count + lengthNorm);
    }
    const coverage = covered / total;
    const signals =
      params.sentence * bestRecall +
      params.echo * bestEcho +
      params.termPairs * share(termPairs, analysis.termPairs) +
      params.phrases * share(phrases, analysis.phrases) +
      (params.entity === 0 ? 0 : params.entity * entityScore(question.entities, analysis));
    sentences.sort((x, y) => y.fit - x.fit || x.index - y.index);
    // (The pieces only when needed: most articles clear or miss the bar on their own.)
    const fits =
      unique.length < minFitTerms ||
      bestFit >= params.minFit ||
      (answerable && piecesFit(analysis, has));
    return { analysis, bm25, signals, coverage, answerable: answerable && fits, sentences };
  });
  const maxBm25 = Math.max(Number.EPSILON, ...scored.map((article) => article.bm25));
  const articles = scored
    .map((article): RankedArticle => ({
      analysis: article.analysis,
      score: (params.bm25 * article.bm25) / maxBm25 + article.signals,
      coverage: article.coverage,
      sentences: article.sentences,
      relevant: article.answerable && article.coverage >= params.minCoverage,
    }))
    .sort((x, y) => y.score - x.score);
  const fitOf = (text: string, analysis: ArticleAnalysis): TextFit => {
    const has = hasWith(
      standIns.get(analysis) ?? standInsFor(analysis),
      missingNames.get(analysis) ?? unnamed(analysis),
    );
    const terms = askTerms(text);
    const { recall, fit } = score(terms, new Set(terms), surfaceWords(text), has);
    return { recall, fit };
  };
  return { articles, fitOf };
}

/**
 * The terms of the question's names, each with the words the name is written with, as
 * patterns built once per question. (Not the question's first word, whose capital says
 * nothing: "Remains have been examined".)
 */
function nameTerms(entities: readonly Entity[]): Map<string, RegExp[]> {
  const out = new Map<string, RegExp[]>();
  for (const entity of entities) {
    const opener = entity.mentions.some((mention) => mention.start === 0);
    const forms = [entity.name, ...entity.aliases].map((form) => form.split(/\s+/));
    for (const word of forms.flatMap((words) => (opener ? words.slice(1) : words))) {
      const written = word.replace(/['’]s?$/, '');
      const term = contentTerms(written)[0];
      if (term === undefined) continue;
      out.set(term, [...(out.get(term) ?? []), wholeWord(written)]);
    }
  }
  return out;
}

/** The word as a whole word in any case: "HeforShe" finds "HeForShe" and "HEFORSHE". */
function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether the text writes the word as a name: a whole word opening with a capital. */
function writesName(text: string, word: RegExp): boolean {
  // (matchAll runs on a copy of the pattern, which is shared across articles.)
  for (const match of text.matchAll(word)) {
    if (/^\p{Lu}/u.test(match[0])) return true;
  }
  return false;
}

function noFit(): TextFit {
  return { recall: 0, fit: 0 };
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

interface SurnameStandIn {
  person: Entity;
  surname: string;
  /** The terms of the rest of the name ("lindsey" of "Lindsey Graham"). */
  givenTerms: string[];
}

/**
 * A person's surname stands in for the whole name: a sentence saying "Graham" covers the
 * question's "Lindsey Graham", as the reader would take it; so does "Xi" for "Xi Jinping".
 */
function surnameStandIns(entities: readonly Entity[]): SurnameStandIn[] {
  const out: SurnameStandIn[] = [];
  for (const person of entities) {
    if (person.type !== 'person') continue;
    const surname = contentTerms(familyNameOf(person.name) ?? '').at(-1);
    // The other words of the name ("Jr." too) are all covered by the surname.
    const givenTerms = contentTerms(person.name).filter((term) => term !== surname);
    if (surname !== undefined && givenTerms.length > 0) out.push({ person, surname, givenTerms });
  }
  return out;
}

/**
 * Whether the article's "Graham" is the question's Lindsey Graham and not a namesake: one of
 * its people answers to his full name, or it names someone only "Graham" and no other entity
 * with that name in it ("Lee" in a story about Lee Kuan Yew is not Spike Lee).
 */
function namesPerson(analysis: ArticleAnalysis, wanted: SurnameStandIn): boolean {
  const entities = analysis.entities();
  const isWanted = (entity: Entity): boolean => entityMatches(wanted.person, entity.name);
  const people = entities.filter((entity) => entity.type === 'person');
  if (people.some((entity) => entityMatches(entity, wanted.person.name))) return true;
  const namesake = entities.some(
    (entity) => !isWanted(entity) && contentTerms(entity.name).includes(wanted.surname),
  );
  return !namesake && people.some(isWanted);
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
