import { InvalidInputError } from '../../src/errors.js';
import type { Article } from '../../src/model.js';
import { extractPageArticle } from '../../src/sources/page.js';
import type { BotContext } from './bot-context.js';

export type ArticleInput = { url: string } | { text: string };

/** Exactly one of `url:` and `text:`; checked before deferring so the refusal is instant. */
export function articleInput(url: string | null, text: string | null): ArticleInput {
  const cleanUrl = url?.trim() ?? '';
  const cleanText = text?.trim() ?? '';
  if (cleanUrl !== '' && cleanText !== '') {
    throw new InvalidInputError('Give either url: or text:, not both.');
  }
  if (cleanUrl !== '') return { url: cleanUrl };
  if (cleanText !== '') return { text: cleanText };
  throw new InvalidInputError('Give the article as url: (a web page) or text:.');
}

/** A web page goes through the guarded fetcher (the SSRF policy), then the page extractor. */
export async function loadArticle(context: BotContext, input: ArticleInput): Promise<Article> {
  if ('text' in input)
    return { id: 'discord-text', source: 'your text', title: '', text: input.text };
  const page = await context.fetcher.fetch(input.url);
  if (page.status !== 200) throw new InvalidInputError('That page returned no content.');
  return extractPageArticle(page.body, page.url);
}
