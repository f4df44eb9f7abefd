import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { htmlToText } from '../text/html-to-text.js';
import { NoArticleError } from './errors.js';

/** Meta tags that carry a page's publication time, most specific first. */
const publishedMeta = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[property="og:updated_time"]',
];

/**
 * A web page → an Article: Mozilla's Readability finds the article body (dropping navigation,
 * ads and comments) on a linkedom document, and htmlToText turns that body into clean text.
 */
export function extractPageArticle(html: string, url: string): Article {
  const { document } = parseHTML(html);
  const published = publishedTime(document);
  const siteName = metaContent(document, 'meta[property="og:site_name"]');
  const parsed = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 200,
    },
  ).parse();
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  if (parsed === null || text.trim() === '') {
    throw new NoArticleError(url);
  }
  const title =
    (parsed.title ?? '').trim() || (metaContent(document, 'meta[property="og:title"]') ?? url);
  return {
    id: articleIdFor({ url, text }),
    url,
    source: siteName ?? parsed.siteName ?? new URL(url).hostname.replace(/^www\./, ''),
    title,
    text,
    ...(published !== undefined && { publishedAt: published }),
    ...(parsed.byline ? { author: parsed.byline.trim() } : {}),
  };
}

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

function metaContent(document: QueryableDocument, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute('content')?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function publishedTime(document: QueryableDocument): string | undefined {
  for (const selector of publishedMeta) {
    const value = metaContent(document, selector);
    const time = value === undefined ? Number.NaN : Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return undefined;
}
