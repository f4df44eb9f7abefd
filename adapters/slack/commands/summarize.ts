import { extractEntities } from '../../../src/entities/extract.js';
import { summarizeArticle } from '../../../src/summarize/summarize-article.js';
import { articleFromInput } from '../article-input.js';
import type { RequestContext } from '../bot-deps.js';
import type { SlackMessagePayload } from '../render-blocks.js';
import { entitiesReply, summaryReply } from '../replies.js';

/** `summarize <url|text>`: the article's key sentences, verbatim. */
export async function summarizeCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  const article = await articleFromInput(args, context.deps.fetcher);
  return summaryReply(article, summarizeArticle(article, { sentences: 3 }));
}

/** `entities <url|text>`: the people, organizations and places it names. */
export async function entitiesCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  const article = await articleFromInput(args, context.deps.fetcher);
  const entities = extractEntities(article.text, { title: article.title }).slice(0, 20);
  return entitiesReply(article, entities);
}
