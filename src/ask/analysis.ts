import { extractEntities } from '../entities/index.js';
import type { Article, Entity } from '../model.js';
import { articleSentences } from '../text/article-sentences.js';
import { contentTerms } from '../text/tokens.js';

/** An article's sentences with their terms, and (lazily) its entities: computed once per article. */
export interface ArticleAnalysis {
  article: Article;
  sentences: { text: string; index: number; terms: string[]; termSet: Set<string> }[];
  /** Terms of the title and the whole text. */
  terms: Set<string>;
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
  const sentences = articleSentences(article.text).map((sentence) => {
    const terms = contentTerms(sentence.text);
    return { text: sentence.text, index: sentence.index, terms, termSet: new Set(terms) };
  });
  const terms = new Set(contentTerms(article.title));
  for (const sentence of sentences) for (const term of sentence.termSet) terms.add(term);
  let entities: Entity[] | undefined;
  return {
    article,
    sentences,
    terms,
    entities: () => (entities ??= extractEntities(article.text, { title: article.title })),
  };
}
