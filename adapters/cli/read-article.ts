import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { InvalidInputError } from '../../src/errors.js';
import type { Article } from '../../src/model.js';
import { loadFolderArticles } from '../../src/sources/folder.js';
import { extractPageArticle } from '../../src/sources/page.js';
import type { CliContext } from './context.js';

/** One article for `summarize` / `entities`: from a file, from stdin (`-`) or from a web page. */
export async function readArticle(
  context: CliContext,
  file: string | undefined,
  url: string | undefined,
): Promise<Article> {
  if (url !== undefined) {
    if (file !== undefined) throw new InvalidInputError('Give either a FILE or --url, not both.');
    const page = await context.withFetcher((fetcher) => fetcher.fetch(url));
    if (page.status !== 200) throw new InvalidInputError(`No content at ${url}.`);
    return extractPageArticle(page.body, page.url);
  }
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) {
      throw new InvalidInputError('Give a FILE, - for standard input, or --url URL.');
    }
    return { id: 'stdin', source: 'stdin', title: '', text: await text(process.stdin) };
  }
  try {
    await readFile(file, { flag: 'r' }).then(() => undefined);
  } catch {
    throw new InvalidInputError(`Cannot read ${file}.`);
  }
  const [article] = await loadFolderArticles(path.resolve(file));
  if (article === undefined) throw new InvalidInputError(`${file} holds no article.`);
  return article;
}
