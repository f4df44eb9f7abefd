import { describe, expect, it } from 'vitest';
import { find, names, typed, typesOf } from './helpers.js';

// Issue 4: business and technology news names firms a lexicon does not know, and says what
// they are in lower-case words around them. Every text here was written for these tests.

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
    expect(typesOf('The trains are run by a separate company, Transmanche.')).toEqual(
      new Map([['Transmanche', 'organization']]),
    );
    expect(typesOf('Prices rose, said Dalcorp chief economist Ann Lee.').get('Dalcorp')).toBe(
      'organization',
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

describe('firms, branches and brands that read like people', () => {
  it('keeps a firm apart from a person whose given name it would be', () => {
    const text =
      'A slump at luxury car maker Mercedes hit profits. Losses came from its Mercedes Smart ' +
      "range. Mercedes' profits fell for the year.";
    expect(find(text, 'Mercedes')?.type).toBe('organization');
    expect(find(text, 'Mercedes Smart')?.aliases).not.toContain('Mercedes');
  });

  it('keeps a known firm whose name ends in a title word whole before a product', () => {
    expect(typed('For her last meal she asked for two Burger King Whoppers.')).toEqual([
      ['Burger King', 'organization'],
    ]);
  });

  it('reads an acronym before a place as the body\'s branch: "GM Europe"', () => {
    const text = 'The car will not be sold in the US, said GM Europe president Carl-Peter Forster.';
    expect(typesOf(text).get('GM Europe')).toBe('organization');
    // A nation's tag before a place is no branch.
    expect(typesOf('Rioters broke into the US Capitol on Wednesday.').get('US Capitol')).toBe(
      'place',
    );
  });

  it('reads a word before a country as a body: "Tate Britain", "Sport England"', () => {
    const text = 'Visitors to Tate Britain can try it. Sport England gave money to the project.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Tate Britain', 'organization'],
        ['Sport England', 'organization'],
      ]),
    );
    expect(typesOf('Crowds came to Fan Expo Canada in Toronto.').get('Fan Expo Canada')).toBe(
      'organization',
    );
    expect(typesOf('Oil spilled into the Gulf of Mexico.').get('Gulf of Mexico')).toBe('place');
    // A given name before a country is a person's.
    expect(typesOf('Anna France said she would stay.').get('Anna France')).toBe('person');
  });

  it('reads "Aerospace" and "Comics" as no surname, a square as a place, a model as a craft', () => {
    const text =
      'Paul Burton of IHS Aerospace said the jets are new. Crowds filled Tiananmen Square, and ' +
      'DC Comics said little. Two F-22 Raptors landed.';
    const types = typesOf(text);
    expect(types.get('IHS Aerospace')).toBe('organization');
    expect(types.get('Tiananmen Square')).toBe('place');
    expect(types.get('DC Comics')).toBe('organization');
    expect(types.get('F-22 Raptors')).toBe('organization');
  });
});

describe('heads no person has', () => {
  it('reads a consultancy, a retailer or a maker by the last word of its name', () => {
    const text =
      'Paul Dales of Capital Economics spoke, and so did staff at Energy Security Analysis, ' +
      'American Eagle Outfitters and Ambuja Cement, and the website Ilham Online.';
    for (const firm of [
      'Capital Economics',
      'Energy Security Analysis',
      'American Eagle Outfitters',
      'Ambuja Cement',
      'Ilham Online',
    ]) {
      expect(typesOf(text).get(firm)).toBe('organization');
    }
  });

  it('reads a theatre, a white paper, a car model, a periodical and a show as no person', () => {
    const text =
      "Prizes were given at Dublin's Point Theatre. Plans in the White Paper may fail. He " +
      'drove a 1999 Lincoln Town Car.';
    for (const thing of ['Point Theatre', 'White Paper', 'Lincoln Town Car']) {
      expect(typesOf(text).get(thing)).toBe('organization');
    }
    // Nor is a periodical.
    const monthly = 'A manifesto was unveiled in a recent Washington Monthly cover story.';
    expect(typesOf(monthly).get('Washington Monthly')).toBe('organization');
    // A show is no person either, and the chemist Boots no place.
    const show = 'The Consumer Electronics Show (CES) opened. A print at Boots costs £4.99.';
    expect(typesOf(show)).toEqual(
      new Map([
        ['Consumer Electronics Show', 'organization'],
        ['Boots', 'organization'],
      ]),
    );
  });

  it('reads a regiment, a battalion or a brigade, and a party by its members, as bodies', () => {
    const text =
      'Troops of the 2nd Battalion Royal Gurkha Rifles joined the 3rd Combat Aviation Brigade ' +
      'and the Lancashire Regiment, said an agent for Arundel and South Downs Tories.';
    for (const body of [
      '2nd Battalion Royal Gurkha Rifles',
      '3rd Combat Aviation Brigade',
      'Lancashire Regiment',
      'South Downs Tories',
    ]) {
      expect(typesOf(text).get(body)).toBe('organization');
    }
  });
});

