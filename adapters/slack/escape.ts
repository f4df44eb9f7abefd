/**
 * Slack mrkdwn treats `<...>` as control syntax (`<!channel>`, `<@U123>`, `<url|label>`) and
 * `&` as the start of an entity. Slack's own rule is to escape exactly these three characters;
 * once they are, article text can never ping anyone or forge a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A link `<url|label>`, or the escaped label alone when the URL is not http(s). The URL may not
 * hold `|`, `<` or `>` (they would end it early), so those are percent-encoded; the label is
 * everything after the first `|`, so it only needs the usual escaping.
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label);
  if (url === undefined || !/^https?:\/\//i.test(url)) return safeLabel;
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\s/g, '%20');
  return `<${safeUrl}|${safeLabel}>`;
}

/**
 * Bold for entity names. Slack ends bold at the next `*`, so one inside a name is dropped; the
 * name itself is escaped like any article text.
 */
export function mrkdwnBold(text: string): string {
  const inner = escapeMrkdwn(text.replace(/\*/g, '')).trim();
  return inner === '' ? '' : `*${inner}*`;
}
