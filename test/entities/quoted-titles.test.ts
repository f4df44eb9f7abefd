import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
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

  it('keeps a name we know inside a quoted title', () => {
    expect(names('The film "Escape From New York" was shown.')).toEqual(['New York']);
  });

  it('keeps a show named in quotes, as an organization', () => {
    const shows = [
      'Jon Hamm, who plays Don Draper on the hit AMC show "Mad Men," is back.',
      'Clarkson will not be renewed as host of "Top Gear" next year.',
      'Tom Colicchio, host of the program, judged a "Top Chef" contestant.',
    ];
    for (const [text, show] of [
      [shows[0], 'Mad Men'],
      [shows[1], 'Top Gear'],
      [shows[2], 'Top Chef'],
    ] as const) {
      const found = extractEntities(text ?? '').find((e) => e.name === show);
      expect(found?.type).toBe('organization');
      // A show has no surname: "Men" is no alias of "Mad Men".
      expect(found?.aliases).toEqual([]);
    }
    // A possessive after the title is no part of it.
    const episode = 'The BBC pulled "Top Gear\'s" next episode, and the show "Top Gear" went on.';
    expect(extractEntities(episode).find((e) => e.name === 'Top Gear')?.mentions).toHaveLength(2);
  });

  it('makes no name of a work, slogan or campaign quoted whole', () => {
    // Songs, films and slogans are none of a person, an organization or a place.
    const song = 'Pharrell Williams sang "Forever Young" with Angelina Jolie.';
    expect(names(song)).toEqual(['Pharrell Williams', 'Angelina Jolie']);
    const campaign = 'Baristas wrote "Race Together" on cups, and Race Together went on.';
    expect(names(campaign)).toEqual([]);
    // A nickname with a name in it is a person's: "Jihadi John".
    expect(names('The man known as "Jihadi John" was named.')).toEqual(['Jihadi John']);
  });

  it('reads a long quotation after "book", "sermons such as" or "titled" as a title', () => {
    const book =
      'Lisa Ode, author of the new book "On Your Case: A Compassionate (and Only Slightly ' +
      'Bossy) Legal Guide for Every Stage of a Woman\'s Life," says parents should have a lawyer.';
    expect(names(book)).toEqual(['Lisa Ode']);
    const sermons =
      'They studied sermons such as "Have You Heard John Preach?" with Fred Craddock.';
    expect(names(sermons)).toEqual(['Fred Craddock']);
    // Without such a word, a long quotation is speech, and its names are names.
    const speech = '"We All Met Governor Jones And Then Went On To The Old Harbour," Ann Lee said.';
    expect(names(speech)).toContain('Jones');
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

describe('titles without quotes', () => {
  it('reads a run of capitals with a pronoun inside a sentence as a title', () => {
    const song = "Bono sang on the song Do They Know It's Christmas? with Chris Martin.";
    expect(names(song)).toEqual(['Bono', 'Chris Martin']);
    const film = 'She won for My Left Foot and The She Hate Me director Spike Lee came.';
    expect(names(film)).toEqual(['Spike Lee']);
  });

  it('keeps a name also written outside the title, and a quotation opened by a pronoun', () => {
    const text = 'Ask Jeeves added My Ask Jeeves, said Tony Macklin, spokesman for Ask Jeeves.';
    expect(names(text)).toEqual(expect.arrayContaining(['Ask Jeeves', 'Tony Macklin']));
    expect(names('She tweeted "My Dolmen shirts are going in the bin."')).toEqual(['Dolmen']);
  });
});
