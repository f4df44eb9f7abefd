import { buildDigest } from '../../../src/digest/build-digest.js';
import { NotFoundError } from '../../../src/errors.js';
import { describeSchedule, getSubscription } from '../../../src/subscriptions/index.js';
import type { RequestContext } from '../bot-deps.js';
import { renderSlackMessages, type SlackMessagePayload } from '../render-blocks.js';

/** How many recent stored articles a digest is built from. */
const recentArticles = 500;

/** `digest [topic]`: a digest of the stored articles, optionally about one topic. */
export async function digestCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  const topic = args.trim();
  const articles = await context.deps.store.listArticles({ limit: recentArticles });
  if (articles.length === 0) throw new NotFoundError('There are no stored articles yet.');
  const digest = buildDigest(articles, {
    title: topic === '' ? 'News digest' : `News about ${topic}`,
    now: context.deps.clock.now(),
    ...(topic !== '' && { topic }),
  });
  if (digest.stories.length === 0 && topic !== '') {
    throw new NotFoundError(`No stored stories about ${topic}.`);
  }
  return renderSlackMessages(digest);
}

/** `preview <id>`: what the subscription would post now, from the stored articles. */
export async function previewCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  const actor = { platform: 'slack' as const, workspaceId: context.teamId };
  const subscription = await getSubscription(context.deps, actor, args);
  const articles = await context.deps.store.listArticles({
    sources: subscription.sources,
    limit: recentArticles,
  });
  const digest = buildDigest(articles, {
    title: `Preview of ${subscription.id} (${describeSchedule(subscription)})`,
    now: context.deps.clock.now(),
    sentences: subscription.options.sentences,
    maxStories: subscription.options.maxStories,
    keywords: subscription.options.keywords,
  });
  return renderSlackMessages(digest);
}
