/** Decides what a fetched document is: a feed, an HTML page, or neither. */

export type DocumentKind = 'feed' | 'page' | 'other';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
  'text/rss+xml',
  'text/atom+xml',
]);

/** The body wins over the Content-Type: many servers label feeds text/html or text/plain. */
export function sniffDocument(body: string, contentType: string): DocumentKind {
  const head = body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024);
  if (/^[{[]/.test(head)) {
    return /jsonfeed\.org\/version/i.test(head) || contentType === 'application/feed+json'
      ? 'feed'
      : 'other';
  }
  const start = head.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\s)*/, '');
  if (/^<(?:rss|feed|rdf:RDF|RDF)[\s>]/i.test(start)) return 'feed';
  if (/^<!DOCTYPE\s+(?:rss|feed|rdf)/i.test(start)) return 'feed';
  if (/^<!DOCTYPE\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return 'page';
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return 'page';
  if (FEED_TYPES.has(contentType) && start.startsWith('<')) return 'feed';
  return 'other';
}
