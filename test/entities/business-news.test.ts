import { describe, expect, it } from 'vitest';
import { typed } from './helpers.js';

// Issue 4: business and technology news names firms a lexicon does not know, and says what
// they are in lower-case words around them. Every text here was written for these tests.

/** The type of each named entity of `text`. */
function typesOf(text: string): Map<string, string> {
  return new Map(typed(text));
}

describe('firms introduced by what they are', () => {
  it('reads a kind of firm before the name: "supermarket group", "bourse", "brewer"', () => {
    const text =
      'US supermarket group Dalworth-Pike has filed for bankruptcy. Rival bourse Lindqvar is ' +
      'working on a bid, and Danish brewer Skaldborg reported a fall in profits.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Dalworth-Pike', 'organization'],
        ['Lindqvar', 'organization'],
        ['Skaldborg', 'organization'],
      ]),
    );
  });

  it('reads every name of a list after a plural kind: "operators Vodafone and T-Mobile"', () => {
    const text =
      'The commission wrote to the mobile phone operators Brennacom, Teleskai and Voxmund ' +
      'about the rates they charge.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Brennacom', 'organization'],
        ['Teleskai', 'organization'],
        ['Voxmund', 'organization'],
      ]),
    );
  });

  it('reads a kind set before the name by commas, and a division after it', () => {
    expect(typesOf('The unit, Yurgansk, was sold to pay a tax bill.')).toEqual(
      new Map([['Yurgansk', 'organization']]),
    );
    expect(typesOf('The firm tried to halt the sale of its key Yurgansk division.')).toEqual(
      new Map([['Yurgansk', 'organization']]),
    );
  });

  it('still reads a person in a list after a plural that is no kind of firm', () => {
    const text = 'The coach named the strikers Tom Hallworth and Jem Brockley in the squad.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Tom Hallworth', 'person'],
        ['Jem Brockley', 'person'],
      ]),
    );
  });
});
