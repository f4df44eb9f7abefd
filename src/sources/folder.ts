/**
 * A local folder (or one file) of articles as a source. `.txt` files may start with header
 * lines (`Title:`, `Source:`, `Published:`, `URL:`, `Author:`) ended by a blank line; `.json`
 * files hold `{ title, text, url?, publishedAt?, source? }`. Other files are skipped.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { SourceReadError } from './errors.js';
import { shortTitle } from './feed.js';

const HEADER = /^(title|source|published|url|author):\s*(.*)$/i;

export async function loadFolderArticles(path: string): Promise<Article[]> {
  const full = resolve(path);
  let files: string[];
  let sourceName: string;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      files = (await readdir(full)).sort().map((name) => join(full, name));
      sourceName = basename(full);
    } else {
      files = [full];
      sourceName = basename(dirname(full));
    }
  } catch (error) {
    throw new SourceReadError(`Cannot read ${path}: no such file or folder.`, { cause: error });
  }
  const articles: Article[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (ext !== '.txt' && ext !== '.json') continue;
    const raw = await readFile(file, 'utf8');
    const article =
      ext === '.txt' ? parseTextArticle(raw, sourceName) : parseJsonArticle(raw, sourceName, file);
    if (article) articles.push(article);
  }
  return articles;
}

/** The title of a header-less article: its first sentence, shortened to about 90 characters. */
export function titleFromText(text: string): string {
  return shortTitle(text);
}

/** A `.txt` article: optional headers, a blank line, then paragraphs. */
export function parseTextArticle(raw: string, defaultSource: string): Article | undefined {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headers = new Map<string, string>();
  let bodyStart = 0;
  while (bodyStart < lines.length && HEADER.test(lines[bodyStart] ?? '')) {
    const match = HEADER.exec(lines[bodyStart] ?? '');
    if (match?.[1]) headers.set(match[1].toLowerCase(), (match[2] ?? '').trim());
    bodyStart += 1;
  }
  // Headers only count when a blank line ends them; otherwise the text just starts that way.
  if (headers.size > 0 && (lines[bodyStart] ?? '').trim() !== '') {
    headers.clear();
    bodyStart = 0;
  }
  const text = lines
    .slice(bodyStart)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
  if (text === '') return undefined;
  return buildArticle({
    title: headers.get('title'),
    text,
    url: headers.get('url'),
    publishedAt: headers.get('published'),
    source: headers.get('source'),
    author: headers.get('author'),
    defaultSource,
  });
}

function parseJsonArticle(raw: string, defaultSource: string, file: string): Article | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new SourceReadError(`${basename(file)} is not valid JSON.`, { cause: error });
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const str = (key: string): string | undefined =>
    typeof record[key] === 'string' ? (record[key] as string) : undefined;
  const text = str('text')?.trim();
  if (!text) {
    throw new SourceReadError(`${basename(file)} is not an article: it needs at least "text".`);
  }
  return buildArticle({
    title: str('title'),
    text,
    url: str('url'),
    publishedAt: str('publishedAt'),
    source: str('source'),
    author: str('author'),
    defaultSource,
  });
}

function buildArticle(input: {
  title: string | undefined;
  text: string;
  url: string | undefined;
  publishedAt: string | undefined;
  source: string | undefined;
  author: string | undefined;
  defaultSource: string;
}): Article {
  const time = input.publishedAt ? Date.parse(input.publishedAt) : NaN;
  const url = input.url?.trim() || undefined;
  return {
    id: articleIdFor({ url, text: input.text }),
    ...(url === undefined ? {} : { url }),
    source: input.source?.trim() || input.defaultSource,
    title: input.title?.trim() || shortTitle(input.text),
    ...(Number.isNaN(time) ? {} : { publishedAt: new Date(time).toISOString() }),
    ...(input.author?.trim() ? { author: input.author.trim() } : {}),
    text: input.text,
  };
}
