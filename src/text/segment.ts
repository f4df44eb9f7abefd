import type { Span } from '../model.js';
import { ABBREVIATIONS, SENTENCE_STARTERS, TIME_FOLLOWERS, TITLES } from './abbreviations.js';
import { isSpaceCode, wordCharWidth } from './tokens.js';

/** A sentence of a text: `text === source.slice(start, end)`, offsets in UTF-16 units. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Position among the sentences returned (0-based). */
  index: number;
}

export interface SegmentOptions {
  /** Ranges (e.g. boilerplate) that belong to no sentence and always break one. */
  skip?: readonly Span[];
}

/** Sentence-final punctuation, with any closing quotes and brackets after it. */
const TERMINATOR = /[.!?…]+(?:['"’”»)\]]+[.!?]?)*(?=\s|$)/gu;
/** A blank line: always a paragraph break. */
const BLANK_LINE = /\n[ \t\u00a0]*\n\s*/g;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences, news-aware: titles, abbreviations, initials, dotted acronyms,
 * decimals and closing quotes do not end a sentence wrongly; a paragraph break always does.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Sentence[] {
  const spans: Span[] = [];
  for (const region of regions(text, options.skip ?? [])) {
    for (const block of splitBy(text, region, BLANK_LINE)) {
      for (const line of lines(text, block)) splitBlock(text, line, spans);
    }
  }
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const trimmed = trim(text, span);
    const slice = text.slice(trimmed.start, trimmed.end);
    if (!HAS_WORD.test(slice)) continue;
    sentences.push({
      text: slice,
      start: trimmed.start,
      end: trimmed.end,
      index: sentences.length,
    });
  }
  return sentences;
}

/** The parts of [0, text.length) outside the skipped spans. */
function regions(text: string, skip: readonly Span[]): Span[] {
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start > cursor) out.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < text.length) out.push({ start: cursor, end: text.length });
  return out;
}

function splitBy(text: string, region: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  const slice = text.slice(region.start, region.end);
  let cursor = 0;
  for (const match of slice.matchAll(separator)) {
    out.push({ start: region.start + cursor, end: region.start + match.index });
    cursor = match.index + match[0].length;
  }
  out.push({ start: region.start + cursor, end: region.end });
  return out;
}

/**
 * A single newline ends a sentence (headlines, list items) unless the next line starts in
 * lower case, which marks hard-wrapped prose.
 */
function lines(text: string, block: Span): Span[] {
  const out: Span[] = [];
  let start = block.start;
  for (let i = text.indexOf('\n', block.start); i !== -1 && i < block.end;) {
    // The next line's first character within a short look-ahead, white space skipped.
    const limit = Math.min(block.end, i + 8);
    let p = i + 1;
    while (p < limit && isSpaceCode(text.charCodeAt(p))) p += 1;
    if (p < limit && !isLowerAt(text, p, limit)) {
      out.push({ start, end: i });
      start = i + 1;
    }
    i = text.indexOf('\n', i + 1);
  }
  out.push({ start, end: block.end });
  return out;
}

function splitBlock(text: string, block: Span, out: Span[]): void {
  const slice = text.slice(block.start, block.end);
  let start = 0;
  // exec on the shared RegExp rather than matchAll, which clones the RegExp for every block.
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(slice); match !== null; match = TERMINATOR.exec(slice)) {
    const end = match.index + match[0].length;
    if (isBoundary(slice, match.index, match[0], end)) {
      out.push({ start: block.start + start, end: block.start + end });
      start = end;
    }
  }
  out.push({ start: block.start + start, end: block.end });
}

/** Opening quotes and brackets that may precede a sentence: ' " ‘ “ « ( [ */
function isOpener(code: number): boolean {
  return (
    code === 39 ||
    code === 34 ||
    code === 0x2018 ||
    code === 0x201c ||
    code === 0xab ||
    code === 40 ||
    code === 91
  );
}

/**
 * Whether the terminator at `at` (ending at `end`) ends a sentence. What follows is read in
 * place, never copied: copying the rest of a long paragraph at every period made segmentation
 * quadratic.
 */
function isBoundary(slice: string, at: number, terminator: string, end: number): boolean {
  // Where the next sentence would start: white space and opening quotes skipped.
  let rest = end;
  while (rest < slice.length && isSpaceCode(slice.charCodeAt(rest))) rest += 1;
  while (rest < slice.length && isOpener(slice.charCodeAt(rest))) rest += 1;
  if (rest === slice.length) return true;
  // "Why?" he asked. / and... then: a lower-case continuation never starts a sentence.
  if (isLowerAt(slice, rest, slice.length)) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('..')) return true;
  // A period inside closing quotes ends the quoted sentence: `... he said."`
  // (The cheap length and "." checks only skip patterns that could not match.)
  if (terminator.length > 1 && /['"’”»)\]]/u.test(terminator)) return true;
  const word = wordBefore(slice, at);
  if (word === '') return true;
  if (TITLES.has(word)) return false;
  if (word.length === 3 && /^(?:a\.m|p\.m)$/i.test(word)) {
    return !TIME_FOLLOWERS.has(nextWord(slice, rest));
  }
  const initialOrAcronym =
    (word.length <= 2 || word.includes('.')) && /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(word);
  if (initialOrAcronym || ABBREVIATIONS.has(word)) {
    if (isDigitAt(slice, rest)) return false; // "No. 10", "Jan. 5"
    return SENTENCE_STARTERS.has(nextWord(slice, rest));
  }
  return true;
}

/** The run of letters and digits starting at `at` ('' when there is none). */
function nextWord(text: string, at: number): string {
  let end = at;
  for (let width = wordCharWidth(text, end); width > 0; width = wordCharWidth(text, end)) {
    end += width;
  }
  return text.slice(at, end);
}

/** Whether the code point at `at` (which must end before `limit`) is a lower-case letter. */
function isLowerAt(text: string, at: number, limit: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  const point = text.codePointAt(at) ?? 0;
  if (point > 0xffff && at + 2 > limit) return false;
  return LOWER.test(String.fromCodePoint(point));
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/** The token right before position `at`, without opening punctuation ("(U.S" → "U.S"). */
function wordBefore(slice: string, at: number): string {
  let i = at;
  while (i > 0 && !isSpaceCode(slice.charCodeAt(i - 1))) i -= 1;
  // Leading characters that are neither letters nor digits are dropped, a code point at a time.
  while (i < at && wordCharWidth(slice, i) === 0) {
    const code = slice.charCodeAt(i);
    const low = slice.charCodeAt(i + 1);
    i += code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return i >= at ? '' : slice.slice(i, at);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}
