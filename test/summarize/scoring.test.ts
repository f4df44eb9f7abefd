import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, flawPenalty } from '../../src/summarize/scoring.js';
import type { StandaloneFlaws } from '../../src/summarize/standalone.js';

const noFlaws: StandaloneFlaws = {
  connective: false,
  pronoun: false,
  attribution: false,
  quoteFragment: false,
  question: false,
  mostlyQuoted: false,
  fragment: false,
  truncated: false,
};

describe('flawPenalty', () => {
  it('costs nothing for a sentence without flaws', () => {
    expect(flawPenalty(noFlaws, DEFAULT_WEIGHTS.flaws)).toBe(0);
  });

  it('charges each flaw its own weight, and sums them', () => {
    // Distinct powers of two, so a flaw read under the wrong weight shows.
    const keys = Object.keys(noFlaws) as (keyof StandaloneFlaws)[];
    const weights = Object.fromEntries(keys.map((key, i) => [key, 2 ** i])) as Record<
      keyof StandaloneFlaws,
      number
    >;
    for (const key of keys) {
      expect(flawPenalty({ ...noFlaws, [key]: true }, weights), key).toBe(weights[key]);
    }
    const all = Object.fromEntries(keys.map((key) => [key, true])) as unknown as StandaloneFlaws;
    expect(flawPenalty(all, weights)).toBe(2 ** keys.length - 1);
  });
});
