/**
 * Article text is data: it must never ping anyone nor turn into Discord markup. The zero-width
 * space breaks Discord's mention syntax while leaving the text readable; `allowed_mentions`
 * on every message is the second lock.
 */
const zeroWidthSpace = '\u200b';

/** `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>` become inert look-alikes. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${zeroWidthSpace}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<$1${zeroWidthSpace}$2>`);
}

/** Emphasis, code, spoilers, links, quotes and headings in the text are shown literally. */
export function escapeDiscordMarkdown(text: string): string {
  return text.replace(/([\\*_~`|[\]])/g, '\\$1').replace(/^(\s*)([#>-])/gm, '$1\\$2');
}

/** Text from an article or a user, made safe to show in a message or an embed. */
export function safeText(text: string): string {
  return escapeDiscordMarkdown(neutraliseMentions(text));
}
