/**
 * Feed documents → plain items. RSS 0.9x/2.0, Atom 0.3/1.0, RSS 1.0 (RDF) and JSON Feed are
 * parsed by feedsmith; this module only picks the fields the engine uses and turns their HTML
 * into text. XML goes through the entity guard first.
 */
import { parseFeed } from 'feedsmith';
import { htmlToText } from '../text/html-to-text.js';
import { FeedParseError } from './errors.js';
import { assertSafeXml } from './xml-guard.js';

export interface FeedItem {
  title: string;
  link?: string;
  /** ISO 8601. */
  publishedAt?: string;
  author?: string;
  /** Text (HTML removed). */
  summary?: string;
  /** Text (HTML removed): the full body when the feed carries one. */
  content?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  link?: string;
  items: FeedItem[];
}

/** Feeds with more items than this are cut (newest usually come first). */
const MAX_ITEMS = 500;
const TITLE_LENGTH = 90;

/** Parses a feed document. `baseUrl` (the feed's URL) resolves relative item links. */
export function parseFeedDocument(text: string, baseUrl?: string): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('{')) assertSafeXml(trimmed);
  let parsed: ReturnType<typeof parseFeed<string>>;
  try {
    parsed = parseFeed<string>(trimmed, { maxItems: MAX_ITEMS });
  } catch (error) {
    throw new FeedParseError(
      'That feed could not be read: it is not valid RSS, Atom or JSON Feed.',
      {
        cause: error,
        detail: `feed parse failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    );
  }
  const link = (href: string | undefined): string | undefined => resolveLink(href, baseUrl);
  const items: (FeedItem | undefined)[] = [];
  let title: string | undefined;
  let home: string | undefined;

  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed;
      title = feed.title;
      home = link(feed.link);
      for (const item of feed.items ?? []) {
        const guid = 'guid' in item ? item.guid : undefined;
        const permalink =
          guid && guid.isPermaLink !== false && /^https?:/i.test(guid.value ?? '')
            ? guid.value
            : undefined;
        const authors = 'authors' in item ? item.authors : undefined;
        items.push(
          makeItem({
            title: item.title,
            link: link(item.link ?? permalink),
            date: ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0],
            author: authors?.[0]?.name ?? authors?.[0]?.email ?? item.dc?.creators?.[0],
            summaryHtml: item.description,
            contentHtml: item.content?.encoded,
          }),
        );
      }
      break;
    }
    case 'atom': {
      const feed = parsed.feed;
      title = feed.title?.value;
      home = link(pickAtomLink(feed.links));
      for (const entry of feed.entries ?? []) {
        items.push(
          makeItem({
            title: entry.title?.value,
            link: link(pickAtomLink(entry.links)),
            date: entry.published ?? entry.updated,
            author: entry.authors?.[0]?.name ?? entry.dc?.creators?.[0],
            summaryHtml: entry.summary?.value,
            contentHtml: entry.content?.value,
          }),
        );
      }
      break;
    }
    case 'json': {
      const feed = parsed.feed;
      title = feed.title;
      home = link(feed.home_page_url);
      for (const item of feed.items ?? []) {
        items.push(
          makeItem({
            title: item.title,
            link: link(item.url ?? item.external_url),
            date: item.date_published ?? item.date_modified,
            author: item.authors?.[0]?.name,
            summaryHtml: item.summary === undefined ? undefined : escapeText(item.summary),
            contentHtml:
              item.content_html ??
              (item.content_text === undefined ? undefined : escapeText(item.content_text)),
          }),
        );
      }
      break;
    }
  }

  return {
    format: parsed.format,
    title: clean(title ?? '') || (home ? new URL(home).hostname : '') || 'Untitled feed',
    ...(home === undefined ? {} : { link: home }),
    items: items.filter((item): item is FeedItem => item !== undefined),
  };
}

interface RawItem {
  title: string | undefined;
  link: string | undefined;
  date: string | undefined;
  author: string | undefined;
  summaryHtml: string | undefined;
  contentHtml: string | undefined;
}

function makeItem(raw: RawItem): FeedItem | undefined {
  const summary = raw.summaryHtml === undefined ? '' : htmlToText(raw.summaryHtml);
  const content = raw.contentHtml === undefined ? '' : htmlToText(raw.contentHtml);
  // Titles may carry escaped markup ("A &amp; B", "<b>x</b>"); they are one line of text.
  let title = clean(raw.title === undefined ? '' : htmlToText(raw.title));
  if (title === '') title = shortTitle(summary || content);
  if (title === '' && raw.link === undefined) return undefined;
  const publishedAt = toIso(raw.date);
  const author = clean(raw.author ?? '');
  return {
    title: title || raw.link || '',
    ...(raw.link === undefined ? {} : { link: raw.link }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(author === '' ? {} : { author }),
    ...(summary === '' ? {} : { summary }),
    ...(content === '' ? {} : { content }),
  };
}

function pickAtomLink(
  links: readonly { href?: string; rel?: string }[] | undefined,
): string | undefined {
  if (!links) return undefined;
  const alternate = links.find((l) => l.rel === undefined || l.rel === 'alternate');
  return (alternate ?? links[0])?.href;
}

/** Absolute http(s) links only: a feed cannot make us follow javascript: or file: links. */
function resolveLink(href: string | undefined, baseUrl: string | undefined): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function toIso(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .split(/\n\s*\n/)
    .map((p) => `<p>${p}</p>`)
    .join('');
}

/** The first sentence, cut at a word boundary to about 90 characters. */
export function shortTitle(text: string): string {
  const flat = clean(text);
  const sentence = firstSentence(flat);
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut.slice(0, TITLE_LENGTH)).replace(/[,;:]$/, '')}…`;
}

/** Initials ("U.S") and common titles do not end a sentence. */
const NOT_AN_END =
  /(?:^|\s)(?:(?:[A-Za-z]\.)*[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Prof|No|Inc|Co|Ltd|vs)$/;

function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?](?=\s+["“‘(]?[A-Z0-9])/g)) {
    const before = text.slice(0, match.index);
    if (match[0] === '.' && NOT_AN_END.test(before)) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}
