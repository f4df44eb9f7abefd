import { stat } from 'node:fs/promises';
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { UnsupportedContentError } from './errors.js';
import { parseFeedDocument, type FeedItem } from './feed.js';
import { loadFolderArticles } from './folder.js';
import type { ConditionalRequest, GuardedFetcher } from './guarded-fetch.js';
import { extractPageArticle } from './page.js';
import { sniffDocument } from './sniff.js';

export interface SourceDeps {
  fetcher: GuardedFetcher;
}

/** A feed item with less text than this is a teaser: the linked page holds the article. */
const teaserLength = 400;
/** Linked pages fetched at once for one feed. */
const pageConcurrency = 4;

/**
 * Any source → its articles: a local folder or file, a feed (RSS, Atom, RDF, JSON Feed) or a
 * web page, decided by the document itself rather than by the URL. Every URL goes through the
 * guarded fetcher.
 */
export async function loadSource(spec: string, deps: SourceDeps): Promise<Article[]> {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(spec) || (await isLocalPath(spec))) {
    return loadFolderArticles(spec);
  }
  const result = await fetchSource(spec, deps);
  return result.notModified ? [] : result.articles;
}

export interface SourceFetchResult {
  notModified: boolean;
  articles: Article[];
  etag?: string;
  lastModified?: string;
}

/** One conditional fetch of a feed or page URL (the scheduler's feed polling uses it). */
export async function fetchSource(
  url: string,
  deps: SourceDeps,
  conditional: ConditionalRequest = {},
): Promise<SourceFetchResult> {
  const response = await deps.fetcher.fetch(url, conditional);
  if (response.status === 304) return { notModified: true, articles: [] };
  const validators = {
    ...(response.etag !== undefined && { etag: response.etag }),
    ...(response.lastModified !== undefined && { lastModified: response.lastModified }),
  };
  switch (sniffDocument(response.body, response.contentType)) {
    case 'feed': {
      const feed = parseFeedDocument(response.body, response.url);
      const articles = await mapLimit(feed.items, pageConcurrency, (item) =>
        feedItemArticle(item, feed.title || new URL(response.url).hostname, deps),
      );
      return {
        notModified: false,
        articles: articles.filter((a): a is Article => a !== undefined),
        ...validators,
      };
    }
    case 'page':
      return {
        notModified: false,
        articles: [extractPageArticle(response.body, response.url)],
        ...validators,
      };
    case 'other':
      throw new UnsupportedContentError(response.contentType || 'unknown');
  }
}

/**
 * A feed item as an article. A teaser-only item gets its body from the linked page; when that
 * page cannot be had, the teaser stands, and one bad item never fails the feed.
 */
async function feedItemArticle(
  item: FeedItem,
  feedTitle: string,
  deps: SourceDeps,
): Promise<Article | undefined> {
  const body = item.content ?? item.summary ?? '';
  let text = body;
  if (body.length < teaserLength && item.link !== undefined) {
    try {
      const page = await deps.fetcher.fetch(item.link);
      if (page.status === 200 && sniffDocument(page.body, page.contentType) === 'page') {
        const article = extractPageArticle(page.body, page.url);
        if (article.text.length > body.length) text = article.text;
      }
    } catch {
      // The teaser is better than nothing: a refused or broken page leaves it as it is.
    }
  }
  if (text.trim() === '') return undefined;
  return {
    id: articleIdFor({ url: item.link, text }),
    source: feedTitle,
    title: item.title,
    text,
    ...(item.link !== undefined && { url: item.link }),
    ...(item.publishedAt !== undefined && { publishedAt: item.publishedAt }),
    ...(item.author !== undefined && { author: item.author }),
  };
}

async function isLocalPath(spec: string): Promise<boolean> {
  try {
    await stat(spec);
    return true;
  } catch {
    return false;
  }
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the input order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}