describe('names and titles of business news', () => {
  it('keeps a firm named with "&" whole at a sentence start: "Standard & Poor\'s"', () => {
    const text = "Ratings rose. Standard & Poor's has classed the bonds as investment grade.";
    expect(typesOf(text)).toEqual(new Map([["Standard & Poor's", 'organization']]));
  });

  it('reads the first portfolio of a joint title as part of it, no name', () => {
    const text = 'Kamal Nath, Commerce and Industry Minister, announced the decision in Delhi.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Kamal Nath', 'person'],
        ['Delhi', 'place'],
      ]),
    );
    // A department joined by "and" stays one body.
    expect(typesOf('The Department of Trade and Industry said so.')).toEqual(
      new Map([['Department of Trade and Industry', 'organization']]),
    );
  });

  it('reads initials spelled out in lower-case words as a thing, wherever they are used', () => {
    const text =
      "Next year's cost-of-living adjustment, or COLA, is 5.9%, the Social Security " +
      'Administration said. The COLA beat the consumer price index (CPI). The CPI and the ' +
      'Food and Drug Administration (FDA) agreed.';
    expect(new Set(names(text))).toEqual(
      new Set(['Social Security Administration', 'Food and Drug Administration']),
    );
  });

  it('reads a name spelled out before its initials in brackets as no person', () => {
    const text =
      'BT offers Asymmetric Digital Subscriber Line (ADSL) broadband to homes. John Smith (JS) ' +
      'signed the deal.';
    const types = typesOf(text);
    expect(types.get('Asymmetric Digital Subscriber Line')).toBe('organization');
    expect(types.get('John Smith')).toBe('person');
  });

  it('reads a firm that speaks of itself as "it", not the speaker before "from"', () => {
    const text =
      'Most of those asked in a poll for mobile firm Vantelo said no. "We are lazy," David ' +
      'Noone from Vantelo said. On Monday Brisair said that it may lose money.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Vantelo', 'organization'],
        ['David Noone', 'person'],
        ['Brisair', 'organization'],
      ]),
    );
  });

  it('reads a firm by its analysts and a kind noun opening a sentence', () => {
    const text =
      "He met Kelgarth's principal consultant Ard Vetham. Developer Quorvane has shipped the game.";
    expect(typesOf(text)).toEqual(
      new Map([
        ['Kelgarth', 'organization'],
        ['Ard Vetham', 'person'],
        ['Quorvane', 'organization'],
      ]),
    );
  });

  it('knows large firms of Europe and Asia that compromise does not', () => {
    const text =
      'Parmalat said profits doubled. Shares in Lufthansa, Carlsberg and Gartner fell, and ' +
      'Wal-Mart gained.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Parmalat', 'organization'],
        ['Lufthansa', 'organization'],
        ['Carlsberg', 'organization'],
        ['Gartner', 'organization'],
        ['Wal-Mart', 'organization'],
      ]),
    );
    // Car makers and racing teams that read as people's names.
    const f1 = "Lewis Hamilton and his mighty Mercedes won, while Alonso's McLaren trailed.";
    expect(typesOf(f1).get('Mercedes')).toBe('organization');
    expect(typesOf(f1).get('McLaren')).toBe('organization');
  });

  it('keeps the possessive of a firm named with one: "McDonald\'s", "Moody\'s"', () => {
    const text =
      "McDonald's sales rose. At Sainsbury’s, prices fell, and Moody's and Wendy's agreed. " +
      "Bob McDonald's speech was long.";
    expect(typed(text)).toEqual([
      ["McDonald's", 'organization'],
      ['Sainsbury’s', 'organization'],
      ["Moody's", 'organization'],
      ["Wendy's", 'organization'],
      ['Bob McDonald', 'person'],
    ]);
  });

  it('knows brands compromise reads as people: Napster, Compuserve, Shell', () => {
    const text = 'Users left Napster for Compuserve, and Shell said Reebok would follow.';
    for (const firm of ['Napster', 'Compuserve', 'Shell', 'Reebok']) {
      expect(typesOf(text).get(firm)).toBe('organization');
    }
  });

  it('reads a show or an outlet by its presenter, host or correspondent', () => {
    const text =
      'He watched Brightwater Motors presenter Jem Clarke, and Nightly Talk host Jo Fallon. ' +
      'Vantage News correspondent Anna Coren reported.';
    const types = typesOf(text);
    expect(types.get('Brightwater Motors')).toBe('organization');
    expect(types.get('Nightly Talk')).toBe('organization');
    expect(types.get('Vantage News')).toBe('organization');
    expect(types.get('Jem Clarke')).toBe('person');
  });
});

