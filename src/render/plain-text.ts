import type { Digest, Story } from '../model.js';
import { groupEntities } from './entity-groups.js';
import { formatTime } from './format-time.js';

/** A digest as plain text for a terminal or a log. */
export function renderPlainText(digest: Digest): string {
  const lines = [`${digest.title} — ${formatTime(digest.generatedAt)}`];
  if (digest.stories.length === 0) {
    lines.push('', 'Nothing new.');
    return lines.join('\n') + '\n';
  }
  if (digest.topEntities.length > 0) {
    lines.push(`In the news: ${digest.topEntities.map((entity) => entity.name).join(', ')}`);
  }
  digest.stories.forEach((story, position) => lines.push('', ...storyLines(story, position + 1)));
  if (digest.omittedStories > 0) lines.push('', `…and ${digest.omittedStories} more stories.`);
  return lines.join('\n') + '\n';
}

function storyLines(story: Story, number: number): string[] {
  const lines = [`${number}. ${story.headline}`];
  for (const sentence of story.summary) lines.push(`   ${sentence.text}`);
  for (const group of groupEntities(story.entities.slice(0, 8))) {
    lines.push(`   ${group.label}: ${group.names.join(', ')}`);
  }
  lines.push(`   Sources: ${sourceList(story)}`);
  return lines;
}

/** "Reuters (20 Nov 2026, 08:00 UTC), seeds" — each source once, with its article's time. */
export function sourceList(story: Story): string {
  return story.articles
    .map((article) =>
      article.publishedAt === undefined
        ? article.source
        : `${article.source} (${formatTime(article.publishedAt)})`,
    )
    .join('; ');
}
