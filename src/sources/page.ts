/** A web page → an article, with Mozilla's Readability on a linkedom document. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { htmlToText } from '../text/html-to-text.js';
import { NoArticleError } from './errors.js';

/** Readability is typed against the DOM lib; linkedom's document is shaped alike. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[itemprop="datePublished"]',
];

export function extractPageArticle(html: string, url: string): Article {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | undefined =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  // Read meta tags first: Readability mutates the document.
  const metaDate =
    DATE_META.map(meta).find((v) => v !== undefined) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const siteName = meta('meta[property="og:site_name"]');
  const metaAuthor = meta('meta[name="author"]');

  const parsed = new Readability(document as unknown as ReadabilityDocument).parse();
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  if (!parsed || text === '') throw new NoArticleError(url);
  const published = parsed.publishedTime ?? metaDate;
  const time = published ? Date.parse(published) : NaN;
  const byline = (parsed.byline ?? metaAuthor ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: articleIdFor({ url, text }),
    url,
    source: parsed.siteName?.trim() || siteName || new URL(url).hostname,
    title: (parsed.title ?? '').replace(/\s+/g, ' ').trim() || new URL(url).hostname,
    ...(Number.isNaN(time) ? {} : { publishedAt: new Date(time).toISOString() }),
    ...(byline === '' ? {} : { author: byline }),
    text,
  };
}
