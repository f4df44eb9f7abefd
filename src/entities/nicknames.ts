/**
 * A nickname in quotes inside a person's name: 'Alexander "Lee" McQueen', 'Dzhokhar "Jahar"
 * Tsarnaev', 'David "Fathead" Newman'. The three pieces are one person's name, written whole,
 * and the nickname is one of its middle words, so "Lee" alone later in the text is that person.
 */
import { isGivenName } from './lexicon.js';
import type { Mention } from './mentions.js';
import { lookupKey, type Token } from './tokens.js';

const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING = new Set(['"', '”', "'", '’']);

/** `mentions` with each given name, quoted nickname and surname joined into one mention. */
export function joinNicknames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const given = mentions[i]!;
    const nickname = nicknameAfter(text, tokens, given);
    // The surname is the first mention after the closing quote; one for the nickname itself
    // may come between.
    let k = i + 1;
    if (nickname !== undefined && mentions[k]?.first === nickname.first) k++;
    const surname = mentions[k];
    if (nickname === undefined || surname?.first !== nickname.last + 2 || surname.title) {
      out.push(given);
      continue;
    }
    out.push({
      ...given,
      end: surname.end,
      text: text.slice(given.start, surname.end),
      words: [...given.words, ...nickname.words, ...surname.words],
      last: surname.last,
    });
    i = k;
  }
  return out;
}

interface Nickname {
  first: number;
  last: number;
  words: string[];
}

/** The quoted words right after a given name, one to three capitalised ones, if any. */
function nicknameAfter(
  text: string,
  tokens: readonly Token[],
  given: Mention,
): Nickname | undefined {
  if (!isGivenName(given.words.at(-1) ?? '') || given.shouted) return undefined;
  const open = given.last + 1;
  if (!OPENING.has(tokens[open]?.text ?? '') || !spaced(text, tokens, given.last, ' ')) {
    return undefined;
  }
  const words: string[] = [];
  let k = open + 1;
  while (
    k <= open + 3 &&
    tokens[k]?.cap === true &&
    spaced(text, tokens, k - 1, k > open + 1 ? ' ' : '')
  ) {
    words.push(lookupKey(tokens[k]!.text));
    k++;
  }
  const close = tokens[k];
  if (words.length === 0 || !CLOSING.has(close?.text ?? '') || !spaced(text, tokens, k - 1, '')) {
    return undefined;
  }
  return spaced(text, tokens, k, ' ') ? { first: open + 1, last: k - 1, words } : undefined;
}

/** Whether exactly `gap` stands between token `k` and the next. */
function spaced(text: string, tokens: readonly Token[], k: number, gap: string): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return a !== undefined && b !== undefined && text.slice(a.end, b.start) === gap;
}
