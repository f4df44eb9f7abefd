import { describe, expect, it } from 'vitest';
import { bCubed } from '../../bench/bcubed.js';

const labels = (pairs: [string, string][]) => new Map(pairs);

describe('bCubed', () => {
  it('scores a perfect clustering 1/1/1', () => {
    const gold = labels([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
    ]);
    expect(
      bCubed(
        labels([
          ['a', '1'],
          ['b', '1'],
          ['c', '2'],
        ]),
        gold,
      ),
    ).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('gives each-alone full precision and recall 1/|gold cluster| per item', () => {
    // gold {a,b,c},{d}: recall a,b,c = 1/3 each, d = 1 → (1 + 1) / 4 = 0.5
    const gold = labels([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'y'],
    ]);
    const score = bCubed(
      labels([
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
        ['d', '4'],
      ]),
      gold,
    );
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.f1).toBeCloseTo(2 / 3, 10);
  });

  it('matches a hand-computed mixed case', () => {
    // gold {a,b},{c,d}; predicted {a,b,c},{d}
    // precision: a,b = 2/3, c = 1/3, d = 1 → (2/3+2/3+1/3+1)/4 = 2/3
    // recall: a,b = 1, c = 1/2, d = 1/2 → 3/4
    const gold = labels([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    const score = bCubed(
      labels([
        ['a', '1'],
        ['b', '1'],
        ['c', '1'],
        ['d', '2'],
      ]),
      gold,
    );
    expect(score.precision).toBeCloseTo(2 / 3, 10);
    expect(score.recall).toBeCloseTo(3 / 4, 10);
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * (3 / 4)) / (2 / 3 + 3 / 4), 10);
  });

  it('treats an item missing from the prediction as alone', () => {
    const gold = labels([
      ['a', 'x'],
      ['b', 'x'],
    ]);
    const score = bCubed(labels([['a', '1']]), gold);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5, 10);
  });
});
