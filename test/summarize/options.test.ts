import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { summarizeArticle, type SummaryOptions } from '../../src/summarize/index.js';

/** Ten standalone sentences of different lengths about one story. */
const sentences = [
  'Engineers closed the Elm Street bridge in Millbrook on Monday after inspectors found deep cracks in two of its steel supports.',
  'The Elm Street bridge will stay closed for at least six months while the supports are replaced.',
  'The city council will vote next week on a plan to repair the bridge at a cost of $4 million.',
  'Millbrook commuters face detours of up to 20 minutes.',
  'The bridge carries about 12,000 vehicles a day across the Millbrook river.',
  'A ferry for cyclists will start on Wednesday.',
  'Shops near the bridge said trade had fallen since the closure began.',
  'The Elm Street bridge opened in 1962 and was last repaired in 1994.',
  'Inspectors check every bridge in the county once every two years.',
  'Millbrook schools will add buses for pupils who live across the river.',
];
const text = sentences.join(' ');
const summarize = (options: unknown) =>
  summarizeArticle({ text }, options as SummaryOptions).sentences.map((s) => s.text);

describe('summary length options', () => {
  it('takes exactly --sentences N sentences, 3 by default, never more than the article has', () => {
    expect(summarize({})).toHaveLength(3);
    expect(summarize({ sentences: 1 })).toHaveLength(1);
    expect(summarize({ sentences: 6 })).toHaveLength(6);
    expect(summarize({ sentences: 100 })).toHaveLength(sentences.length);
  });

  it('takes a share of the sentences with --ratio, at least one, rounding up', () => {
    expect(summarize({ ratio: 0.5 })).toHaveLength(5);
    expect(summarize({ ratio: 0.25 })).toHaveLength(3);
    expect(summarize({ ratio: 0.01 })).toHaveLength(1);
    expect(summarize({ ratio: 1 })).toHaveLength(sentences.length);
  });

  it('applies the tightest of sentences and ratio', () => {
    expect(summarize({ sentences: 5, ratio: 0.2 })).toHaveLength(2);
    expect(summarize({ sentences: 2, ratio: 0.8 })).toHaveLength(2);
  });

  it('never exceeds the character budget and fills it with shorter sentences when the best do not fit', () => {
    for (const maxChars of [60, 100, 160, 280, 500]) {
      const picked = summarize({ sentences: 10, maxChars });
      expect(picked.join(' ').length).toBeLessThanOrEqual(maxChars);
      expect(picked.length).toBeGreaterThan(0);
    }
    // 60 characters: the long lead does not fit, a short sentence does.
    const short = summarize({ sentences: 3, maxChars: 60 });
    expect(short).not.toContain(sentences[0]);
    expect(short.every((s) => s.length <= 60)).toBe(true);
  });

  it('returns no sentence rather than break a budget no sentence fits', () => {
    expect(summarize({ maxChars: 10 })).toEqual([]);
  });

  it.each([
    [{ sentences: 0 }, 'sentences must be at least 1.'],
    [{ sentences: -2 }, 'sentences must be at least 1.'],
    [{ sentences: 2.5 }, 'sentences must be a whole number.'],
    [{ sentences: 101 }, 'sentences must be at most 100.'],
    [{ sentences: '3' }, 'sentences must be a number.'],
    [{ sentences: Number.NaN }, 'sentences must be a number.'],
    [{ ratio: 0 }, 'ratio must be greater than 0.'],
    [{ ratio: -0.5 }, 'ratio must be greater than 0.'],
    [{ ratio: 1.5 }, 'ratio must be at most 1.'],
    [{ ratio: 'half' }, 'ratio must be a number.'],
    [{ maxChars: 0 }, 'maxChars must be at least 1.'],
    [{ maxChars: 99.5 }, 'maxChars must be a whole number.'],
    [{ maxChars: Number.POSITIVE_INFINITY }, 'maxChars must be a whole number.'],
    [{ maxChars: null }, 'maxChars must be a number.'],
    [{ length: 3 }, 'Unknown summary option: length.'],
    [[3], 'Summary options must be an object.'],
  ])('refuses %j with "%s"', (options, message) => {
    expect(() => summarize(options)).toThrow(InvalidInputError);
    expect(() => summarize(options)).toThrow(message);
  });
});
