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
