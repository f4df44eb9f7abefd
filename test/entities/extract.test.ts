import { describe, expect, it } from 'vitest';
import { entityMatches, extractEntities, mergeEntitiesAcross } from '../../src/entities/index.js';
import type { Entity } from '../../src/model.js';
import { typed } from './helpers.js';

// Every text here was written for these tests.

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

function written(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
}

describe('headlines in capitals', () => {
  const text =
    'SENATORS RALLY BEHIND SESSIONS AS TRUMP FUMES\n' +
    'Republican senators on Thursday defended Attorney General Jeff Sessions after President ' +
    'Donald Trump attacked him again. Sessions said he would stay.';
  const entities = extractEntities(text);

  it('joins a shouted name to the person the body names', () => {
    expect(written(text, byName(entities, 'Jeff Sessions'))).toEqual([
      'SESSIONS',
      'Jeff Sessions',
      'Sessions',
    ]);
    expect(written(text, byName(entities, 'Donald Trump'))).toEqual(['TRUMP', 'Donald Trump']);
  });

  it('makes no entity of headline words, and shows no capitals as an alias', () => {
    expect(entities.map((e) => e.name).sort()).toEqual(['Donald Trump', 'Jeff Sessions']);
    expect(byName(entities, 'Jeff Sessions')?.aliases).toEqual(['Sessions']);
  });
});

describe('hyphenated and accented names', () => {
  const text =
    '📰 Ségolène Royal and Jean-Luc Mélenchon spoke in Besançon. Later Anne-Marie ' +
    'Lefèvre-Durand, the mayor, joined Royal and Mélenchon.';
  const entities = extractEntities(text);

  it('keeps the whole name, accents and hyphens included, with UTF-16 offsets', () => {
    expect(written(text, byName(entities, 'Ségolène Royal'))).toEqual(['Ségolène Royal', 'Royal']);
    expect(written(text, byName(entities, 'Jean-Luc Mélenchon'))).toEqual([
      'Jean-Luc Mélenchon',
      'Mélenchon',
    ]);
    expect(byName(entities, 'Anne-Marie Lefèvre-Durand')?.type).toBe('person');
    expect(byName(entities, 'Besançon')?.type).toBe('place');
  });

  it('shows a name written with two spaces or a no-break space with one, offsets exact', () => {
    const spaced = 'A study at Mulago National Referral  Hospital and by Ann\u00a0Lee found it.';
    const found = extractEntities(spaced);
    expect(found.map((e) => e.name)).toEqual(['Mulago National Referral Hospital', 'Ann Lee']);
    expect(written(spaced, found[0])).toEqual(['Mulago National Referral  Hospital']);
  });

  it('does not glue a sentence-opening adverb to the name', () => {
    expect(entities.some((e) => e.name.startsWith('Later'))).toBe(false);
  });
});

describe('names at a sentence start', () => {
  it('finds a surname that opens a sentence when the text names the person elsewhere', () => {
    const text =
      'Kislyak declined to comment. The office of Sergey Kislyak issued a note. Meanwhile, ' +
      'Kislyak left Washington.';
    const entities = extractEntities(text);
    expect(written(text, byName(entities, 'Sergey Kislyak'))).toEqual([
      'Kislyak',
      'Sergey Kislyak',
      'Kislyak',
    ]);
    expect(entities.map((e) => e.name)).not.toContain('Meanwhile');
  });

  it('reads a capitalised common word at a sentence start as a word', () => {
    const text = 'Officials said the talks would resume. Sessions at the summit ran late.';
    expect(extractEntities(text).map((e) => e.name)).toEqual([]);
  });

  it('finds a place name that opens a sentence', () => {
    const text = 'New Zealand voted on Saturday. Voters in new towns queued early.';
    expect(byName(extractEntities(text), 'New Zealand')?.type).toBe('place');
  });
});

describe('one-word names that are also common words', () => {
  const text =
    'The director of national intelligence, Dan Coats, met senators on Monday. Coats said ' +
    'little. The sessions ran late and their coats were wet. Jeff Sessions, the attorney ' +
    'general, arrived later; Sessions spoke briefly. Trump played his trump card in a tweet, ' +
    'and Donald Trump later deleted it. Graham, a senator, and the staff of Lindsey Graham ' +
    'agreed over graham crackers.';
  const entities = extractEntities(text);

  it('takes the capitalised name and leaves the lower-case word', () => {
    expect(written(text, byName(entities, 'Dan Coats'))).toEqual(['Dan Coats', 'Coats']);
    expect(written(text, byName(entities, 'Jeff Sessions'))).toEqual(['Jeff Sessions', 'Sessions']);
    expect(written(text, byName(entities, 'Donald Trump'))).toEqual(['Trump', 'Donald Trump']);
    expect(written(text, byName(entities, 'Lindsey Graham'))).toEqual(['Graham', 'Lindsey Graham']);
  });

  it('types them all as people and makes no entity of the common words', () => {
    expect(entities.map((e) => e.type)).toEqual(['person', 'person', 'person', 'person']);
  });
});