describe('what a named person owns or makes', () => {
  it('reads no person in the name after "Given Surname\'s"', () => {
    const text =
      "Clint Eastwood's Million Dollar Baby won. Naftali Bennett's Jewish Home gained seats. " +
      "The Fabian Society's Sundar Katwala spoke, and Martin Scorsese's Lasseter Films paid.";
    const types = typesOf(text);
    expect(types.get('Million Dollar Baby')).not.toBe('person');
    expect(types.get('Jewish Home')).toBe('organization');
    expect(types.get('Lasseter Films')).toBe('organization');
    // A body's possessive names its people: "the Fabian Society's Sundar Katwala".
    expect(types.get('Sundar Katwala')).toBe('person');
  });
});

describe('words before a name at a sentence start', () => {
  it('reads "Billionaire" opening a sentence as no part of the name after it', () => {
    const text = 'Billionaire Amazon founder Jeff Bezos flew to space. Millionaire Ann Lee stayed.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Amazon', 'organization'],
        ['Jeff Bezos', 'person'],
        ['Ann Lee', 'person'],
      ]),
    );
  });

  it('keeps an ordinary word that opens a firm\'s name before its head: "Southwest Airlines"', () => {
    const text =
      'Flights were cut. Southwest Airlines blamed the weather. News Corporation and Sony ' +
      'Pictures agreed.';
    expect(typed(text)).toEqual([
      ['Southwest Airlines', 'organization'],
      ['News Corporation', 'organization'],
      ['Sony Pictures', 'organization'],
    ]);
    // A noun opens a body's name two or three words before its head, though the text also
    // writes it in lower case.
    const bodies =
      'She backed family planning. Family Planning Association chief Ann Lee agreed, and ' +
      'police said so. Greater Manchester Police confirmed it.';
    expect(typed(bodies)).toEqual([
      ['Family Planning Association', 'organization'],
      ['Ann Lee', 'person'],
      ['Greater Manchester Police', 'organization'],
    ]);
  });
});

describe('software and technology', () => {
  it('reads Windows, Internet Explorer and Bluetooth as products of firms, no people', () => {
    const text =
      'Users of Windows XP and Internet Explorer were warned. The flaw also hits Bluetooth phones.';
    expect(typed(text)).toEqual([
      ['Windows XP', 'organization'],
      ['Internet Explorer', 'organization'],
      ['Bluetooth', 'organization'],
    ]);
  });
});

describe('broadcasters', () => {
  it('knows Sky as a broadcaster, alone and in the names of its channels', () => {
    const text = 'Garry Monk spoke in an interview on Sky. The match was shown on Sky Sports.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Garry Monk', 'person'],
        ['Sky', 'organization'],
        ['Sky Sports', 'organization'],
      ]),
    );
  });

  it('ends a name before a platform and what is on it: "the Roudebush VA Facebook page"', () => {
    const text =
      'Since the story went viral, the Roudebush VA Facebook page has filled up. The ' +
      'Facebook Files said so.';
    expect(names(text)).toEqual(['Roudebush VA', 'Facebook', 'Facebook Files']);
  });

  it('knows the radio station Five Live by its short name', () => {
    const text = 'Michael Johnson told BBC Sport on Five Live that he had doubts.';
    expect(typesOf(text).get('Five Live')).toBe('organization');
  });
});

describe('names listed together', () => {
  it('gives a listed name that nothing types the type of the rest of its list', () => {
    const teams = 'Tests are needed at Los Angeles Rams, Chargers and Dodgers games.';
    expect(typed(teams)).toEqual([
      ['Los Angeles Rams', 'organization'],
      ['Chargers', 'organization'],
      ['Dodgers', 'organization'],
    ]);
    const firms = 'Rivals such as Google, Yahoo, Copernic and Enfish sell desktop search tools.';
    expect(new Set(typed(firms).map(([, type]) => type))).toEqual(new Set(['organization']));
    expect(typed(firms)).toHaveLength(4);
    // A firm we know that reads as a person's name follows its list too.
    const studios = 'Films from Sony Pictures, Walt Disney, Touchstone and Miramax will be shown.';
    expect(typesOf(studios).get('Walt Disney')).toBe('organization');
    expect(typesOf('Walt Disney drew Mickey Mouse in 1928.').get('Walt Disney')).toBe('person');
  });

  it("makes no name of an ordinary word in a list, nor a body of a person's name", () => {
    const text = 'Bands such as Coldplay, Echo and Keane played. So did Coldplay and Ann Lee.';
    expect(typed(text)).toEqual(expect.arrayContaining([['Ann Lee', 'person']]));
    expect(typed(text).map(([name]) => name)).not.toContain('Echo');
  });
});
