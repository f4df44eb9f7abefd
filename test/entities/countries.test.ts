import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';

// Issue 4: countries whose names are also people's names ("Jordan", "Chad"). Every text here
// was written for these tests.

const typed = (text: string): [string, string][] =>
  extractEntities(text).map((e) => [e.name, e.type]);

describe('a country that is also a name', () => {
  it('is the country when nothing says it is a person', () => {
    const text = 'Refugees crossed into Jordan. Aid agencies in Jordan are stretched.';
    expect(typed(text)).toEqual([['Jordan', 'place']]);
    expect(typed('Fighting spread from Chad into Sudan.')).toEqual([
      ['Chad', 'place'],
      ['Sudan', 'place'],
    ]);
  });

  it('is the person named with it in full, or who speaks', () => {
    const star = extractEntities('Michael Jordan scored 40 points. Later Jordan went home.');
    expect(star.map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Michael Jordan', 'person', ['Jordan']],
    ]);
    expect(typed('Jordan said he was tired after the match.')).toEqual([['Jordan', 'person']]);
  });
});
