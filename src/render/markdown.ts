import type { Digest, Story } from '../model.js';
import { groupEntities } from './entity-groups.js';
import { formatTime } from './format-time.js';
import { highlightEntities } from './highlight.js';
import { sourceList } from './plain-text.js';

/** A digest as CommonMark: linked headlines and entity names in bold. */
export function renderMarkdown(digest: Digest): string {
  const parts = [`# ${escapeMarkdown(digest.title)}`, `_${formatTime(digest.generatedAt)}_`];
  if (digest.stories.length === 0) {
    parts.push('Nothing new.');
    return parts.join('\n\n') + '\n';
  }
  if (digest.topEntities.length > 0) {
    parts.push(
      `**In the news:** ${digest.topEntities.map((entity) => escapeMarkdown(entity.name)).join(', ')}`,
    );
  }
  for (const story of digest.stories) parts.push(storyMarkdown(story));
  if (digest.omittedStories > 0) parts.push(`…and ${digest.omittedStories} more stories.`);
  return parts.join('\n\n') + '\n';
}

function storyMarkdown(story: Story): string {
  const url = story.articles.find((article) => article.url !== undefined)?.url;
  const headline = escapeMarkdown(story.headline);
  const lines = [url === undefined ? `## ${headline}` : `## [${headline}](<${url}>)`, ''];
  const summary = story.summary
    .map((sentence) =>
      highlightEntities(sentence.text, story.entities)
        .map((run) =>
          run.entity === undefined ? escapeMarkdown(run.text) : `**${escapeMarkdown(run.text)}**`,
        )
        .join(''),
    )
    .join(' ');
  lines.push(summary, '');
  for (const group of groupEntities(story.entities.slice(0, 8))) {
    lines.push(`- ${group.label}: ${group.names.map(escapeMarkdown).join(', ')}`);
  }
  lines.push(`- Sources: ${escapeMarkdown(sourceList(story))}`);
  return lines.join('\n');
}

/** Article text is data, never markup: emphasis, links, code and HTML are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}
