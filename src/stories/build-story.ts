/**
 * One story from the articles of one cluster: the most representative headline, a summary drawn
 * from several articles without repeating a fact, the entities named across them, and an
 * importance score (sources covering it, recency, entity weight) used to rank stories.
 */
import { createHash } from 'node:crypto';
import { extractEntities, mergeEntitiesAcross } from '../entities/index.js';
import type { Article, Entity, Story, StorySentence } from '../model.js';
import { summarizeArticle } from '../summarize/index.js';
import { extractTerms, createTermNormalizer } from './terms.js';

export interface BuildStoryOptions {
  sentences: number;
  now: Date;
}

/** Sentences sharing this much of their content words state the same fact. */
const DUPLICATE_OVERLAP = 0.5;
const HALF_LIFE_HOURS = 24;

type Bag = Map<string, number>;

function bagOf(text: string, normalize: (word: string) => string): Bag {
  return extractTerms('', text, Number.MAX_SAFE_INTEGER, normalize).lead;
}

function cosineOf(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    dot += x * (b.get(t) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Share of `reference`'s weight whose terms `bag` also has. */
function coverageOf(reference: Bag, bag: Bag): number {
  let total = 0;
  let covered = 0;
  for (const [term, weight] of reference) {
    total += weight;
    if (bag.has(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/** Share of the smaller sentence's words that the other one also has. */
function overlapOf(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small.keys()) if (large.has(t)) shared += 1;
  return shared / small.size;
}

/**
 * The title closest to all the others: the one the outlets' framings have most in common.
 * A title made up from the first sentence (cut short with "…", for an article that came
 * without one) is used only when no outlet wrote a real headline.
 */
function representativeHeadline(articles: readonly Article[], bags: readonly Bag[]): string {
  const eligible = headlineArticles(articles);
  let best = -1;
  let bestScore = -1;
  bags.forEach((bag, i) => {
    if (!eligible.has(articles[i]!)) return;
    let score = 0;
    bags.forEach((other, j) => {
      if (i !== j) score += cosineOf(bag, other);
    });
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return articles[best]?.title ?? '';
}

/** The articles whose titles are real headlines, or all of them when none is. */
function headlineArticles(articles: readonly Article[]): Set<Article> {
  const written = articles.filter((article) => !article.title.endsWith('…'));
  return new Set(written.length > 0 ? written : articles);
}

function storyId(articles: readonly Article[]): string {
  const ids = articles.map((a) => a.id).sort();
  return createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);
}

/** Each article's chosen sentences, interleaved so every outlet gets a say, deduplicated. */
function multiArticleSummary(
  articles: readonly Article[],
  sentences: number,
  normalize: (word: string) => string,
): StorySentence[] {
  // What the headlines say together: the event itself.
  const headlines = new Map<string, number>();
  for (const article of headlineArticles(articles)) {
    for (const [term, weight] of bagOf(article.title, normalize)) {
      headlines.set(term, (headlines.get(term) ?? 0) + weight);
    }
  }
  const perArticle = articles.map((article) => {
    if (article.text.trim() === '') return [];
    try {
      // In article order: each article's chosen sentences tell its story as its writer did.
      return summarizeArticle(article, { sentences }).sentences.map((s) => {
        const bag = bagOf(s.text, normalize);
        return {
          sentence: { articleId: article.id, text: s.text, index: s.index, score: s.score },
          bag,
          focus: coverageOf(headlines, bag),
        };
      });
    } catch {
      return [];
    }
  });
  // The story opens with the chosen sentence that says most of what the headlines say: its
  // article's list starts there. Article scores are not comparable across articles.
  const opening = perArticle
    .flatMap((list, article) => list.map((entry, position) => ({ article, position, entry })))
    .sort((x, y) => y.entry.focus - x.entry.focus || x.position - y.position)[0];
  if (opening !== undefined) {
    const list = perArticle[opening.article] ?? [];
    list.unshift(...list.splice(opening.position, 1));
  }
  const picked: { sentence: StorySentence; bag: Bag }[] = [];
  for (let rank = 0; picked.length < sentences; rank += 1) {
    const candidates = perArticle
      .map((list) => list[rank])
      .filter((entry) => entry !== undefined)
      .sort((x, y) => y.focus - x.focus || y.sentence.score - x.sentence.score);
    if (candidates.length === 0) break;
    for (const { sentence, bag } of candidates) {
      if (picked.length >= sentences) break;
      const repeats = picked.some((p) => overlapOf(p.bag, bag) >= DUPLICATE_OVERLAP);
      if (!repeats) picked.push({ sentence, bag });
    }
  }
  return picked.map((p) => p.sentence);
}

function storyEntities(articles: readonly Article[]): Entity[] {
  const lists = articles.map((article) => {
    try {
      return extractEntities(article.text, { title: article.title });
    } catch {
      return [];
    }
  });
  return mergeEntitiesAcross(lists);
}

/** Sources covering it (log-scaled), recency (halving every 24 h) and entity weight. */
function importanceOf(
  articles: readonly Article[],
  entities: readonly Entity[],
  now: Date,
): number {
  const sources = new Set(articles.map((a) => a.source)).size;
  const times = articles
    .map((a) => (a.publishedAt === undefined ? Number.NaN : Date.parse(a.publishedAt)))
    .filter((t) => !Number.isNaN(t));
  const newest = times.length === 0 ? undefined : Math.max(...times);
  const ageHours = newest === undefined ? 48 : Math.max(0, (now.getTime() - newest) / 3_600_000);
  const recency = 0.5 ** (ageHours / HALF_LIFE_HOURS);
  const entityWeight = entities.slice(0, 5).reduce((sum, e) => sum + e.salience, 0);
  return 1 + Math.log2(sources) + 1.5 * recency + Math.min(1, entityWeight);
}

export function buildStory(articles: Article[], options: BuildStoryOptions): Story {
  const normalize = createTermNormalizer();
  const titleBags = articles.map((a) => bagOf(a.title, normalize));
  const entities = storyEntities(articles);
  return {
    id: storyId(articles),
    headline: representativeHeadline(articles, titleBags),
    articles,
    summary: multiArticleSummary(articles, options.sentences, normalize),
    entities,
    importance: importanceOf(articles, entities, options.now),
  };
}

/** Most important first; ties broken by headline then id so the order is stable. */
export function rankStories(stories: Story[]): Story[] {
  return [...stories].sort(
    (a, b) =>
      b.importance - a.importance ||
      a.headline.localeCompare(b.headline) ||
      a.id.localeCompare(b.id),
  );
}
