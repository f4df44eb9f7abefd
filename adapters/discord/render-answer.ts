/** An answer to a question as Discord messages: each sentence quoted with its linked source. */
import type { Answer } from '../../src/ask/index.js';
import { layoutEmbed, packMessages } from './embed-layout.js';
import { safeText } from './mentions.js';
import type { DiscordMessagePayload } from './payload.js';
import { discordTime, embedColor, isWebUrl } from './render-embeds.js';

/** Sentences best first, each verbatim from its article, quoted with a link to it. */
export function renderAnswerMessages(question: string, answer: Answer): DiscordMessagePayload[] {
  if (answer.kind === 'none') return packMessages(safeText(answer.message), []);
  const lines = answer.items.map(({ text, ...article }) => {
    const name = safeText(article.source || article.title || 'source');
    const source = isWebUrl(article.url)
      ? `[${safeText(article.title || name)}](${article.url.replace(/[()\s]/g, encodeURIComponent)}) — ${name}`
      : `${safeText(article.title)} — ${name}`;
    const time =
      article.publishedAt === undefined ? '' : `, ${discordTime(article.publishedAt, 'd')}`;
    return `> ${safeText(text)}\n${source}${time}`;
  });
  return packMessages(
    answer.note === undefined ? undefined : safeText(answer.note),
    layoutEmbed({
      title: safeText(question),
      description: lines,
      separator: '\n\n',
      fields: [],
      color: embedColor,
    }),
  );
}
