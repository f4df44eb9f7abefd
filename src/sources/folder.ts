import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import type { Article } from '../model.js';
import { articleIdFor } from '../store/article-id.js';
import { segmentSentences } from '../text/segment.js';

/** Files a folder source reads; anything else (README.md, images) is not an article. */
const articleExtensions = new Set(['.txt', '.json']);
const headerNames = {
  title: 'title',
  source: 'source',
  published: 'publishedAt',
  url: 'url',
  author: 'author',
} as const;
const maxTitleLength = 90;

const jsonArticleSchema = z.object({
  title: z.string().optional(),
  text: z.string().min(1),
  url: z.url().optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  source: z.string().min(1).optional(),
  author: z.string().optional(),
});

/**
 * A local folder (or one file) of articles is a source. `.txt` files may start with header
 * lines (`Title:`, `Source:`, `Published:`, `URL:`, `Author:`) ended by a blank line; without
 * them the title is the first sentence and the source is the folder's name. `.json` files hold
 * `{title, text, url?, publishedAt?, source?}`. Articles come back in file-name order.
 */
export async function loadFolderArticles(location: string): Promise<Article[]> {
  let files: string[];
  try {
    files = (await stat(location)).isDirectory()
      ? (await readdir(location))
          .filter((name) => articleExtensions.has(path.extname(name).toLowerCase()))
          .sort()
          .map((name) => path.join(location, name))
      : [location];
  } catch {
    throw new InvalidInputError(`Cannot read ${location}: no such file or folder.`);
  }
  const folderName = path.basename(path.dirname(files[0] ?? location));
  const articles: Article[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    const article =
      path.extname(file).toLowerCase() === '.json'
        ? parseJsonArticle(content, file, folderName)
        : parseTextArticle(content, folderName);
    if (article !== undefined) articles.push(article);
  }
  return articles;
}

/** A `.txt` article; undefined when it holds no text. */
export function parseTextArticle(content: string, defaultSource: string): Article | undefined {
  const fields: Partial<Record<(typeof headerNames)[keyof typeof headerNames], string>> = {};
  let body = content.replace(/^\uFEFF/, '');
  const header = /^([A-Za-z]+):[ \t]*(.*)\r?\n/;
  for (let match = header.exec(body); match !== null; match = header.exec(body)) {
    const name = headerNames[match[1]!.toLowerCase() as keyof typeof headerNames];
    if (name === undefined) break;
    fields[name] = match[2]!.trim();
    body = body.slice(match[0].length);
  }
  const text = body.trim();
  if (text === '') return undefined;
  return buildArticle({ ...fields, text }, defaultSource);
}

function parseJsonArticle(
  content: string,
  file: string,
  defaultSource: string,
): Article | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new InvalidInputError(`${path.basename(file)} is not valid JSON.`);
  }
  const parsed = jsonArticleSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidInputError(
      `${path.basename(file)} is not an article: it needs at least "text".`,
    );
  }
  return buildArticle(parsed.data, defaultSource);
}

function buildArticle(
  fields: {
    text: string;
    title?: string | undefined;
    source?: string | undefined;
    publishedAt?: string | undefined;
    url?: string | undefined;
    author?: string | undefined;
  },
  defaultSource: string,
): Article {
  const publishedAt = fields.publishedAt === undefined ? undefined : new Date(fields.publishedAt);
  return {
    id: articleIdFor({ url: fields.url, text: fields.text }),
    source: fields.source ?? defaultSource,
    title: fields.title ?? titleFromText(fields.text),
    text: fields.text,
    ...(fields.url !== undefined && { url: fields.url }),
    ...(publishedAt !== undefined &&
      !Number.isNaN(publishedAt.getTime()) && { publishedAt: publishedAt.toISOString() }),
    ...(fields.author !== undefined && { author: fields.author }),
  };
}

/** The first sentence, cut at a word boundary when it is longer than a headline. */
export function titleFromText(text: string): string {
  const first = segmentSentences(text)[0]?.text ?? text.trim();
  if (first.length <= maxTitleLength) return first;
  const cut = first.slice(0, maxTitleLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
