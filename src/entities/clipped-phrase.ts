/**
 * "Law of the Jungle", "Game of Thrones", "Battle of the Bulge": a capitalised common word
 * joined by "of" to another one is a phrase (a title, an event, a saying) that mention
 * finding could not read whole; neither lone word is a name.
 */
import { isListedName } from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';

/** The parts of a mention this check reads. */
export interface LoneSpan {
  words: readonly string[];
  first: number;
  last: number;
  title?: string;
  shouted: boolean;
}

/** A lone, unknown capitalised word at token `i` (no possessive: "Smith's of ..." is no phrase). */
function loneUnknown(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !t.word || !t.cap || t.possessive || t.shouted) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.word === true && before.cap && before.text !== 'The') return false;
  if (after?.word === true && after.cap) return false;
  return !isListedName(lookupKey(t.text));
}

/** Index of the word after "of" or "of the" following token `i`, or -1. */
function afterOf(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.text !== 'of') return -1;
  return tokens[i + 2]?.text === 'the' ? i + 3 : i + 2;
}

/** Index of the word before "of" or "of the" preceding token `i`, or -1. */
function beforeOf(tokens: readonly Token[], i: number): number {
  const the = tokens[i - 1]?.text === 'the';
  const of = the ? i - 2 : i - 1;
  return tokens[of]?.text === 'of' ? of - 1 : -1;
}

/** The mention is one half of an "X of (the) Y" phrase of two unknown capitalised words. */
export function inClippedPhrase(tokens: readonly Token[], m: LoneSpan): boolean {
  if (m.words.length !== 1 || m.title !== undefined || m.shouted) return false;
  if (!loneUnknown(tokens, m.first)) return false;
  const y = afterOf(tokens, m.last);
  if (y >= 0 && loneUnknown(tokens, y)) return true;
  const x = beforeOf(tokens, m.first);
  return x >= 0 && loneUnknown(tokens, x) && !opensWithPeople(tokens, x);
}

/**
 * "Critics of the Wexley administration", "Fans of Wexley": a plural capitalised only by the
 * sentence start (and no plural of a name) names people or things, and the name after "of"
 * is a name of its own.
 */
function opensWithPeople(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !t.sentenceStart || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  return !isListedName(lookupKey(t.text).slice(0, -1));
}
