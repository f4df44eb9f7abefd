/**
 * What kind of question this is. "What's new on X" (and its variants) asks for news about X
 * since the user last asked; anything else is answered from the best-matching articles.
 */
export type ParsedQuestion =
  { kind: 'whats-new'; topic: string; topicKey: string } | { kind: 'lookup'; text: string };

const whatsNew = [
  /^\s*(?:so\s+|and\s+)?(?:what(?:'|’)?s|what\s+is|anything|any)\s+(?:new|latest|the\s+latest|happening|news|updates?)\s+(?:on|about|with|in|regarding|for|from)\s+(.+?)[\s?.!]*$/iu,
  /^\s*(?:any\s+)?(?:news|updates?|the\s+latest)\s+(?:on|about|regarding|from)\s+(.+?)[\s?.!]*$/iu,
  /^\s*what\s+happened\s+(?:with|to)\s+(.+?)\s+(?:lately|recently|today)[\s?.!]*$/iu,
];

export function parseQuestion(question: string): ParsedQuestion {
  const text = question.trim();
  for (const pattern of whatsNew) {
    const topic = pattern
      .exec(text)?.[1]
      ?.replace(/^the\s+/iu, '')
      .trim();
    if (topic !== undefined && topic !== '')
      return { kind: 'whats-new', topic, topicKey: topicKey(topic) };
  }
  return { kind: 'lookup', text };
}

/** "The Travel Ban!" and "travel ban" are one topic for the per-user memory. */
export function topicKey(topic: string): string {
  return topic
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A name before a colon opening the question ("Navarrette: In protecting his child, ..."), as
 * opinion pieces are headlined: one to four capitalised words, or two names joined by "and" or
 * a comma. The rest must still read as a question of three words or more.
 */
export function leadingName(question: string): { name: string; rest: string } | undefined {
  const match = leadingNamePattern.exec(question.trim());
  if (match === null) return undefined;
  const rest = match[2]!;
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return undefined;
  return { name: match[1]!, rest };
}

/**
 * The author named at the end instead ("..., writes Graham Allison ." or "..., he writes ."),
 * as opinion highlights close: the rest of the question, if it still reads as a question of
 * three words or more. "Writes" after a comma closing the question only says who wrote it.
 */
export function trailingByline(question: string): { rest: string } | undefined {
  const match = trailingBylinePattern.exec(question.trim());
  if (match === null) return undefined;
  const rest = match[1]!;
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return undefined;
  return { rest };
}

const nameWord = String.raw`\p{Lu}[\p{L}.'’-]*`;
const names = String.raw`${nameWord}(?:(?:,\s+|\s+and\s+|\s+)${nameWord}){0,4}`;
const leadingNamePattern = new RegExp(String.raw`^(${names}):\s+(\S.*)$`, 'u');
const trailingBylinePattern = new RegExp(
  String.raw`^(.*\S),\s+(?:writes\s+${names}|(?:${names}|he|she|they)\s+writes?)\s*[.!?]?$`,
  'u',
);
