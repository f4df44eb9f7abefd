import { STOPWORDS } from './stopwords.js';

export { STOPWORDS };

/** A word of a text: `raw === text.slice(start, end)`, `word` its lower-cased form. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// Letters and digits, keeping inner apostrophes, periods and ampersands ("don't", "U.S", "9.3bn", "AT&T").
const WORD = /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;

/** Lower-cased word tokens with their offsets; possessive "'s" dropped ("Trump’s" → "trump"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({
      word: match[0].toLowerCase().replace(POSSESSIVE, ''),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Lower-cased words only: the fast path when offsets are not needed. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(match[0].toLowerCase().replace(POSSESSIVE, ''));
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * A light stem for matching word forms ("ambassadors" ~ "ambassador", "criticised" ~
 * "criticise"): strips a few inflections only, so it never merges unrelated words much.
 */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Content words of a text, stemmed: the terms the summarizer and matchers compare. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOPWORDS.has(word) || word.length < 2 || /^\d+$/.test(word)) continue;
    out.push(lightStem(word));
  }
  return out;
}