describe('places and things that are not people', () => {
  it('keeps a nationality word that belongs to a place name, and abbreviated place prefixes', () => {
    const text =
      'Saudi Arabia and the Czech Republic sent envoys to St. Petersburg, where Saudi officials ' +
      'met Czech diplomats.';
    const entities = extractEntities(text);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Saudi Arabia', 'place'],
      ['Czech Republic', 'place'],
      ['St. Petersburg', 'place'],
    ]);
  });

  it('reads an unknown town as a place from the words around it', () => {
    const text =
      'The central library of Wexmoor reopened on Saturday, and a Harbourton-based charity ' +
      'paid for the roof.';
    const entities = extractEntities(text);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Wexmoor', 'place'],
      ['Harbourton', 'place'],
    ]);
    expect(written(text, byName(entities, 'Harbourton'))).toEqual(['Harbourton']);
  });

  it('makes no entity of holidays, prefixed adjectives or capitalised common words', () => {
    const text =
      "Crowds marked Valentine's Day in Paris. The anti-Semitic attack drew a crowd to a " +
      'rally on health. Speakers named the report "Health, Life and Love" and spoke of life ' +
      'and love.';
    expect(extractEntities(text).map((e) => e.name)).toEqual(['Paris']);
  });
});

describe('virus variants', () => {
  it('reads a variant as no name with a word between or a hyphen after, and its letter alone', () => {
    const text =
      'The Delta coronavirus variant doubles the risk, a study in Scotland found. The Delta ' +
      'variant-fueled surge began in July, and the Delta spread.';
    expect(extractEntities(text).map((e) => e.name)).toEqual(['Scotland']);
  });
});

describe('one entity per thing', () => {
  it('merges U.S., USA and United States, and the two names of the Justice Department', () => {
    const text =
      'The U.S. and Russia signed. Officials in the USA and the United States agreed. The ' +
      'Justice Department said the Department of Justice would review it.';
    const entities = extractEntities(text);
    const us = byName(entities, 'United States');
    expect(us?.type).toBe('place');
    expect(written(text, us)).toEqual(['U.S.', 'USA', 'United States']);
    const doj = byName(entities, 'Department of Justice');
    expect(doj?.type).toBe('organization');
    expect(written(text, doj)).toEqual(['Justice Department', 'Department of Justice']);
    expect(entities).toHaveLength(3);
  });

  it('merges surnames, titles and possessives into the full name, offsets without the possessive', () => {
    const text =
      "Jeff Sessions’ allies spoke first. Mr Sessions later said Sessions's record was clean.";
    const [sessions, ...rest] = extractEntities(text);
    expect(rest).toEqual([]);
    expect(sessions?.name).toBe('Jeff Sessions');
    expect(sessions?.aliases).toEqual(expect.arrayContaining(['Sessions', 'Mr Sessions']));
    expect(written(text, sessions)).toEqual(['Jeff Sessions', 'Sessions', 'Sessions']);
  });

  it('merges the nicknames news gives a place: "the Red Planet", "the Big Apple"', () => {
    const text = 'NASA studied Mars. The Red Planet once had an ocean, and the Big Apple cheered.';
    const entities = extractEntities(text);
    expect(written(text, byName(entities, 'Mars'))).toEqual(['Mars', 'Red Planet']);
    expect(written(text, byName(entities, 'New York'))).toEqual(['Big Apple']);
  });

  it('keeps two people with one surname apart', () => {
    const text = 'Lindsey Graham met Franklin Graham. Lindsey Graham spoke first.';
    const names = extractEntities(text).map((e) => e.name);
    expect(names.sort()).toEqual(['Franklin Graham', 'Lindsey Graham']);
  });
});

