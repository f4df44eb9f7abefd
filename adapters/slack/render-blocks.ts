import type { types } from '@slack/bolt';
import type { Digest, Story } from '../../src/model.js';
import { groupEntities } from '../../src/render/entity-groups.js';
import { formatTime } from '../../src/render/format-time.js';
import { highlightEntities } from '../../src/render/highlight.js';
import { chunkText } from './chunk-text.js';
import { escapeMrkdwn, mrkdwnBold, mrkdwnLink } from './escape.js';

/** One chat.postMessage body: Block Kit blocks and the plain `text` used in notifications. */
export interface SlackMessagePayload {
  text: string;
  blocks: types.KnownBlock[];
}

/** Slack's documented Block Kit limits. */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  fields: 10,
  fieldText: 2000,
  /** Slack truncates longer message `text`; the blocks carry the full content anyway. */
  fallbackText: 3000,
} as const;

/**
 * A digest as Slack messages: a header, a section per story (linked headline, summary with
 * entities in bold), a context line with sources and times, dividers. Long sections become
 * several sections and long digests several messages, never silently shortened. Pure: the CLI
 * prints exactly these payloads for `digest --format slack`.
 */
export function renderSlackMessages(digest: Digest): SlackMessagePayload[] {
  const intro: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: headerText(digest.title), emoji: false } },
    context([`${formatTime(digest.generatedAt)} · ${storyCount(digest.stories.length)}`]),
    ...topEntityBlocks(digest),
    { type: 'divider' },
  ];
  if (digest.stories.length === 0) {
    return [{ text: fallback(digest.title, []), blocks: [...intro, section('Nothing new.')] }];
  }
  const units: Unit[] = digest.stories.map((story) => ({ story, blocks: storyBlocks(story) }));
  if (digest.omittedStories > 0) {
    units.push({ blocks: [context([`…and ${storyCount(digest.omittedStories)} more.`])] });
  }
  return packMessages(digest.title, intro, units);
}

interface Unit {
  story?: Story;
  blocks: types.KnownBlock[];
}

/** Fills messages up to the block limit, keeping a story's blocks together where they fit. */
function packMessages(
  title: string,
  intro: types.KnownBlock[],
  units: Unit[],
): SlackMessagePayload[] {
  const messages: { blocks: types.KnownBlock[]; headlines: string[] }[] = [
    { blocks: [...intro], headlines: [] },
  ];
  const continuation = (): types.KnownBlock => context([`*${escapeMrkdwn(title)}* (continued)`]);
  for (const unit of units) {
    let current = messages[messages.length - 1]!;
    const fits = current.blocks.length + unit.blocks.length <= slackLimits.blocksPerMessage;
    if (!fits && current.blocks.length > 1) {
      current = { blocks: [continuation()], headlines: [] };
      messages.push(current);
    }
    for (const block of unit.blocks) {
      if (current.blocks.length >= slackLimits.blocksPerMessage) {
        current = { blocks: [continuation()], headlines: [] };
        messages.push(current);
      }
      current.blocks.push(block);
    }
    if (unit.story !== undefined) current.headlines.push(unit.story.headline);
  }
  return messages.map((message, index) => ({
    text: fallback(index === 0 ? title : `${title} (continued)`, message.headlines),
    blocks: message.blocks,
  }));
}

function storyBlocks(story: Story): types.KnownBlock[] {
  const url = story.articles.find((article) => article.url !== undefined)?.url;
  const summary = story.summary
    .map((sentence) =>
      highlightEntities(sentence.text, story.entities)
        .map((run) => (run.entity === undefined ? escapeMrkdwn(run.text) : mrkdwnBold(run.text)))
        .join(''),
    )
    .join(' ');
  const body = `*${mrkdwnLink(url, story.headline)}*${summary === '' ? '' : `\n${summary}`}`;
  const sources = story.articles.map((article) => {
    const name = mrkdwnLink(article.url, article.source);
    return article.publishedAt === undefined
      ? name
      : `${name} · ${formatTime(article.publishedAt)}`;
  });
  return [
    ...chunkText(body, slackLimits.sectionText).map(section),
    ...contextBlocks(sources),
    { type: 'divider' },
  ];
}

/** "People / Organizations / Places" of the whole digest as section fields. */
function topEntityBlocks(digest: Digest): types.KnownBlock[] {
  const groups = groupEntities(digest.topEntities);
  if (groups.length === 0) return [];
  return [
    {
      type: 'section',
      fields: groups.slice(0, slackLimits.fields).map((group) => ({
        type: 'mrkdwn' as const,
        text: fieldText(group.label, group.names),
      })),
    },
  ];
}

/** A field lists as many names as fit and says how many more there are. */
function fieldText(label: string, names: string[]): string {
  let text = `*${label}*`;
  for (const [index, name] of names.entries()) {
    const next = `${text}${index === 0 ? '\n' : ', '}${escapeMrkdwn(name)}`;
    const remaining = names.length - index - 1;
    if (next.length + (remaining > 0 ? 20 : 0) > slackLimits.fieldText) {
      return `${text} and ${names.length - index} more`;
    }
    text = next;
  }
  return text;
}

/**
 * Sources of a story as context blocks within the element and text limits. Items are packed
 * whole (a link cut in two would show as raw syntax); only a single oversized item is chunked.
 */
function contextBlocks(items: string[]): types.KnownBlock[] {
  const pieces: string[] = [];
  for (const item of items.flatMap((text) => chunkText(text, slackLimits.sectionText))) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.length + 3 + item.length <= slackLimits.sectionText) {
      pieces[pieces.length - 1] = `${last} | ${item}`;
    } else {
      pieces.push(item);
    }
  }
  const blocks: types.KnownBlock[] = [];
  for (let start = 0; start < pieces.length; start += slackLimits.contextElements) {
    blocks.push(context(pieces.slice(start, start + slackLimits.contextElements)));
  }
  return blocks;
}

function context(texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text })) };
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function headerText(title: string): string {
  const text = title.trim() === '' ? 'News digest' : title.trim();
  return text.length <= slackLimits.headerText
    ? text
    : `${text.slice(0, slackLimits.headerText - 1)}…`;
}

/** Plain fallback for notifications and clients without Block Kit; escaped like everything else. */
function fallback(title: string, headlines: string[]): string {
  const text = headlines.length === 0 ? title : `${title}: ${headlines.join(' · ')}`;
  const escaped = escapeMrkdwn(text);
  return escaped.length <= slackLimits.fallbackText
    ? escaped
    : `${chunkText(escaped, slackLimits.fallbackText - 1)[0] ?? ''}…`;
}

function storyCount(count: number): string {
  return count === 1 ? '1 story' : `${count} stories`;
}
