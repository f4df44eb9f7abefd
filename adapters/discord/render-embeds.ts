/**
 * Digest → the exact Discord message payloads the bot posts. Pure: no client, no network, so
 * `newsdigest digest --format discord` prints the same payloads as a preview.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Article, Digest, Entity, Story } from '../../src/model.js';
import { groupEntities } from '../../src/render/entity-groups.js';
import { highlightEntities } from '../../src/render/highlight.js';
import { layoutEmbed, packMessages } from './embed-layout.js';
import { safeText } from './mentions.js';
import type { DiscordMessagePayload } from './payload.js';

export type { DiscordMessagePayload } from './payload.js';

/** The embed accent colour (a calm blue). */
export const embedColor = 0x3b82f6;

/** Entities listed per story; the summary bolds every one it names. */
const entitiesPerStory = 8;

export function renderDiscordMessages(digest: Digest): DiscordMessagePayload[] {
  const header = [`## ${safeText(digest.title)}`, discordTime(digest.generatedAt, 'f')];
  if (digest.stories.length === 0) {
    return packMessages([...header, 'Nothing new.'].join('\n'), []);
  }
  if (digest.topEntities.length > 0) {
    header.push(
      `**In the news:** ${digest.topEntities.map((entity) => safeText(entity.name)).join(', ')}`,
    );
  }
  const embeds = digest.stories.flatMap(storyEmbeds);
  const trailer =
    digest.omittedStories > 0
      ? `…and ${digest.omittedStories} more ${digest.omittedStories === 1 ? 'story' : 'stories'}.`
      : undefined;
  return packMessages(header.join('\n'), embeds, trailer);
}

/** A story: linked headline, summary with entities in bold, entity groups, sources and times. */
export function storyEmbeds(story: Story): APIEmbed[] {
  const url = story.articles.map((article) => article.url).find(isWebUrl);
  const newest = newestTime(story.articles);
  return layoutEmbed({
    title: safeText(story.headline),
    ...(url !== undefined && { url }),
    description: story.summary.map((sentence) => boldEntities(sentence.text, story.entities)),
    fields: [...entityFields(story.entities), sourcesField(story.articles)],
    ...(newest !== undefined && { timestamp: newest }),
    color: embedColor,
  });
}

/** Sentence text with each entity name or alias in bold; the rest escaped and inert. */
export function boldEntities(text: string, entities: readonly Entity[]): string {
  return highlightEntities(text, entities)
    .map((run) => (run.entity === undefined ? safeText(run.text) : `**${safeText(run.text)}**`))
    .join('');
}

/** People, organizations and places as inline fields. */
export function entityFields(entities: readonly Entity[]): APIEmbedField[] {
  return groupEntities(entities.slice(0, entitiesPerStory)).map((group) => ({
    name: group.label,
    value: group.names.map(safeText).join(', '),
    inline: true,
  }));
}

/** One line per article: its source (linked when it has a URL) and its time. */
export function sourcesField(articles: readonly Article[]): APIEmbedField {
  const lines = articles.map((article) => {
    const name = safeText(article.source || 'source');
    const label = isWebUrl(article.url) ? `[${name}](${linkTarget(article.url)})` : name;
    const time =
      article.publishedAt === undefined ? '' : ` · ${discordTime(article.publishedAt, 'f')}`;
    return `${label}${time}`;
  });
  return { name: articles.length === 1 ? 'Source' : 'Sources', value: lines.join('\n') };
}

/**
 * Discord's timestamp markup (`<t:SECONDS:STYLE>`) shows each reader the time in their own
 * timezone; an unparsable time is shown as given.
 */
export function discordTime(iso: string, style: 'f' | 'R' | 'd'): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? safeText(iso) : `<t:${Math.floor(ms / 1000)}:${style}>`;
}

export function isWebUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A URL inside `[text](url)`: parentheses and spaces encoded so the link cannot break out. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (char) => encodeURIComponent(char));
}

function newestTime(articles: readonly Article[]): string | undefined {
  const times = articles
    .map((article) => (article.publishedAt === undefined ? NaN : Date.parse(article.publishedAt)))
    .filter((ms) => !Number.isNaN(ms));
  return times.length === 0 ? undefined : new Date(Math.max(...times)).toISOString();
}
