import { createHash } from 'node:crypto';
import { extractEntities, mergeEntitiesAcross } from '../entities/index.js';
import type { Article, Story, StorySentence } from '../model.js';
import { summarizeArticle } from '../summarize/index.js';
import { contentTerms } from '../text/tokens.js';

export interface BuildStoryOptions {
  /** Sentences in the story summary, across all its articles. */
  sentences: number;
  /** Reference time for recency. */
  now: Date;
  /** Entities kept on the story. */
  entities?: number;
}

/** Two sentences sharing this share of their content words say the same thing. */
const repeatThreshold = 0.5;
/** Recency halves every day. */
const recencyHalfLifeMs = 24 * 3600_000;

/**
 * Articles about one event → a Story: the most representative headline, a summary that takes
 * the best sentences across the articles (leading article first) without repeating a fact,
 * the story's merged entities, and its importance.
 */
export function buildStory(articles: Article[], options: BuildStoryOptions): Story {
  const ordered = [...articles].sort(
    (a, b) => representativeness(b, articles) - representativeness(a, articles),
  );
  const lead = ordered[0];
  if (lead === undefined) throw new RangeError('A story needs at least one article.');
  const entities = mergeEntitiesAcross(
    ordered.map((article) => extractEntities(article.text, { title: article.title })),
  ).slice(0, options.entities ?? 10);
  const story: Story = {
    id: storyId(articles),
    headline: lead.title,
    articles: ordered,
    summary: storySummary(ordered, options.sentences),
    entities,
    importance: 0,
  };
  return { ...story, importance: importance(story, options.now) };
}

/** Most important first; ties go to the newer story. */
export function rankStories(stories: Story[]): Story[] {
  return [...stories].sort(
    (a, b) => b.importance - a.importance || newest(b).localeCompare(newest(a)),
  );
}

/**
 * How much an article's title shares with the other titles, per word of its own (so a long
 * first-sentence title does not win by length alone).
 */
function representativeness(article: Article, all: Article[]): number {
  const own = new Set(contentTerms(article.title));
  if (own.size === 0) return 0;
  let shared = 0;
  for (const other of all) {
    if (other === article) continue;
    shared += contentTerms(other.title).filter((term) => own.has(term)).length;
  }
  return shared / Math.sqrt(own.size) + article.text.length / 1e7;
}

/**
 * Round-robin over the articles' own summaries (each already ranked and free of repeats),
 * skipping sentences whose content another picked sentence already covers.
 */
function storySummary(articles: Article[], count: number): StorySentence[] {
  const perArticle = articles.map((article) => {
    if (article.text.trim() === '') return [];
    const summary = summarizeArticle(article, { sentences: count });
    return [...summary.sentences]
      .sort((a, b) => b.score - a.score)
      .map((sentence) => ({ ...sentence, articleId: article.id }));
  });
  const picked: (StorySentence & { terms: Set<string> })[] = [];
  for (
    let round = 0;
    picked.length < count && perArticle.some((list) => list.length > round);
    round++
  ) {
    for (const list of perArticle) {
      const sentence = list[round];
      if (sentence === undefined || picked.length >= count) continue;
      const terms = new Set(contentTerms(sentence.text));
      if (picked.some((other) => overlap(terms, other.terms) >= repeatThreshold)) continue;
      picked.push({
        articleId: sentence.articleId,
        text: sentence.text,
        index: sentence.index,
        score: sentence.score,
        terms,
      });
    }
  }
  return picked.map(({ terms: _terms, ...sentence }) => sentence);
}

/** Share of the smaller set found in the larger one. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}

/** Sources covering it, then recency, then how much the story names. */
function importance(story: Story, now: Date): number {
  const sources = new Set(story.articles.map((article) => article.source)).size;
  const latest = Date.parse(newest(story));
  const recency = Number.isNaN(latest)
    ? 0
    : Math.pow(0.5, Math.max(0, now.getTime() - latest) / recencyHalfLifeMs);
  const entityWeight = Math.min(
    1,
    story.entities.slice(0, 3).reduce((sum, e) => sum + e.salience, 0),
  );
  return Math.log2(1 + sources) + recency + 0.5 * entityWeight;
}

function newest(story: Story): string {
  return story.articles.reduce((latest, article) => {
    const time = article.publishedAt ?? '';
    return time > latest ? time : latest;
  }, '');
}

function storyId(articles: Article[]): string {
  const ids = articles
    .map((article) => article.id)
    .sort()
    .join(',');
  return createHash('sha256').update(ids).digest('hex').slice(0, 12);
}
