import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

// Issue 4: a quoted title names a work, which is no person, organization or place; only the
// names inside it are. Every text here was written for these tests.

describe('pieces of a quoted title', () => {
  it('makes no name of several words cut from a quoted title', () => {
    const song =
      'Tom Hanks appears in the video for "I Really Like You," a song by Carly Rae Jepsen.';
    expect(names(song)).toEqual(['Tom Hanks', 'Carly Rae Jepsen']);
    const report = 'The study "A Woman\'s Nation Takes on Alzheimer\'s" was published in 2010.';
    expect(names(report)).toEqual([]);
  });

  it('reads "out" and "up" as small words of a title', () => {
    const plan = 'Dubbed “Path out of the Pandemic,” the plan sets new rules.';
    expect(names(plan)).toEqual([]);
  });

  it('keeps a whole quoted title, and a name we know inside one', () => {
    expect(names('Critics loved "Top Gear" last year.')).toEqual(['Top Gear']);
    expect(names('The film "Escape From New York" was shown.')).toContain('New York');
  });
});

describe('a word opening a quotation', () => {
  it('is no part of the name after it', () => {
    const text = 'A "Sack Jeremy Clarkson" petition grew. Jeremy Clarkson was suspended.';
    expect(names(text)).toEqual(['Jeremy Clarkson']);
    expect(names('"Tell Mary Jones we are here," he wrote.')).toEqual(['Mary Jones']);
  });

  it('stays when it is a given name or the quote is a name', () => {
    expect(names('"Daniel Craig is Bond," the studio said.')).toContain('Daniel Craig');
    expect(names('Fighters of the "Free Syrian Army" attacked.')).toContain('Free Syrian Army');
  });
});
