/** One article's summary or entities as Discord messages (pure, like render-embeds). */
import type { Article, Entity, EntityType, Summary } from '../../src/model.js';
import { layoutEmbed, packMessages } from './embed-layout.js';
import { safeText } from './mentions.js';
import type { DiscordMessagePayload } from './payload.js';
import { boldEntities, embedColor, entityFields, isWebUrl, sourcesField } from './render-embeds.js';

export function renderSummaryMessages(
  article: Article,
  summary: Summary,
  entities: readonly Entity[],
): DiscordMessagePayload[] {
  return packMessages(
    undefined,
    layoutEmbed({
      title: safeText(article.title || 'Summary'),
      ...(isWebUrl(article.url) && { url: article.url }),
      description: summary.sentences.map((sentence) => boldEntities(sentence.text, entities)),
      fields: [
        ...entityFields(entities),
        ...(isWebUrl(article.url) ? [sourcesField([article])] : []),
      ],
      ...(article.publishedAt !== undefined && { timestamp: article.publishedAt }),
      color: embedColor,
    }),
  );
}

const typeLabels: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

/** Every entity, most salient first within its type, with its role and other names. */
export function renderEntityMessages(
  article: Article,
  entities: readonly Entity[],
): DiscordMessagePayload[] {
  if (entities.length === 0) {
    return packMessages('No people, organizations or places found in that article.', []);
  }
  const lines: string[] = [];
  for (const type of Object.keys(typeLabels) as EntityType[]) {
    const ofType = entities.filter((entity) => entity.type === type);
    if (ofType.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`__${typeLabels[type]}__`);
    for (const entity of ofType) lines.push(entityLine(entity));
  }
  return packMessages(
    undefined,
    layoutEmbed({
      title: safeText(article.title ? `Who and what: ${article.title}` : 'Who and what'),
      ...(isWebUrl(article.url) && { url: article.url }),
      description: lines,
      separator: '\n',
      fields: [],
      color: embedColor,
    }),
  );
}

function entityLine(entity: Entity): string {
  const role = entity.role === undefined ? '' : ` — ${safeText(entity.role)}`;
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  const also = aliases.length === 0 ? '' : ` (also ${aliases.map(safeText).join(', ')})`;
  const count = entity.mentions.length;
  const mentions = count === 0 ? '' : ` · ${count} mention${count === 1 ? '' : 's'}`;
  return `• **${safeText(entity.name)}**${role}${also}${mentions}`;
}
