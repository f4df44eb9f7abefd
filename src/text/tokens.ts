import { STOPWORDS } from './stopwords.js';

export { STOPWORDS };

/** A word of a text: `raw === text.slice(start, end)`, `word` its lower-cased form. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether each BMP code unit is a letter or digit: 0 not yet known, 1 yes, 2 no. Filled lazily
 * so that scanning a text costs a table lookup per character rather than a RegExp match.
 */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c += 1) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  BMP_CLASS[c] = word ? 1 : 2;
}

/** UTF-16 units taken by the letter or digit at `i` (1 or 2), or 0 when there is none. */
export function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0)) ? 2 : 0;
    }
    return 0;
  }
  let known = BMP_CLASS[code] ?? 2;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Whether a UTF-16 unit is white space as RegExp `\s` and `String.prototype.trim` see it. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Joiners kept inside a word when a letter or digit follows: ' ’ . & */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 38;
}

/**
 * Calls `visit` with the span of each word of `text` (the spans `tokenize` finds), the number
 * of letter-and-digit runs it is made of ("don't" has 2) and a 32-bit FNV-1a hash of its UTF-16
 * units (`hashSpan`), so callers can look words up without making a string. This is the
 * summarizer's hot loop.
 */
export function scanWords(
  text: string,
  visit: (start: number, end: number, runs: number, hash: number) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    // ASCII is looked up inline: the call is only for the rest, and V8 runs this loop
    // unoptimised for a while at the start of a stream.
    const first = text.charCodeAt(i);
    let width = first < 128 ? (BMP_CLASS[first] === 1 ? 1 : 0) : wordCharWidth(text, i);
    if (width === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let runs = 1;
    let hash = FNV_OFFSET;
    for (;;) {
      while (width > 0) {
        const code = text.charCodeAt(i);
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += width;
        if (i >= length) width = 0;
        else {
          const next = text.charCodeAt(i);
          width = next < 128 ? (BMP_CLASS[next] === 1 ? 1 : 0) : wordCharWidth(text, i);
        }
      }
      if (i + 1 < length && isJoiner(text.charCodeAt(i))) {
        width = wordCharWidth(text, i + 1);
        if (width > 0) {
          hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
          i += 1;
          runs += 1;
          continue;
        }
      }
      break;
    }
    visit(start, i, runs, hash | 0);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash `scanWords` gives the span [start, end) of `text`. */
export function hashSpan(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

/** A word as `tokenize` gives it: lower-cased, possessive "'s" dropped ("Trump’s" → "trump"). */
export function normalizeWord(raw: string): string {
  let word = raw;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) {
      word = raw.toLowerCase();
      break;
    }
  }
  const last = word.length - 1;
  if (last >= 2 && word.charCodeAt(last) === 115) {
    const before = word.charCodeAt(last - 1);
    if (before === 39 || before === 0x2019) word = word.slice(0, last - 1);
  }
  return word;
}

/** Calls `visit` for each word of `text` as `tokenize` gives it, with its offsets. */
export function forEachWord(
  text: string,
  visit: (word: string, start: number, end: number) => void,
): void {
  scanWords(text, (start, end) => visit(normalizeWord(text.slice(start, end)), start, end));
}

/** Lower-cased word tokens with their offsets; possessive "'s" dropped ("Trump’s" → "trump"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (word, start, end) => tokens.push({ word, start, end }));
  return tokens;
}

/** How many words `tokenize` finds in `text` ("Attorney-General" is two), without making them. */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => {
    count += 1;
  });
  return count;
}

/** Lower-cased words only: the fast path when offsets are not needed. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word));
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

/**
 * The term a lower-cased word stands for (its light stem), or '' when it carries no topic
 * (stopword, one letter, bare number).
 */
export function termOf(word: string): string {
  if (word.length < 2 || STOPWORDS.has(word)) return '';
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57 && ALL_DIGITS.test(word)) return '';
  return lightStem(word);
}

const ALL_DIGITS = /^\d+$/;

/** Content words of a text, stemmed: the terms the summarizer and matchers compare. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const term = termOf(word);
    if (term !== '') out.push(term);
  });
  return out;
}