describe('roles', () => {
  it('gives the title or role phrase the text writes before a name', () => {
    const text =
      'Attorney General Jeff Sessions met White House press secretary Sean Spicer and Russian ' +
      'ambassador Sergey Kislyak. Deputy Attorney General Rod Rosenstein was not there.';
    const entities = extractEntities(text);
    expect(byName(entities, 'Jeff Sessions')?.role).toBe('Attorney General');
    expect(byName(entities, 'Sean Spicer')?.role).toBe('White House press secretary');
    expect(byName(entities, 'Sergey Kislyak')?.role).toBe('Russian ambassador');
    expect(byName(entities, 'Rod Rosenstein')?.role).toBe('Deputy Attorney General');
    expect(byName(entities, 'White House')?.type).toBe('organization');
    // The title is not part of the name, so the offsets start at the name.
    expect(written(text, byName(entities, 'Jeff Sessions'))).toEqual(['Jeff Sessions']);
  });

  it('reads abbreviated titles, initials and generational suffixes', () => {
    const text =
      'Wisconsin Gov. Scott Walker met George W. Bush, Martin Luther King Jr. and Texas ' +
      'Republican Ted Cruz.';
    const entities = extractEntities(text);
    expect(byName(entities, 'Scott Walker')?.role).toBe('Gov.');
    expect(byName(entities, 'Wisconsin')?.type).toBe('place');
    expect(written(text, byName(entities, 'George W. Bush'))).toEqual(['George W. Bush']);
    expect(byName(entities, 'Martin Luther King Jr')?.type).toBe('person');
    expect(byName(entities, 'Ted Cruz')?.type).toBe('person');
    expect(entities.map((e) => e.name).sort()).toEqual([
      'George W. Bush',
      'Martin Luther King Jr',
      'Scott Walker',
      'Ted Cruz',
      'Texas',
      'Wisconsin',
    ]);
  });

  it('leaves honours and degrees after a name out of it', () => {
    const text =
      'The coin is by Ian Rank-Broadley FRBS. Counsel Ken Macdonald QC and Elton John CBE agreed.';
    expect(typed(text)).toEqual([
      ['Ian Rank-Broadley', 'person'],
      ['Ken Macdonald', 'person'],
      ['Elton John', 'person'],
    ]);
  });

  it('keeps the words that describe a lower-case role, and drops an honorific after a title', () => {
    const text =
      'Italian prime minister Mario Draghi met finance minister Bo Lin and home secretary Ann ' +
      'Lee. CDC Director Dr. Rochelle Walensky and Surgeon General Vivek Murthy joined them.';
    const entities = extractEntities(text);
    expect(byName(entities, 'Mario Draghi')?.role).toBe('Italian prime minister');
    expect(byName(entities, 'Bo Lin')?.role).toBe('finance minister');
    expect(byName(entities, 'Ann Lee')?.role).toBe('home secretary');
    expect(byName(entities, 'Rochelle Walensky')?.role).toBe('Director');
    expect(byName(entities, 'Vivek Murthy')?.role).toBe('Surgeon General');
  });

  it('reads a manager and an associate professor as titles', () => {
    const text =
      'Then City Manager John Shaw resigned, said Emory Associate Professor Dr. Sandra Fry.';
    const entities = extractEntities(text);
    expect(byName(entities, 'John Shaw')?.role).toBe('City Manager');
    expect(byName(entities, 'Sandra Fry')?.role).toBe('Associate Professor');
    expect(byName(entities, 'Emory')?.type).toBe('organization');
    expect(entities.map((e) => e.name).sort()).toEqual(['Emory', 'John Shaw', 'Sandra Fry']);
  });

  it('gives no role for a describing word alone, or an honorific alone', () => {
    const text = 'The health Ann Lee said so. Dr. Dr. Bo Lin agreed.';
    const entities = extractEntities(text);
    expect(byName(entities, 'Ann Lee')?.role).toBeUndefined();
    expect(byName(entities, 'Bo Lin')?.role).toBeUndefined();
  });

  it('gives no role when none is written', () => {
    const text = 'Sean Spicer left the briefing room early on Tuesday.';
    expect(extractEntities(text)[0]?.role).toBeUndefined();
  });
});

