import type { APIEmbed, APIEmbedField } from 'discord.js';
import { discordLimits as limits } from './limits.js';
import { noMentions, type DiscordMessagePayload } from './payload.js';

/** An embed before Discord's limits are applied; every string is already safe to show. */
export interface EmbedSpec {
  title: string;
  url?: string;
  /** Paragraph pieces (sentences, lines), joined by `separator`; a long text splits between them. */
  description: string[];
  separator?: string;
  fields: APIEmbedField[];
  /** ISO time shown by Discord in the reader's timezone. */
  timestamp?: string;
  footer?: string;
  color?: number;
}

/**
 * One logical embed → as many Discord embeds as its content needs: an over-long description
 * or too many fields continue in further embeds instead of being cut.
 */
export function layoutEmbed(spec: EmbedSpec): APIEmbed[] {
  const color = spec.color === undefined ? {} : { color: spec.color };
  const chunks = packPieces(spec.description, spec.separator ?? ' ', limits.description);
  const first: APIEmbed = {
    title: shorten(spec.title, limits.title),
    ...(spec.url !== undefined && { url: spec.url }),
    ...(chunks[0] !== undefined && { description: chunks[0] }),
    ...color,
  };
  const embeds: APIEmbed[] = [
    first,
    ...chunks.slice(1).map((description) => ({ description, ...color })),
  ];
  const footer = spec.footer === undefined ? undefined : shorten(spec.footer, limits.footer);
  const reserve = footer?.length ?? 0;
  for (const field of spec.fields.flatMap(splitField)) {
    let last = embeds[embeds.length - 1] as APIEmbed;
    const fieldCount = last.fields?.length ?? 0;
    if (
      fieldCount >= limits.fields ||
      embedSize(last) + field.name.length + field.value.length + reserve > limits.embedTotal
    ) {
      last = { fields: [], ...color };
      embeds.push(last);
    }
    last.fields = [...(last.fields ?? []), field];
  }
  const last = embeds[embeds.length - 1] as APIEmbed;
  if (spec.timestamp !== undefined) last.timestamp = spec.timestamp;
  if (footer !== undefined) last.footer = { text: footer };
  return embeds;
}

/**
 * Header text and embeds → messages within Discord's limits: content up to 2,000 characters,
 * at most 10 embeds and 6,000 embed characters per message. Every message parses no mentions.
 */
export function packMessages(
  content: string | undefined,
  embeds: APIEmbed[],
  trailer?: string,
): DiscordMessagePayload[] {
  const messages: DiscordMessagePayload[] = packPieces(
    content === undefined || content === '' ? [] : content.split('\n'),
    '\n',
    limits.content,
  ).map((text) => ({ content: text, allowed_mentions: noMentions }));
  let current: DiscordMessagePayload | undefined = messages[messages.length - 1];
  let currentSize = 0;
  for (const embed of embeds) {
    const size = embedSize(embed);
    const group = current?.embeds;
    if (
      current === undefined ||
      (group !== undefined &&
        (group.length >= limits.embedsPerMessage || currentSize + size > limits.embedTotal))
    ) {
      current = { allowed_mentions: noMentions };
      messages.push(current);
      currentSize = 0;
    }
    current.embeds = [...(current.embeds ?? []), embed];
    currentSize += size;
  }
  if (trailer !== undefined && trailer !== '') {
    const last = messages[messages.length - 1];
    const existing = last?.content;
    if (last !== undefined && (existing?.length ?? 0) + trailer.length + 1 <= limits.content) {
      last.content = existing === undefined ? trailer : `${existing}\n${trailer}`;
    } else {
      messages.push({ content: shorten(trailer, limits.content), allowed_mentions: noMentions });
    }
  }
  return messages;
}

/** Characters Discord counts towards the 6,000 per message. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Joins pieces into chunks of at most `max` characters, splitting only between pieces when possible. */
export function packPieces(pieces: readonly string[], separator: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces.flatMap((piece) => splitText(piece, max))) {
    if (current === '') current = piece;
    else if (current.length + separator.length + piece.length <= max) current += separator + piece;
    else {
      chunks.push(current);
      current = piece;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** A text longer than `max` split at whitespace (or hard, never inside a surrogate pair). */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (cut === max && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** Titles have a hard limit: the visible ellipsis says something was left out. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A field whose value is too long continues in further fields of the same name. */
function splitField(field: APIEmbedField): APIEmbedField[] {
  const values = packPieces(field.value.split('\n'), '\n', limits.fieldValue);
  const name = shorten(field.name, limits.fieldName - ' (continued)'.length);
  return values.map((value, index) => ({
    name: index === 0 ? name : `${name} (continued)`,
    value,
    ...(field.inline !== undefined && { inline: field.inline }),
  }));
}
