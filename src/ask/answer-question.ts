import { extractEntities } from '../entities/index.js';
import { InvalidInputError } from '../errors.js';
import type { Article } from '../model.js';
import type { Clock } from '../schedule/clock.js';
import { formatTime } from '../render/format-time.js';
import type { Store } from '../store/store.js';
import { words } from '../text/tokens.js';
import { AnalysisCache, type ArticleAnalysis } from './analysis.js';
import { isClause, sentencePieces } from './clauses.js';
import { leadingName, parseQuestion, trailingByline } from './question.js';
import {
  defaultRankParams,
  rankCandidates,
  type RankedArticle,
  type RankedSentence,
  type Ranking,
  type RankParams,
} from './rank.js';
import { idf, questionSurface, questionTerms, verbForms } from './terms.js';

export interface AnswerItem {
  articleId: string;
  /**
   * One sentence, verbatim from the article, or the clause(s) of it that answer: then a cut
   * end is marked with "…".
   */
  text: string;
  url?: string;
  source: string;
  title: string;
  publishedAt?: string;
}

export type Answer =
  | {
      kind: 'answer';
      items: AnswerItem[];
      /** A line to show before the items ("Nothing new ...; the latest I have:"). */
      note?: string;
    }
  | { kind: 'none'; message: string };

export interface AskDeps {
  store: Store;
  clock: Clock;
  /** Who asks (e.g. "discord:guild:user"): "what's new" is remembered per user. */
  userKey?: string;
  /** Share analyses across questions; a fresh one per call otherwise. */
  cache?: AnalysisCache;
}

export interface AskOptions {
  /** Sentences in the answer, 1 to 3. */
  maxSentences?: number;
  /** Articles the full-text index hands to the ranking. */
  candidates?: number;
  params?: RankParams;
}

const dayMs = 24 * 60 * 60 * 1000;
const maxQuestionLength = 500;

export const noAnswerMessage =
  'I have no stored article about that. Add a news source that covers it (a feed or a page) and ask again.';

/**
 * Answers a question with at most three sentences taken verbatim from stored articles, each
 * with its source. Never answers from an article that does not clear the relevance bar.
 */
export async function answerQuestion(
  question: string,
  deps: AskDeps,
  options: AskOptions = {},
): Promise<Answer> {
  const text = question.trim();
  if (text === '')
    throw new InvalidInputError('Ask a question, e.g. "What did Graham say about Sessions?"');
  if (text.length > maxQuestionLength) {
    throw new InvalidInputError(`Keep the question under ${maxQuestionLength} characters.`);
  }
  const parsed = parseQuestion(text);
  const maxSentences = Math.min(3, Math.max(1, Math.trunc(options.maxSentences ?? 3)));
  const cache = deps.cache ?? new AnalysisCache();
  const params = options.params ?? defaultRankParams;
  const limit = options.candidates ?? 100;

  if (parsed.kind === 'lookup') {
    const ranking = await rankFromStore(
      deps.store,
      cache,
      await withoutByline(deps.store, text),
      { limit },
      params,
    );
    // Only when the best match clears the bar: a weaker article that happens to clear it is
    // most often about something else.
    if (ranking.articles[0]?.relevant !== true) return { kind: 'none', message: noAnswerMessage };
    const relevant = ranking.articles.filter((article) => article.relevant);
    return { kind: 'answer', items: pickSentences(relevant, ranking, maxSentences) };
  }

  const now = deps.clock.now();
  const last =
    deps.userKey === undefined
      ? undefined
      : await deps.store.getLastAsked(deps.userKey, parsed.topicKey);
  const since = last ?? new Date(now.getTime() - dayMs).toISOString();
  const ranking = await rankFromStore(deps.store, cache, parsed.topic, { limit, since }, params);
  if (deps.userKey !== undefined) {
    await deps.store.rememberAsked(deps.userKey, parsed.topicKey, now.toISOString());
  }
  // Newest information first: one sentence from each of the newest relevant articles.
  const fresh = newestRelevant(ranking);
  if (fresh.length === 0) {
    const when =
      last === undefined ? 'in the last day' : `since you last asked (${formatTime(last)})`;
    // A first question on a topic that is only in older news: the latest of it beats a bare
    // "nothing". One who asked before has already seen it.
    if (last === undefined) {
      const older = await rankFromStore(deps.store, cache, parsed.topic, { limit }, params);
      const latest = newestRelevant(older);
      if (latest.length > 0) {
        return {
          kind: 'answer',
          note: `Nothing new on ${parsed.topic} ${when}. The latest I have:`,
          items: pickSentences(latest, older, maxSentences, { onePerArticle: true }),
        };
      }
    }
    return {
      kind: 'none',
      message: `Nothing new on ${parsed.topic} ${when}. Add a news source that covers it to hear more.`,
    };
  }
  return {
    kind: 'answer',
    items: pickSentences(fresh, ranking, maxSentences, { onePerArticle: true }),
  };
}

/**
 * An opinion piece's highlight names its author first ("Navarrette: In protecting his child,
 * ..."). A leading name the store has never seen is a byline, not part of the topic: asked
 * with it, the question could never clear the relevance bar. A name after a closing
 * ", writes" is the author whatever the store holds: the article rarely names its own author.
 */