describe('sports reports', () => {
  it('reads the names in a results table as teams', () => {
    const text = 'Results on Saturday:\nArsenal 2 Chelsea 1\nLeeds 0 Everton 0';
    const entities = extractEntities(text);
    expect(entities.map((e) => e.name).sort()).toEqual(['Arsenal', 'Chelsea', 'Everton', 'Leeds']);
    expect(new Set(entities.map((e) => e.type))).toEqual(new Set(['organization']));
  });

  it('reads a city as its club but a country as a place, and joins a club to its short name', () => {
    const text =
      'Manchester United beat Leeds 2-1 in the league on Saturday. United scored twice before ' +
      'half-time, and the striker Anna Berg (Barcelona) scored as England beat Brazil in the ' +
      'final of the tournament.';
    const entities = extractEntities(text);
    expect(written(text, byName(entities, 'Manchester United'))).toEqual([
      'Manchester United',
      'United',
    ]);
    expect(byName(entities, 'Leeds')?.type).toBe('organization');
    expect(byName(entities, 'Barcelona')?.type).toBe('organization');
    expect(byName(entities, 'England')?.type).toBe('place');
    expect(byName(entities, 'Brazil')?.type).toBe('place');
    expect(byName(entities, 'Anna Berg')?.type).toBe('person');
  });

  it('leaves a city in ordinary news a place', () => {
    const text = 'Flooding closed roads in Leeds on Saturday, and Leeds council opened shelters.';
    expect(byName(extractEntities(text), 'Leeds')?.type).toBe('place');
  });

  it('reads rugby competitions as bodies, and a Test match or a scrum as no name', () => {
    const text =
      "Josh Lewsey said he was denied a try in his side's Six Nations loss to Ireland. Coach " +
      'Andy Robinson dropped him for the autumn Tests. Scrum-half Peter Stringer was glad.';
    expect(new Map(extractEntities(text).map((e) => [e.name, e.type]))).toEqual(
      new Map([
        ['Josh Lewsey', 'person'],
        ['Six Nations', 'organization'],
        ['Ireland', 'place'],
        ['Andy Robinson', 'person'],
        ['Peter Stringer', 'person'],
      ]),
    );
  });
});

describe('salience', () => {
  it('ranks the people a story is about above the place it was filed from', () => {
    const text =
      'Jerusalem (CNN)Isaac Herzog conceded on Wednesday. Herzog called Benjamin Netanyahu to ' +
      'congratulate him, and Netanyahu thanked him. Herzog said his party would go on.';
    const names = extractEntities(text).map((e) => e.name);
    expect(names).toEqual(['Isaac Herzog', 'Benjamin Netanyahu', 'Jerusalem']);
  });

  it('counts the headline', () => {
    const text = 'Anna Berg met Tom Lund in Oslo. Lund spoke first, then Berg.';
    const withTitle = extractEntities(text, { title: 'Lund wins the vote' });
    const without = extractEntities(text);
    expect(without[0]?.name).toBe('Anna Berg');
    expect(withTitle[0]?.name).toBe('Tom Lund');
  });

  it('knows the short forms a headline uses for a name the story spells out', () => {
    const text =
      'Anna Berg of Norway met envoys of the United States in Oslo. Berg spoke of Norway. The ' +
      'Republican Party said the United States would wait.';
    const us = extractEntities(text).find((e) => e.name === 'United States');
    expect(us?.aliases).toEqual(['U.S.', 'USA']);
    expect(extractEntities(text).find((e) => e.name === 'Republican Party')?.aliases).toEqual([
      'GOP',
    ]);
    expect(extractEntities(text)[0]?.name).toBe('Anna Berg');
    expect(extractEntities(text, { title: 'U.S. waits' })[0]?.name).toBe('United States');
  });
});

describe('across articles', () => {
  const first = extractEntities(
    'Attorney General Jeff Sessions said the U.S. would act. Sessions spoke in Washington.',
  );
  const second = extractEntities(
    'Mr Sessions told senators that the United States would act. The Justice Department agreed.',
  );
  const third = extractEntities('The Department of Justice said Sessions had not resigned.');
  const merged = mergeEntitiesAcross([first, second, third]);

  it('makes one entity of each person, place and organization', () => {
    const sessions = merged.filter((e) => entityMatches(e, 'Sessions'));
    expect(sessions.map((e) => e.name)).toEqual(['Jeff Sessions']);
    expect(merged.filter((e) => entityMatches(e, 'U.S.')).map((e) => e.name)).toEqual([
      'United States',
    ]);
    const doj = merged.filter((e) => e.type === 'organization');
    expect(doj.map((e) => e.name)).toEqual(['Department of Justice']);
  });

  it('adds up salience across the articles', () => {
    const one = [first, second, third]
      .flat()
      .filter((e) => entityMatches(e, 'Sessions'))
      .reduce((sum, e) => sum + e.salience, 0);
    const sessions = merged.find((e) => e.name === 'Jeff Sessions');
    expect(sessions?.salience).toBeCloseTo(one, 2);
    expect(merged[0]?.name).toBe('Jeff Sessions');
  });
});
