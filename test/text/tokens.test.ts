import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTerms,
  countWords,
  hashSpan,
  scanWords,
  termOf,
  tokenize,
  words,
} from '../../src/text/tokens.js';

/**
 * The definition of a word the hand-written scanner follows: letters and digits, keeping
 * inner apostrophes, periods and ampersands ("don't", "U.S", "9.3bn", "AT&T"), lower-cased,
 * a possessive dropped.
 */
function wordsByPattern(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu)) {
    out.push(match[0].toLowerCase().replace(/['’]s$/, ''));
  }
  return out;
}

describe('words and tokens', () => {
  it('finds exactly the words the pattern defines, on every sample article', () => {
    const seeds = path.resolve('seeds');
    const texts = readdirSync(seeds)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(path.join(seeds, file), 'utf8'));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(words(text)).toEqual(wordsByPattern(text));
  });

  it('keeps inner apostrophes, periods and ampersands, lower-cases, and drops a possessive', () => {
    expect(
      words(
        "Trump’s aide said AT&T's U.S. unit earned $9.3bn; don't 'quote' it... Ünïcödé İstanbul.",
      ),
    ).toEqual([
      'trump',
      'aide',
      'said',
      'at&t',
      'u.s',
      'unit',
      'earned',
      '9.3bn',
      "don't",
      'quote',
      'it',
      'ünïcödé',
      'i̇stanbul',
    ]);
  });

  it('counts the words it would give, a hyphenated word as two', () => {
    const text = "The Attorney-General's aide met AT&T's U.S. unit -- twice.";
    expect(countWords(text)).toBe(words(text).length);
    expect(countWords(text)).toBe(9);
    expect(countWords('')).toBe(0);
  });

  it('gives offsets into the text, letters outside the BMP included', () => {
    const text = 'Go 𝐀𝐁c! x&';
    expect(tokenize(text)).toEqual([
      { word: 'go', start: 0, end: 2 },
      { word: '𝐀𝐁c', start: 3, end: 8 },
      { word: 'x', start: 10, end: 11 },
    ]);
  });

  it('scans the same spans, counts letter runs and hashes each span as hashSpan does', () => {
    const text = "The U.K.'s PM, don't-stop 2.5% AT&T.";
    const spans: [string, number][] = [];
    scanWords(text, (start, end, runs, hash) => {
      expect(hash).toBe(hashSpan(text, start, end));
      spans.push([text.slice(start, end), runs]);
    });
    expect(spans).toEqual([
      ['The', 1],
      ['U.K', 2],
      ['s', 1],
      ['PM', 1],
      ["don't", 2],
      ['stop', 1],
      ['2.5', 2],
      ['AT&T', 2],
    ]);
    expect(hashSpan(text, 0, 3)).not.toBe(hashSpan(text, 4, 7));
  });

  it('makes terms of content words only, lightly stemmed', () => {
    expect(termOf('the')).toBe('');
    expect(termOf('a')).toBe('');
    expect(termOf('2017')).toBe('');
    expect(termOf('2017s')).toBe('2017');
    expect(termOf('ambassadors')).toBe('ambassador');
    expect(contentTerms('The ambassadors met in 2017 and talked.')).toEqual([
      'ambassador',
      'met',
      'talk',
    ]);
  });
});