async function withoutByline(store: Store, asked: string): Promise<string> {
  const question = trailingByline(asked)?.rest ?? asked;
  const lead = leadingName(question);
  if (lead === undefined) return question;
  const names = words(lead.name).filter((word) => questionTerms(word).length > 0);
  const { matches } = await store.countMatches(names);
  return matches.some((count) => count === 0) ? lead.rest : question;
}

async function rankFromStore(
  store: Store,
  cache: AnalysisCache,
  query: string,
  search: { limit: number; since?: string },
  params: RankParams,
): Promise<Ranking> {
  const terms = questionTerms(query);
  if (terms.length === 0) return rankCandidates({ terms, surface: [], entities: [] }, []);
  const forms = verbForms(query);
  // Only content words go to the index: stopwords would match every article. The other forms
  // of its verbs go too, so an article saying only "met" is found for "meet".
  const questionWords = words(query).filter((word) => questionTerms(word).length > 0);
  const ftsQuery = [...questionWords, ...forms.words].join(' ');
  const hits = await store.searchArticles(ftsQuery, search);
  const candidates = hits.map((hit) => ({ analysis: cache.get(hit.article) }));
  const question = {
    terms,
    surface: questionSurface(query),
    entities: extractEntities(query),
    otherForms: forms.byTerm,
    weights: await storeWeights(store, [...questionWords, ...forms.words], forms.byTerm),
  };
  return rankCandidates(question, candidates, params);
}

/**
 * Inverse document frequencies of the question's terms over the whole store: the candidates
 * alone make the very words that picked them look common. A term counts the articles having
 * any of its forms (the index stems "flights" to "flight"; "met" stands for "meet").
 */
async function storeWeights(
  store: Store,
  questionWords: readonly string[],
  otherForms: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, number>> {
  const formsOf = new Map<string, string[]>();
  for (const word of questionWords) {
    for (const term of questionTerms(word)) formsOf.set(term, [...(formsOf.get(term) ?? []), word]);
  }
  for (const [term, others] of otherForms) {
    for (const other of others)
      formsOf.set(term, [...(formsOf.get(term) ?? []), ...(formsOf.get(other) ?? [])]);
  }
  const terms = [...formsOf.keys()];
  const { documents, matches } = await store.countMatches(
    terms.map((term) => formsOf.get(term)!.join(' ')),
  );
  return new Map(terms.map((term, i) => [term, idf(documents, matches[i] ?? 0)]));
}

/**
 * The best sentence of the best article first; then the best sentences of the next relevant
 * articles (or further good sentences of the first one), without repeating a sentence. Each
 * is trimmed to the clause(s) that answer when that fits the question better.
 */
function pickSentences(
  ranked: readonly RankedArticle[],
  ranking: Ranking,
  max: number,
  options: { onePerArticle?: boolean } = {},
): AnswerItem[] {
  const items: AnswerItem[] = [];
  const seen = new Set<string>();
  const add = (article: ArticleAnalysis, sentence: RankedSentence): void => {
    const key = sentence.text.toLowerCase();
    if (items.length >= max || seen.has(key)) return;
    seen.add(key);
    items.push(toItem(article.article, answeringPiece(sentence, article, ranking)));
  };
  for (const article of ranked) {
    // The article's best sentence not already quoted (rewrites share sentences).
    const best = article.sentences.find(
      (sentence) => sentence.recall > 0 && !seen.has(sentence.text.toLowerCase()),
    );
    if (best !== undefined) add(article.analysis, best);
  }
  if (options.onePerArticle !== true) {
    const first = ranked[0];
    for (const sentence of first?.sentences.slice(1) ?? []) {
      if (first === undefined || sentence.recall < defaultRankParams.minSentenceRecall) break;
      add(first.analysis, sentence);
    }
  }
  return items;
}

/**
 * The piece of the sentence that fits the question best, if it fits better than the whole
 * sentence and is a clause; else the whole sentence.
 */
function answeringPiece(
  sentence: RankedSentence,
  article: ArticleAnalysis,
  ranking: Ranking,
): string {
  const better = sentencePieces(sentence.text)
    .filter((piece) => piece.text !== sentence.text)
    .map((piece) => ({ text: piece.text, fit: ranking.fitOf(piece.text, article).fit }))
    .filter((piece) => piece.fit > sentence.fit)
    .sort((a, b) => b.fit - a.fit);
  return better.find((piece) => isClause(piece.text))?.text ?? sentence.text;
}

function toItem(article: Article, text: string): AnswerItem {
  return {
    articleId: article.id,
    text,
    ...(article.url !== undefined && { url: article.url }),
    source: article.source,
    title: article.title,
    ...(article.publishedAt !== undefined && { publishedAt: article.publishedAt }),
  };
}

/** The relevant articles of a ranking, newest first (the better match first at equal times). */
function newestRelevant(ranking: Ranking): RankedArticle[] {
  return ranking.articles
    .filter((article) => article.relevant)
    .sort((a, b) => time(b.analysis.article) - time(a.analysis.article) || b.score - a.score);
}

function time(article: Article): number {
  return article.publishedAt === undefined ? 0 : Date.parse(article.publishedAt);
}
