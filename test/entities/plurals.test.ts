import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

// Issue 4: capitalised plurals, which name things or groups of people, not one person.
// Every text here was written for these tests.

describe('capitalised plurals', () => {
  it('makes no name of a counted plural: "in 11 Tests", "three Grand Slams"', () => {
    const text =
      'England lost eight of 11 Tests, and Roger Federer won three Grand Slams this season. ' +
      'Aboard were seven Marines, with both Clintons and 19 MLS teams.';
    // The plural of a name, a body and an acronym stay.
    expect(names(text)).toEqual(['England', 'Roger Federer', 'Marines', 'Clintons', 'MLS']);
  });

  it('keeps the name after people named at a sentence start: "Supporters of Wexley"', () => {
    const text =
      'Supporters of Wexley rallied. Members of the Court disagreed. Shares of Vantor fell.';
    expect(names(text)).toEqual(['Wexley', 'Court', 'Vantor']);
  });
});
