import { InvalidInputError } from '../../src/errors.js';
import type { Article } from '../../src/model.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { extractPageArticle } from '../../src/sources/page.js';
import { urlIn } from './command-text.js';

/**
 * The article a `summarize` / `entities` command is about: a web page fetched through the
 * guarded fetcher (never directly), or the pasted text itself.
 */
export async function articleFromInput(input: string, fetcher: GuardedFetcher): Promise<Article> {
  const text = input.trim();
  if (text === '') throw new InvalidInputError('Give a URL or paste some text.');
  const url = urlIn(text);
  if (url === undefined) return { id: 'pasted', source: 'pasted text', title: '', text };
  const page = await fetcher.fetch(url);
  if (page.status !== 200) throw new InvalidInputError(`No content at ${url}.`);
  return extractPageArticle(page.body, page.url);
}
