import { describe, expect, it } from 'vitest';
import { lcsIndices, rougeTokens, scoreRouge } from '../../bench/rouge.js';

describe('ROUGE', () => {
  it('lower-cases, drops punctuation and Porter-stems words longer than three letters', () => {
    expect(rougeTokens('The cats were running, in 1996 .')).toEqual([
      'the',
      'cat',
      'were',
      'run',
      'in',
      '1996',
    ]);
  });

  it('scores identical texts 1 on every measure', () => {
    const scores = scoreRouge(['The police arrested a man.'], ['The police arrested a man .']);
    expect(scores).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1, rougeLsum: 1 });
  });

  it('matches hand-computed ROUGE-1, ROUGE-2 and ROUGE-L', () => {
    // candidate: the cat sat on the mat (6 tokens); reference: the cat lay on the mat (6 tokens)
    // unigrams: the×2, cat, on, mat = 5 hits → P = R = 5/6.
    // bigrams: "the cat", "on the", "the mat" = 3 of 5 → P = R = 3/5.
    // LCS: the cat on the mat = 5 → 5/6.
    const scores = scoreRouge(['the cat sat on the mat'], ['the cat lay on the mat']);
    expect(scores.rouge1).toBeCloseTo(5 / 6, 10);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeL).toBeCloseTo(5 / 6, 10);
  });

  it('uses F1 when the lengths differ', () => {
    // candidate: police arrest man (3); reference: the police arrest a man today (6).
    // 3 unigram hits → P = 1, R = 1/2, F1 = 2/3. Bigrams: "polic arrest" 1 of 2 and 1 of 5 → F1 = 2/7.
    const scores = scoreRouge(['police arrest man'], ['the police arrest a man today']);
    expect(scores.rouge1).toBeCloseTo(2 / 3, 10);
    expect(scores.rouge2).toBeCloseTo(2 / 7, 10);
  });

  it('clips repeated words to their count in the reference', () => {
    // candidate: the the the the (4); reference: the cat (2): 1 hit → P = 1/4, R = 1/2, F1 = 1/3.
    expect(scoreRouge(['the the the the'], ['the cat']).rouge1).toBeCloseTo(1 / 3, 10);
  });

  it('computes ROUGE-Lsum as the union LCS of each reference sentence over candidate sentences', () => {
    // Reference sentence "a b c d e" against candidates "a b x" and "c d y":
    // LCS with the first covers {a, b}, with the second {c, d}: union of 4 hits.
    // Candidate tokens 6, reference tokens 5 → P = 4/6, R = 4/5, F1 = 8/11.
    // Whole-text ROUGE-L gives the same here, but split the other way it differs:
    const scores = scoreRouge(['a b x', 'c d y'], ['a b c d e']);
    expect(scores.rougeLsum).toBeCloseTo(8 / 11, 10);
    // Candidates "c d" then "a b": plain LCS of "c d a b" with "a b c d e" is 2, union LCS is 4.
    const swapped = scoreRouge(['c d', 'a b'], ['a b c d e']);
    expect(swapped.rougeL).toBeCloseTo((2 * (2 / 4) * (2 / 5)) / (2 / 4 + 2 / 5), 10);
    expect(swapped.rougeLsum).toBeCloseTo((2 * 1 * (4 / 5)) / (1 + 4 / 5), 10);
  });

  it('finds the indices of one longest common subsequence', () => {
    expect(lcsIndices(['a', 'b', 'c', 'd'], ['b', 'd', 'a'])).toEqual([1, 3]);
  });

  it('scores 0 when nothing matches or a side is empty', () => {
    expect(scoreRouge(['alpha beta'], ['gamma delta']).rouge1).toBe(0);
    expect(scoreRouge([], ['gamma delta'])).toEqual({
      rouge1: 0,
      rouge2: 0,
      rougeL: 0,
      rougeLsum: 0,
    });
  });
});
