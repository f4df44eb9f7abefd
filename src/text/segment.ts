import type { Span } from '../model.js';
import { ABBREVIATIONS, SENTENCE_STARTERS, TIME_FOLLOWERS, TITLES } from './abbreviations.js';

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
const OPENERS = /^['"‘“«([]+/u;
const LOWER = /^\p{Ll}/u;
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
    const next = text.slice(i + 1, Math.min(block.end, i + 8)).trimStart();
    if (next !== '' && !LOWER.test(next)) {
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
  TERMINATOR.lastIndex = 0;
  for (const match of slice.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (isBoundary(slice, match.index, match[0], end)) {
      out.push({ start: block.start + start, end: block.start + end });
      start = end;
    }
  }
  out.push({ start: block.start + start, end: block.end });
}

function isBoundary(slice: string, at: number, terminator: string, end: number): boolean {
  const rest = slice.slice(end).trimStart().replace(OPENERS, '');
  if (rest === '') return true;
  // "Why?" he asked. / and... then: a lower-case continuation never starts a sentence.
  if (LOWER.test(rest)) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('..')) return true;
  // A period inside closing quotes ends the quoted sentence: `... he said."`
  if (/['"’”»)\]]/u.test(terminator)) return true;
  const word = wordBefore(slice, at);
  const next = /^[\p{L}\p{N}]+/u.exec(rest)?.[0] ?? '';
  if (word === '') return true;
  if (TITLES.has(word)) return false;
  if (/^(?:a\.m|p\.m)$/i.test(word)) return !TIME_FOLLOWERS.has(next);
  const initialOrAcronym = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(word);
  if (initialOrAcronym || ABBREVIATIONS.has(word)) {
    if (/^\p{N}/u.test(rest)) return false; // "No. 10", "Jan. 5"
    return SENTENCE_STARTERS.has(next);
  }
  return true;
}

/** The token right before position `at`, without opening punctuation ("(U.S" → "U.S"). */
function wordBefore(slice: string, at: number): string {
  let i = at;
  while (i > 0 && !/\s/.test(slice[i - 1] ?? ' ')) i -= 1;
  return slice.slice(i, at).replace(/^[^\p{L}\p{N}]+/u, '');
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
