import { describe, expect, it } from 'vitest';
import {
  contentTerms,
  hashSpan,
  scanWords,
  termOf,
  tokenize,
  words,
} from '../../src/text/tokens.js';

describe('words and tokens', () => {
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
