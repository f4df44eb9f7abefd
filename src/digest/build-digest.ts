import type { Article, Digest, Story } from '../model.js';
import { mergeEntitiesAcross } from '../entities/index.js';
import { buildStory, clusterArticles, rankStories } from '../stories/index.js';
import { selectArticles } from './select-articles.js';

export interface DigestOptions {
  title: string;
  now: Date;
  /** Sentences per story summary. */
  sentences?: number;
  /** Stories shown; the rest are counted in `omittedStories`. */
  maxStories?: number;
  /** Keep only articles that mention one of these words or entities. */
  keywords?: string[];
  /** Keep only articles about this topic or entity ("Sessions" finds "Jeff Sessions"). */
  topic?: string;
  /** Entities listed for the whole digest. */
  topEntities?: number;
}

export const digestDefaults = { sentences: 2, maxStories: 5, topEntities: 8 } as const;

/**
 * Articles → Digest: keep what the reader asked for, group articles into stories, summarise
 * and rank each story, and list the entities that matter across the whole digest.
 */
export function buildDigest(articles: Article[], options: DigestOptions): Digest {
  const selected = selectArticles(articles, options);
  const byId = new Map(selected.map((article) => [article.id, article]));
  const stories: Story[] = clusterArticles(selected).map((ids) =>
    buildStory(
      ids.map((id) => byId.get(id)).filter((article): article is Article => article !== undefined),
      { sentences: options.sentences ?? digestDefaults.sentences, now: options.now },
    ),
  );
  const ranked = rankStories(stories);
  const shown = ranked.slice(0, options.maxStories ?? digestDefaults.maxStories);
  return {
    title: options.title,
    generatedAt: options.now.toISOString(),
    stories: shown,
    topEntities: mergeEntitiesAcross(shown.map((story) => story.entities)).slice(
      0,
      options.topEntities ?? digestDefaults.topEntities,
    ),
    omittedStories: ranked.length - shown.length,
  };
}
