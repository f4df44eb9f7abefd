/**
 * One entry point for every kind of source: a local folder or file, a feed URL, a page URL.
 * Feed items that carry only a teaser get their linked page fetched (through the same guarded
 * fetcher) and extracted; one item failing never fails the feed.
 */
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { UnsupportedContentError } from './errors.js';
import { parseFeedDocument, type FeedItem, type ParsedFeed } from './feed.js';
import { loadFolderArticles } from './folder.js';
import type { ConditionalRequest, GuardedFetcher } from './guarded-fetch.js';
import { extractPageArticle } from './page.js';
import { sniffDocument } from './sniff.js';

/** Below this many characters of text a feed item is a teaser, not the article. */
const TEASER_CHARS = 400;
/** Linked pages fetched at once for teaser items. */
const PAGE_CONCURRENCY = 4;

export interface SourceDeps {
  fetcher: GuardedFetcher;
}

export async function loadSource(spec: string, deps: SourceDeps): Promise<Article[]> {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.trim())) return loadFolderArticles(spec);
  const result = await deps.fetcher.fetch(spec.trim());
  if (result.status === 304) return [];
  const kind = sniffDocument(result.body, result.contentType);
  if (kind === 'feed') return feedArticles(parseFeedDocument(result.body, result.url), deps);
  if (kind === 'page') return [extractPageArticle(result.body, result.url)];
  throw new UnsupportedContentError(result.contentType);
}

export interface FeedFetchResult {
  /** 304: nothing changed since the validators. */
  notModified: boolean;
  articles: Article[];
  etag?: string;
  lastModified?: string;
}

/**
 * One conditional fetch of a feed. The caller (the scheduler's feed poller) keeps the
 * validators and the failure count; errors propagate so it can back off and pause.
 */
export async function fetchSource(
  url: string,
  deps: SourceDeps,
  validators: ConditionalRequest = {},
): Promise<FeedFetchResult> {
  const result = await deps.fetcher.fetch(url, validators);
  if (result.status === 304) return { notModified: true, articles: [] };
  if (sniffDocument(result.body, result.contentType) !== 'feed') {
    throw new UnsupportedContentError(result.contentType);
  }
  const articles = await feedArticles(parseFeedDocument(result.body, result.url), deps);
  return {
    notModified: false,
    articles,
    ...(result.etag !== undefined && { etag: result.etag }),
    ...(result.lastModified !== undefined && { lastModified: result.lastModified }),
  };
}

async function feedArticles(feed: ParsedFeed, deps: SourceDeps): Promise<Article[]> {
  const articles: Article[] = [];
  for (let i = 0; i < feed.items.length; i += PAGE_CONCURRENCY) {
    const batch = feed.items.slice(i, i + PAGE_CONCURRENCY);
    const done = await Promise.all(batch.map((item) => itemArticle(item, feed.title, deps)));
    for (const article of done) if (article) articles.push(article);
  }
  return articles;
}

async function itemArticle(
  item: FeedItem,
  source: string,
  deps: SourceDeps,
): Promise<Article | undefined> {
  let text = item.content ?? '';
  if ((item.summary ?? '').length > text.length) text = item.summary ?? '';
  if (text.length < TEASER_CHARS && item.link !== undefined) {
    try {
      const page = await deps.fetcher.fetch(item.link);
      if (page.status === 200 && sniffDocument(page.body, page.contentType) === 'page') {
        const extracted = extractPageArticle(page.body, page.url);
        if (extracted.text.length > text.length) text = extracted.text;
      }
    } catch {
      // The teaser stands in for the article: one unreachable page never fails the feed.
    }
  }
  if (text === '') text = item.title;
  return {
    id: articleIdFor({ url: item.link, text }),
    ...(item.link === undefined ? {} : { url: item.link }),
    source,
    title: item.title,
    ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
    ...(item.author === undefined ? {} : { author: item.author }),
    text,
  };
}
