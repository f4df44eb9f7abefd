import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { find, names, typed, typesOf } from './helpers.js';

// Issue 4: words of quoted speech, and the outlets, firms and bodies of today's news. Every
// text here was written for these tests.

describe('quoted speech', () => {
  it('reads contractions with a curly apostrophe as words: "I’m", "Don’t"', () => {
    const text = '“No, I’m not going,” Rogers said. “Don’t do that.” I’ve heard it before.';
    expect(names(text)).toEqual(['Rogers']);
  });

  it('reads an interjection at a sentence start as no name', () => {
    const text = 'He paused. “Nah. Uh, maybe later,” Ellis said. Oh, and Yeah, he left.';
    expect(names(text)).toEqual(['Ellis']);
    // Inside a name it stays: "Hey Jude" is not "Jude".
    expect(names('Paul McCartney sang Hey Jude at the show.')).toContain('Hey Jude');
  });

  it('ends the sentence after "said no." (but not after "No. 10")', () => {
    const text =
      'The White House said no. The House voted anyway. He lives at No. 10 Downing Street.';
    expect(typed(text)).toEqual([
      ['House', 'organization'],
      ['White House', 'organization'],
      ['Downing Street', 'place'],
    ]);
  });
});

describe('outlets and firms', () => {
  it('types news outlets a text cites as organizations', () => {
    const text =
      'Ruiz told Axios she would run. Politico and Vox reported it first, and The Federalist ' +
      'and the Daily Wire disagreed, as did a study in The Lancet.';
    const outlets = typed(text).filter(([, type]) => type === 'organization');
    expect(outlets.map(([name]) => name).sort()).toEqual(
      ['Axios', 'Daily Wire', 'Politico', 'The Federalist', 'The Lancet', 'Vox'].sort(),
    );
  });

  it('keeps "Internet", "English" or "TV" opening a name, and knows Amazon as a firm', () => {
    const text =
      'Users of Internet Explorer fell, said the Internet Engineering Task Force. The English ' +
      'Premier League signed with Amazon and TV Azteca.';
    const types = typesOf(text);
    expect([...types.keys()].sort()).toEqual(
      [
        'Internet Explorer',
        'Internet Engineering Task Force',
        'English Premier League',
        'Amazon',
        'TV Azteca',
      ].sort(),
    );
    expect(types.get('English Premier League')).toBe('organization');
    expect(types.get('Amazon')).toBe('organization');
    // Alone they are still no names.
    expect(names('He saw it on the Internet and on TV, in English.')).toEqual([]);
  });

  it('knows papers and journals named like places or fields as outlets', () => {
    const text = 'The Arizona Republic reported it, as did Le Parisien and Foreign Policy.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Le Parisien', 'organization'],
        ['Foreign Policy', 'organization'],
        ['Arizona Republic', 'organization'],
      ]),
    );
    // A town's name and a word that ends papers' names ("Star", "Sun").
    const papers =
      'Sources: "Report found on street" — Toronto Star, August 15. "MP calls for probe" — ' +
      'Edmonton Sun, August 16.';
    expect(typesOf(papers).get('Toronto Star')).toBe('organization');
    expect(typesOf(papers).get('Edmonton Sun')).toBe('organization');
  });

  it('knows the trade press, fashion houses and firms of the news by their names', () => {
    const text =
      'Deadline and Variety reported that Marvel hired her, after Dior and Chanel did; Gawker ' +
      'and Bankrate agreed, and Kaseya said so.';
    const types = typesOf(text);
    expect(types.size).toBe(8);
    expect(new Set(types.values())).toEqual(new Set(['organization']));
  });

  it('types what is state-run or owned by a firm as a body', () => {
    const text = 'The state-run Tasnim said so, and the Rosneft-owned Yugansk agreed.';
    expect(typesOf(text).get('Tasnim')).toBe('organization');
    expect(typesOf(text).get('Yugansk')).toBe('organization');
  });

  it('types a name after "organization", "agency" or "outlet" as one', () => {
    const text =
      'Ann Lee of the humanitarian organization Vantora said so. Vantora has worked here for years.';
    expect(typesOf(text).get('Vantora')).toBe('organization');
    const agency = 'The state news agency Telam said Telam would report it.';
    expect(typesOf(agency).get('Telam')).toBe('organization');
  });

  it('keeps a body the text introduces by its kind a body, however its name reads later', () => {
    const text =
      'The change came after film studio New Line objected. "Of course New Line want to make ' +
      'money," Mr Weitz said, and New Line feared a flop. The wine maker Robert Mondavi said ' +
      "Mondavi would sell. The band's US tour starts soon.";
    const types = typesOf(text);
    expect(types.get('New Line')).toBe('organization');
    expect(types.get('Robert Mondavi')).toBe('organization');
    expect(types.get('United States')).toBe('place');
    // A kind that is also a job introduces a person.
    expect(typesOf('The veteran broadcaster Cyril Fletcher has died.').get('Cyril Fletcher')).toBe(
      'person',
    );
  });

  it('types a name opened by "World", "Global" or "International" as a body', () => {
    const text =
      'Ann Lee, a spokeswoman for World Vision, spoke, and Global Witness agreed. Then the CEO ' +
      'of World Vision announced a reversal.';
    expect(typed(text)).toEqual([
      ['World Vision', 'organization'],
      ['Ann Lee', 'person'],
      ['Global Witness', 'organization'],
    ]);
  });

  it('reads an airline opened by "Air" or "Aer", and chains by their names, as bodies', () => {
    const text =
      'Fares at Air Deccan and Aer Lingus fell, while Burger King and Nickelodeon signed a deal.';
    expect(new Set(typesOf(text).values())).toEqual(new Set(['organization']));
    expect(typesOf(text).size).toBe(4);
  });

  it('types a journal the text names as one with the outlets', () => {
    const text = 'The study appeared in the journal Molecular Psychiatry on Friday, Ann Lee said.';
    expect(typesOf(text).get('Molecular Psychiatry')).toBe('organization');
  });

  it('types a brand of the tech trade with the firms, never as a person', () => {
    const text =
      'Gamers chose Xbox over PlayStation, and users of Android edited photos in Photoshop.';
    expect(new Set(typesOf(text).values())).toEqual(new Set(['organization']));
    expect(typesOf(text).size).toBe(4);
  });

  it('types a one-word name that keeps its "The" as a body: an outlet or a band', () => {
    const text =
      'The essay is republished from The Conversation. Fans of The Quillers cheered when ' +
      'The Quillers played, and The Conversation wrote about them.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['The Conversation', 'organization'],
        ['The Quillers', 'organization'],
      ]),
    );
  });

  it('knows Al-Jazeera with its hyphen, and a tax credit as no person', () => {
    const text = 'Al-Jazeera reported that the Child Tax Credit had expired.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Al-Jazeera', 'organization'],
        ['Child Tax Credit', 'organization'],
      ]),
    );
  });

  it('keeps a report joined by "and" whole, with its acronym', () => {
    const text = "It ran in the agency's Morbidity and Mortality Weekly Report (MMWR).";
    expect(find(text, 'Morbidity and Mortality Weekly Report')?.aliases).toEqual(['MMWR']);
  });

  it('keeps a journal "of" its country whole; the Hajj and "the State" are no names', () => {
    const text =
      'It was published in the Medical Journal of Australia. Pilgrims came for the Hajj. The ' +
      'State must pay, the court said.';
    expect(typed(text)).toEqual([['Medical Journal of Australia', 'organization']]);
  });

  it('types an authorization and a survey as no people', () => {
    const text =
      'The agency granted an Emergency Use Authorization. The Labor Turnover Survey agreed.';
    expect(extractEntities(text).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads "New Yorker" before a name as where the person is from', () => {
    const text = 'New Yorker William Trowbridge and Texan Michael Chicoine pleaded guilty.';
    expect(typed(text)).toEqual([
      ['William Trowbridge', 'person'],
      ['Michael Chicoine', 'person'],
    ]);
  });

  it('types vaccine makers as organizations', () => {
    const text = 'Moderna said its shot worked. Novavax and AstraZeneca followed.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Moderna', 'organization'],
        ['Novavax', 'organization'],
        ['AstraZeneca', 'organization'],
      ]),
    );
  });
});

