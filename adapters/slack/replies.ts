import type { types } from '@slack/bolt';
import type { Answer } from '../../src/ask/index.js';
import type { Article, Entity, Subscription, Summary } from '../../src/model.js';
import { groupEntities } from '../../src/render/entity-groups.js';
import { formatTime } from '../../src/render/format-time.js';
import { chunkText } from './chunk-text.js';
import { escapeMrkdwn, mrkdwnLink } from './escape.js';
import { slackLimits, type SlackMessagePayload } from './render-blocks.js';

/**
 * Replies to commands and questions as Slack messages. Everything that came from an article or
 * a user is escaped; long replies become several sections (and messages), never cut short.
 */
export function textReply(fallback: string, mrkdwn: string): SlackMessagePayload[] {
  const sections: types.KnownBlock[] = chunkText(mrkdwn, slackLimits.sectionText).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
  const messages: SlackMessagePayload[] = [];
  for (let start = 0; start < sections.length; start += slackLimits.blocksPerMessage) {
    messages.push({
      text: escapeMrkdwn(fallback),
      blocks: sections.slice(start, start + slackLimits.blocksPerMessage),
    });
  }
  return messages.length > 0 ? messages : [{ text: escapeMrkdwn(fallback), blocks: [] }];
}

export function errorReply(userMessage: string): SlackMessagePayload {
  return { text: `:warning: ${escapeMrkdwn(userMessage)}`, blocks: [] };
}

function articleTitle(article: Pick<Article, 'title' | 'url'>, fallback: string): string {
  return `*${mrkdwnLink(article.url, article.title.trim() === '' ? fallback : article.title)}*`;
}

export function summaryReply(article: Article, summary: Summary): SlackMessagePayload[] {
  const lines = [
    articleTitle(article, 'Summary'),
    ...summary.sentences.map((sentence) => `• ${escapeMrkdwn(sentence.text)}`),
  ];
  return textReply(`Summary: ${article.title}`, lines.join('\n'));
}

export function entitiesReply(article: Article, entities: Entity[]): SlackMessagePayload[] {
  if (entities.length === 0) {
    return textReply('No entities found', 'No people, organizations or places found.');
  }
  const lines = [articleTitle(article, 'Entities')];
  for (const group of groupEntities(entities)) {
    lines.push(`*${group.label}:* ${group.names.map(escapeMrkdwn).join(', ')}`);
  }
  return textReply(`Entities: ${article.title}`, lines.join('\n'));
}

/** An answer: the answering sentences, each followed by the article it came from. */
export function answerReply(answer: Answer): SlackMessagePayload[] {
  if (answer.kind === 'none') return textReply(answer.message, escapeMrkdwn(answer.message));
  const lines = answer.items.map((item) => {
    const when = item.publishedAt === undefined ? '' : `, ${formatTime(item.publishedAt)}`;
    const title = item.title.trim() === '' ? item.source : item.title;
    const source = `${mrkdwnLink(item.url, title)} (${escapeMrkdwn(item.source)}${when})`;
    return `> ${escapeMrkdwn(item.text).replace(/\n/g, ' ')}\n— ${source}`;
  });
  if (answer.note !== undefined) lines.unshift(escapeMrkdwn(answer.note));
  return textReply(answer.note ?? answer.items[0]?.text ?? 'Answer', lines.join('\n\n'));
}

export interface SubscriptionLine {
  subscription: Subscription;
  schedule: string;
}

export function subscriptionsReply(lines: SubscriptionLine[]): SlackMessagePayload[] {
  if (lines.length === 0) {
    return textReply(
      'No subscriptions',
      'This workspace has no subscriptions yet. Add one with `/newsdigest subscribe <feed-url> <cron> [timezone]`.',
    );
  }
  const rows = lines.map(({ subscription, schedule }) => {
    const status = subscription.status === 'active' ? '' : ` — _${subscription.status}_`;
    return (
      `\`${subscription.id}\` <#${subscription.channelId}> ${escapeMrkdwn(schedule)}${status}\n` +
      `    ${subscription.sources.map(escapeMrkdwn).join(', ')}`
    );
  });
  return textReply(`${lines.length} subscriptions`, rows.join('\n'));
}

export function subscribedReply(
  subscription: Subscription,
  schedule: string,
  nextRuns: Date[],
): SlackMessagePayload[] {
  const next = nextRuns.map((run) => formatTime(run.toISOString())).join(', ');
  return textReply(
    `Subscribed: ${subscription.id}`,
    [
      `:white_check_mark: Subscription \`${subscription.id}\`: ${escapeMrkdwn(subscription.sources.join(', '))}`,
      `Posts to <#${subscription.channelId}> ${escapeMrkdwn(schedule)}.`,
      next === '' ? '' : `Next: ${next}.`,
      'Make sure the app is in this channel (`/invite @newsdigest`), or deliveries pause.',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
}

export const helpText = [
  '*/newsdigest* — news summaries and digests',
  '`summarize <url|text>` — the key sentences of an article',
  '`entities <url|text>` — people, organizations and places it names',
  '`digest [topic]` — a digest of the stored articles, optionally about a topic',
  '`ask <question>` — an answer from the stored articles, with sources',
  '`subscribe <feed-url> <cron> [timezone]` — post a digest here on a schedule (workspace admins), e.g. `subscribe https://example.org/feed.xml "0 8 * * 1-5" Europe/Berlin`',
  '`list` — this workspace’s subscriptions',
  '`preview <id>` — what a subscription would post now (only you see it)',
  '`unsubscribe <id>` — remove a subscription (workspace admins, or whoever created it)',
  'You can also mention me or send me a direct message with a question.',
].join('\n');

export function helpReply(): SlackMessagePayload[] {
  return textReply('newsdigest help', helpText);
}
