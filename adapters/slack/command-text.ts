/**
 * Slash-command text → words. Quotes (straight or the curly ones Slack clients type) group
 * words, so `subscribe URL "0 8 * * *" Europe/Berlin` works; Slack's link markup (`<url>`,
 * `<url|label>`), which clients may add around URLs, is unwrapped to the bare URL.
 */
export function splitCommandText(text: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    if (word !== '') words.push(unwrapLink(word));
  }
  return words;
}

/** `<https://a.example|a.example>` → `https://a.example`; anything else unchanged. */
export function unwrapLink(word: string): string {
  const link = /^<(https?:\/\/[^|>]+)(?:\|[^>]*)?>$/.exec(word);
  return link?.[1] ?? word;
}

/** The first word (lower-cased) and the rest of the text as typed. */
export function subcommandOf(text: string): { name: string; rest: string } {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  if (space === -1) return { name: trimmed.toLowerCase(), rest: '' };
  return { name: trimmed.slice(0, space).toLowerCase(), rest: trimmed.slice(space + 1).trim() };
}

/** A single http(s) URL, possibly in Slack link markup; undefined for free text. */
export function urlIn(text: string): string | undefined {
  const word = unwrapLink(text.trim());
  return /^https?:\/\/\S+$/i.test(word) ? word : undefined;
}

function isTimezone(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(word)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: word });
    return true;
  } catch {
    return false;
  }
}

/**
 * `subscribe <source> <cron> [tz]`: the cron may be quoted or typed as bare fields; a last
 * word that names an IANA timezone is the timezone. The engine validates cron and source.
 */
export function parseSubscribeArgs(
  text: string,
): { source: string; schedule: string; timezone?: string } | undefined {
  const [source, ...rest] = splitCommandText(text);
  if (source === undefined || rest.length === 0) return undefined;
  const last = rest[rest.length - 1];
  const timezone = rest.length > 1 && last !== undefined && isTimezone(last) ? last : undefined;
  const schedule = (timezone === undefined ? rest : rest.slice(0, -1)).join(' ');
  return { source, schedule, ...(timezone !== undefined && { timezone }) };
}
