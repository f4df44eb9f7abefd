/**
 * Capitalised words that are common nouns, not names: forms of address, plural acronyms,
 * the clipped end of a phrase, pieces of a quoted title.
 */
import type { Span } from '../model.js';
import { canonicalOf } from './canonical.js';
import {
  isCommonWord,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  lexTags,
} from './lexicon.js';
import type { Token } from './tokens.js';

/** Endings of ordinary words, rare in names. */
export const NON_NAME_SUFFIX =
  /(?:ly|ing|ed|tion|ment|ness|ies|als|ers|ists|ians|ous|ive|ful|est|ionaire)$/;
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);

/** The parts of a mention these checks read. */
export interface LoneWord {
  start: number;
  end: number;
  text: string;
  words: readonly string[];
  first: number;
  title?: string;
  shouted: boolean;
}

/**
 * A piece of a quoted title ("Heck" of "Montage of Heck", "Really Like" of "I Really Like
 * You"), unless it opens with a given name or is a name we know. A whole title is judged in
 * `work-titles.ts`: a show stays, a work or slogan read as a person goes.
 */
export function inWorkTitle(titles: readonly Span[], m: LoneWord): boolean {
  const part = (t: Span): boolean =>
    t.start <= m.start && m.end <= t.end && (t.start < m.start || m.end < t.end);
  if (!titles.some(part)) return false;
  const phrase = m.words.join(' ');
  if (isGivenName(m.words[0] ?? '') || canonicalOf(phrase) !== undefined) return false;
  return !isKnownPlace(phrase) && !isKnownOrganization(phrase);
}

/**
 * A lone word that reads as a common noun, not a name:
 * - a word for a kind of person ("Mom", "Dad", "Grandma": compromise tags them Actor), which
 *   capitals turn into a form of address, not a name to highlight;
 * - the plural of an acronym ("TVs", "SUVs", "CEOs"): names are not plural;
 * - a common noun right after a capitalised word that is no name on its own ("One Direction",
 *   "March Madness"): the clipped end of a phrase we could not read whole.
 */
export function isClippedCommonNoun(
  text: string,
  tokens: readonly Token[],
  m: LoneWord,
  inLongerNames: ReadonlySet<string>,
): boolean {
  if (m.words.length !== 1 || m.title !== undefined || m.shouted) return false;
  const w = m.words[0] ?? '';
  if (inLongerNames.has(w) || isKnownPlace(w) || isKnownOrganization(w)) return false;
  if (isCommonWord(w) && lexTags(w).includes('Actor')) return true;
  if (/^\p{Lu}{2,}s$/u.test(m.text)) return true;
  const prev = tokens[m.first - 1];
  const gap = prev === undefined ? '' : text.slice(prev.end, m.start);
  if (prev === undefined || !prev.word || !prev.cap || gap !== ' ' || prev.text === 'The') {
    return false;
  }
  return NON_NAME_SUFFIX.test(w) || (isCommonWord(w) && lexTags(w).some((t) => NOUN_TAGS.has(t)));
}
