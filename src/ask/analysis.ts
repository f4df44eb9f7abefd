import { extractEntities } from '../entities/index.js';
import type { Article, Entity } from '../model.js';
import { articleSentences } from '../text/article-sentences.js';
import { askTerms, phrasePairs, surfaceWords } from './terms.js';

export interface SentenceAnalysis {
  text: string;
  index: number;
  terms: string[];
  termSet: Set<string>;
  /** Every word, stopwords included: how much of the question a reader sees in it. */
  surface: string[];
}

/** An article's sentences with their terms, and (lazily) its entities: computed once per article. */
export interface ArticleAnalysis {
  article: Article;
  sentences: SentenceAnalysis[];
  /** Terms of the title and the whole text. */
  terms: Set<string>;
  titleTerms: Set<string>;
  /** How often each term occurs, and the number of terms (for BM25). */
  termCounts: Map<string, number>;
  length: number;
  /** Adjacent term pairs ("champion league") and word pairs ("this sunday") of the text. */
  termPairs: Set<string>;
  phrases: Set<string>;
  entities(): Entity[];
}

/** Bounded memo of analyses, shared across questions (one per process or per request). */
export class AnalysisCache {
  readonly #entries = new Map<string, ArticleAnalysis>();

  constructor(private readonly capacity = 2000) {}

  get(article: Article): ArticleAnalysis {
    const key = `${article.id}\u0000${article.text.length}`;
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      // Refresh its place: Map iteration order is insertion order, oldest first.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const analysis = analyzeArticle(article);
    this.#entries.set(key, analysis);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return analysis;
  }
}

export function analyzeArticle(article: Article): ArticleAnalysis {
  const sentences = articleSentences(article.text).map((sentence): SentenceAnalysis => {
    const terms = askTerms(sentence.text);
    return {
      text: sentence.text,
      index: sentence.index,
      terms,
      termSet: new Set(terms),
      surface: surfaceWords(sentence.text),
    };
  });
  const titleTerms = askTerms(article.title);
  const terms = new Set(titleTerms);
  const termCounts = new Map<string, number>();
  const termPairs = new Set<string>();
  const phrases = new Set(phrasePairs(surfaceWords(article.title)));
  let length = 0;
  for (const part of [titleTerms, ...sentences.map((sentence) => sentence.terms)]) {
    for (let i = 0; i < part.length; i += 1) {
      const term = part[i]!;
      terms.add(term);
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      if (i > 0) termPairs.add(`${part[i - 1]!} ${term}`);
    }
    length += part.length;
  }
  for (const sentence of sentences)
    for (const pair of phrasePairs(sentence.surface)) phrases.add(pair);
  let entities: Entity[] | undefined;
  return {
    article,
    sentences,
    terms,
    titleTerms: new Set(titleTerms),
    termCounts,
    length,
    termPairs,
    phrases,
    entities: () => (entities ??= extractEntities(article.text, { title: article.title })),
  };
}