describe('bodies and places named after people or subjects', () => {
  it('types a department named by its country, a space shuttle and holy places', () => {
    const text =
      'An Environment Canada document was found. NASA retired Space Shuttle Columbia. ' +
      'Pilgrims filled the Grand Mosque, and trains stop at Shandao Station.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Environment Canada', 'organization'],
        ['NASA', 'organization'],
        ['Space Shuttle Columbia', 'organization'],
        ['Grand Mosque', 'place'],
        ['Shandao Station', 'place'],
      ]),
    );
  });

  it("types a mission code as no person, and keeps it out of the center's name", () => {
    const text = 'Columbia lifted off from the Kennedy Space Center on STS-1, the first mission.';
    expect(typed(text)).toEqual([
      ['Kennedy Space Center', 'organization'],
      ['STS-1', 'organization'],
    ]);
  });

  it('types a system as no person: "Information System and Intelligence System"', () => {
    const text = 'It was renamed the Information System and Intelligence System in 1999.';
    expect(extractEntities(text).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads a deficiency as a condition, and "Last Year" as no name', () => {
    const text =
      'Iodine deficiency can harm children. Experts say Iodine deficiency is common. Last ' +
      'Year over 4 million visitors came.';
    expect(names(text)).toEqual([]);
  });

  it('drops a faith word before a name: "Scientologist Tom Cruise"', () => {
    expect(names('Scientologist Tom Cruise spoke at the event.')).toEqual(['Tom Cruise']);
  });

  it('types an airport named after a person as a place', () => {
    const text = 'Crowds gathered at Hamid Karzai International Airport on Monday.';
    expect(typed(text)).toEqual([['Hamid Karzai International Airport', 'place']]);
  });

  it('types a "Panel on" name as an organization after a possessive too', () => {
    const text = 'The United Nations’ Intergovernmental Panel on Climate Change is the keeper.';
    expect(typed(text)).toEqual([
      ['United Nations', 'organization'],
      ['Intergovernmental Panel on Climate Change', 'organization'],
    ]);
  });

  it('keeps "Panel on" and "Action for" names whole', () => {
    const text =
      'The Intergovernmental Panel on Climate Change reported. A judge ruled the Deferred ' +
      'Action for Childhood Arrivals program unlawful.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Intergovernmental Panel on Climate Change', 'organization'],
        ['Deferred Action for Childhood Arrivals', 'organization'],
      ]),
    );
  });
});

describe('datelines of wire copy', () => {
  it('keeps a place in capitals whole, and starts the story after the dash', () => {
    const text =
      'NEW YORK — The Trump Organization sued. WASHINGTON – The Biden administration agreed, ' +
      'and ABN AMRO paid.';
    expect(names(text)).toEqual([
      'New York',
      'Trump Organization',
      'Washington',
      'Biden',
      'ABN AMRO',
    ]);
    const agency = 'LONDON (Reuters) - The Bank of England raised rates.';
    expect(names(agency)).toEqual(['Reuters', 'Bank of England', 'London']);
    // The place is shown as the text writes it elsewhere, else in title case.
    expect(names('KYIV, Ukraine (AP) — Troops left. Kyiv held.')[0]).toBe('Kyiv');
    // Acronyms side by side are still names side by side.
    expect(names('The SNL ISIS skit aired.')).toEqual(['SNL', 'ISIS']);
  });
});
