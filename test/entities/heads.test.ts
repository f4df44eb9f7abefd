import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { names, typed, typesOf } from './helpers.js';

// Issue 4: what a name's head word, its first word and the words around it say
// about its type (firms, clubs, parties, places), names joined by "&", and acronyms side by
// side.
// Every text here was written for these tests.

describe('head words', () => {
  it('types a name after a person but headed by an organization word as an organization', () => {
    expect(typed('She studied at Bob Jones University in Greenville.')).toContainEqual([
      'Bob Jones University',
      'organization',
    ]);
    const university = extractEntities('George Washington University apologized on Friday.')[0];
    expect(university?.type).toBe('organization');
    // Not a person named "University".
    expect(university?.aliases).toEqual([]);
  });

  it('reads a region of a known place and a state capital as places', () => {
    const text = 'The crater is in Central Australia. Australia has many craters.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Central Australia', 'place', []],
      ['Australia', 'place', []],
    ]);
    expect(typed('Deputy Josie Wells died in Baton Rouge.')).toContainEqual([
      'Baton Rouge',
      'place',
    ]);
  });

  it('reads a republic as one place, "People\'s" included', () => {
    expect(typed("Rebels of the self-declared Donetsk People's Republic fired first.")).toEqual([
      ["Donetsk People's Republic", 'place'],
    ]);
    expect(typed('He flew on to the Central African Republic.')).toEqual([
      ['Central African Republic', 'place'],
    ]);
    const china = extractEntities("Officials of the People's Republic of China met China's envoy.");
    expect(china.map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['China', 'place', ["People's Republic of China"]],
    ]);
  });
});

describe('more head words', () => {
  it('reads a delta or a sea as a place and an airline\'s "Air Lines" as its name', () => {
    expect(typed('Militants in the Niger Delta attacked pipelines.')).toEqual([
      ['Niger Delta', 'place'],
    ]);
    expect(typed('Delta Air Lines canceled flights.')).toEqual([
      ['Delta Air Lines', 'organization'],
    ]);
    expect(typed('Christian Science Monitor reported it first.')).toEqual([
      ['Christian Science Monitor', 'organization'],
    ]);
  });

  it('reads a firm by its trade or by its well-known name, and keeps "Emily Post" a person', () => {
    expect(typed('Asahi Breweries and Seibu Railways reported losses.')).toEqual([
      ['Asahi Breweries', 'organization'],
      ['Seibu Railways', 'organization'],
    ]);
    expect(typed('Analysts at Morgan Stanley said shares in Yahoo would rise.').sort()).toEqual([
      ['Morgan Stanley', 'organization'],
      ['Yahoo', 'organization'],
    ]);
    const text = 'Mittal Steel said Mr Mittal would stay on. Lakshmi Mittal agreed.';
    expect(typed(text)).toEqual([
      ['Lakshmi Mittal', 'person'],
      ['Mittal Steel', 'organization'],
    ]);
    expect(typed('Emily Post wrote the book.')).toEqual([['Emily Post', 'person']]);
  });

  it('reads a known firm opening a longer name, and a party named by its members', () => {
    expect(typed('Fiat Auto and Vodafone KK both said so.')).toEqual([
      ['Fiat Auto', 'organization'],
      ['Vodafone KK', 'organization'],
    ]);
    expect(typed('The Social Democrats and the Christian Democrats lost seats.')).toEqual([
      ['Social Democrats', 'organization'],
      ['Christian Democrats', 'organization'],
    ]);
  });

  it('joins names around "&" into one firm or band', () => {
    expect(typed('Shares in Marks & Spencer fell, and Tate & Lyle rose.')).toEqual([
      ['Marks & Spencer', 'organization'],
      ['Tate & Lyle', 'organization'],
    ]);
    expect(typed('Simon & Garfunkel sang on the Hit & Run Tour.')).toEqual([
      ['Simon & Garfunkel', 'organization'],
    ]);
  });

  it('knows clubs and places by their short names, and drops a nationality in -men', () => {
    const text = 'Irishmen JP McManus and John Magnier own shares in Man Utd.';
    expect(typed(text)).toEqual([
      ['JP McManus', 'person'],
      ['John Magnier', 'person'],
      ['Manchester United', 'organization'],
    ]);
    expect(typed('The dam will make 500 MW for HK.')).toEqual([['Hong Kong', 'place']]);
    const parties = extractEntities('The Tories and the Lib Dems attacked a Tory plan.');
    expect(parties.map((e) => [e.name, e.aliases])).toEqual([
      ['Conservative Party', ['Tories', 'Tory']],
      ['Liberal Democrats', ['Lib Dems']],
    ]);
  });

  it('types firms of the media and tech trades, and laws, with the organizations', () => {
    expect(typed('Telewest Broadband, BridgeHead Software and Apple said so.')).toEqual([
      ['Telewest Broadband', 'organization'],
      ['BridgeHead Software', 'organization'],
      ['Apple', 'organization'],
    ]);
    const act = extractEntities('The Consumer Protection Against Spyware Act passed.')[0];
    // Not a person with the surname "Act".
    expect([act?.type, act?.aliases]).toEqual(['organization', []]);
  });

  it('reads an area as a place and fisheries as a body', () => {
    expect(typed('She was taken from his home in the Bay Area.')).toEqual([['Bay Area', 'place']]);
    const text = 'Photos went to the National Oceanic and Atmospheric Administration Fisheries.';
    expect(typed(text)).toEqual([
      ['National Oceanic and Atmospheric Administration Fisheries', 'organization'],
    ]);
  });

  it('reads a county opened by a given name as a place, and as a club in a sports report', () => {
    const text =
      'He lives in Wayne County, Michigan. Wayne County Medical Examiner Bob Smith spoke.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Wayne County', 'place', []],
      ['Michigan', 'place', []],
      ['Bob Smith', 'person', ['Smith']],
    ]);
    const match = 'Ross County beat Celtic in the league. The striker scored a goal.';
    expect(typed(match)).toContainEqual(['Ross County', 'organization']);
  });

  it('keeps a publication whole though its name ends in a job ("The Hollywood Reporter")', () => {
    expect(typed('The verdict was reported by The Hollywood Reporter on Tuesday.')).toEqual([
      ['The Hollywood Reporter', 'organization'],
    ]);
    expect(typed('She was reading a copy of Vogue.')).toEqual([['Vogue', 'organization']]);
    expect(typed('Kanye West told Rolling Stone about the album.')).toEqual([
      ['Kanye West', 'person'],
      ['Rolling Stone', 'organization'],
    ]);
  });

  it("reads Greek letters, Urdu joiners and bodies' heads as organizations", () => {
    const sae = extractEntities('Sigma Alpha Epsilon closed its chapter after SAE members sang.');
    expect(sae.map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Sigma Alpha Epsilon', 'organization', ['SAE']],
    ]);
    expect(typed('Zaki-ur-Rehman Lakhvi, a leader of Lashkar-e-Taiba, was freed.')).toEqual([
      ['Zaki-ur-Rehman Lakhvi', 'person'],
      ['Lashkar-e-Taiba', 'organization'],
    ]);
    expect(typed('Madison Police arrested him in Ferguson Township.')).toEqual([
      ['Madison Police', 'organization'],
      ['Ferguson Township', 'place'],
    ]);
    expect(typed('Frenchwoman Marion Bartoli met the Duchess of Cornwall.')).toEqual([
      ['Marion Bartoli', 'person'],
      ['Cornwall', 'place'],
    ]);
  });

  it('reads publishers and the Marines as organizations, and a military operation as none', () => {
    expect(typed('He served in Operation Desert Storm with the U.S. Marines.')).toEqual([
      ['U.S. Marines', 'organization'],
    ]);
    expect(typed('Transworld Publishers and AC Milan said so.')).toEqual([
      ['Transworld Publishers', 'organization'],
      ['AC Milan', 'organization'],
    ]);
  });

  it("knows football clubs by their names and by a player's position after them", () => {
    expect(typed('Celtic beat Hearts, and Everton striker James Beattie scored.')).toEqual([
      ['Celtic', 'organization'],
      ['Hearts', 'organization'],
      ['Everton', 'organization'],
      ['James Beattie', 'person'],
    ]);
    // "Olympic" and "Indoor" describe events; they are no names alone.
    expect(typed('The Olympic champion won at the European Indoor event.')).toEqual([]);
  });

  it('finds no entity in a people named by its faith', () => {
    expect(typed('ISIS abducted 220 Assyrian Christians.')).toEqual([['ISIS', 'organization']]);
    expect(typed('She is a Coptic Christian.')).toEqual([]);
    expect(typed('The Rohingya Muslims fled.')).toEqual([]);
  });

  it('reads the members of a church as no name, but keeps the church', () => {
    const text =
      'Presbyterians and Methodists met, as did Quakers and a Seventh-day Adventist. The ' +
      'Methodist Church and the Southern Baptist Convention agreed.';
    expect(typed(text)).toEqual([
      ['Methodist Church', 'organization'],
      ['Southern Baptist Convention', 'organization'],
    ]);
  });
});

describe('words around a name', () => {
  it('leaves a kind of thing after a name out of it, and reads call letters as a station', () => {
    expect(typed('Dun Meng pulled over his Mercedes-Benz SUV.')).toEqual([
      ['Dun Meng', 'person'],
      ['Mercedes-Benz', 'organization'],
    ]);
    expect(typed('He spoke to the affiliate KGO-TV in San Francisco.')).toEqual([
      ['KGO-TV', 'organization'],
      ['San Francisco', 'place'],
    ]);
  });

  it('reads "the Obama administration" as a person\'s name before a noun, not an organization', () => {
    expect(typed('Critics of the Obama administration spoke.')).toEqual([['Obama', 'person']]);
    expect(typed('The Jeb Bush archives were opened.')).toEqual([['Jeb Bush', 'person']]);
    // A name no lexicon knows, whose other use reads like a body's ("Wexley officials").
    const text =
      "Critics of the Wexley administration's withdrawal will subpoena other Wexley officials.";
    expect(typed(text)).toEqual([['Wexley', 'person']]);
  });
});

describe('hyphenated heads', () => {
  it('reads the head at the end of a hyphenated last word: "San Diego Union-Tribune"', () => {
    const text = 'A poll by the San Diego Union-Tribune showed it, and Ann Lee agreed.';
    expect(typesOf(text).get('San Diego Union-Tribune')).toBe('organization');
  });
});

describe('rugby clubs', () => {
  it('reads a rugby club named like a town or a word as a club in a sports report', () => {
    const text =
      'In the Premiership, Wasps beat Bath 20-13 at Adams Park, and Sale lost to Leinster in ' +
      'the Heineken Cup, while Saracens moved up the table.';
    const types = typesOf(text);
    for (const club of ['Wasps', 'Bath', 'Sale', 'Leinster', 'Saracens']) {
      expect([club, types.get(club)]).toEqual([club, 'organization']);
    }
  });

  it('reads a club named after a two-word city as a club, but not a county', () => {
    const club =
      'San Antonio Heat beat DC United 1-0 in the first game of the soccer league, with a ' +
      'goal by their striker.';
    expect(typesOf(club).get('San Antonio Heat')).toBe('organization');
    const county =
      'Los Angeles County, the most populous county in the nation, said fans need proof of ' +
      'vaccination at the stadium for the soccer match, and the league agreed.';
    expect(typesOf(county).get('Los Angeles County')).toBe('place');
  });

  it('keeps a player whose first name is a city a person there', () => {
    const text =
      'Leicester wing Austin Hale scored two tries in the rugby match against Wasps, and Hale ' +
      'said the Tigers had earned the win this season.';
    expect(typesOf(text).get('Austin Hale')).toBe('person');
  });
});

describe('heads inside a name', () => {
  it('reads the head before a branch\'s city, or before "for", as a body', () => {
    const text =
      'She studied at City University London, was treated at Wexford General Hospital ' +
      'Dallas, and is a fellow at The Lakeview Institute for Border Policy in Washington.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['City University London', 'organization'],
        ['Wexford General Hospital Dallas', 'organization'],
        ['The Lakeview Institute for Border Policy', 'organization'],
        ['Washington', 'place'],
      ]),
    );
  });

  it('keeps chambers, an administration or an authority "of" something whole', () => {
    const text =
      'The British Chambers of Commerce agreed, as did the Tourism Authority of Thailand, ' +
      'said Xie Lin of the National Administration of Taxation.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['British Chambers of Commerce', 'organization'],
        ['Tourism Authority of Thailand', 'organization'],
        ['Xie Lin', 'person'],
        ['National Administration of Taxation', 'organization'],
      ]),
    );
  });

  it('reads a name holding "National" as no person\'s, though a given name opens it', () => {
    const text =
      'Scientists at Lawrence Livermore National Laboratory and rangers at Bryce Canyon ' +
      'National Park agreed.';
    expect(typed(text)).toEqual([
      ['Lawrence Livermore National Laboratory', 'organization'],
      ['Bryce Canyon National Park', 'place'],
    ]);
  });

  it('reads a project, an initiative or a program as a body, though a name opens it', () => {
    const text = 'Grants came from the Marshall Project and the Paul Allen Initiative.';
    expect(typed(text)).toEqual([
      ['Marshall Project', 'organization'],
      ['Paul Allen Initiative', 'organization'],
    ]);
  });

  it('reads a rescue service as a body, though a name opens it', () => {
    const text = 'Crews from Miami-Dade Fire Rescue and the Sean Casey Animal Rescue came.';
    expect(typed(text)).toEqual([
      ['Miami-Dade Fire Rescue', 'organization'],
      ['Sean Casey Animal Rescue', 'organization'],
    ]);
  });

  it('reads a campaign named "... Against ..." as a body', () => {
    const text = 'He met Mothers Against Drunk Driving and Citizens Against Crime in Ohio.';
    expect(typed(text)).toEqual([
      ['Mothers Against Drunk Driving', 'organization'],
      ['Citizens Against Crime', 'organization'],
      ['Ohio', 'place'],
    ]);
  });

  it('reads a bank "of" a place as a body, after "in" too', () => {
    expect(typesOf('He kept his money in Bank of Wexford.')).toEqual(
      new Map([['Bank of Wexford', 'organization']]),
    );
  });
});

describe("a plural's possessive opening a body's name", () => {
  it('keeps "Correspondents\' Association" and "Musicians\' Union" whole', () => {
    const text =
      "White House Correspondents' Association President Steve Portnoy spoke, and the " +
      "Musicians' Union and the Senate Veterans' Affairs Committee agreed.";
    expect(typesOf(text)).toEqual(
      new Map([
        ["White House Correspondents' Association", 'organization'],
        ['Steve Portnoy', 'person'],
        ["Musicians' Union", 'organization'],
        ["Senate Veterans' Affairs Committee", 'organization'],
      ]),
    );
    // A known name owns the body after it, and an award is no body.
    const owned = "The United Nations' Committee on Torture met. Brando's Academy Award came.";
    expect(names(owned)).toEqual(
      expect.arrayContaining(['United Nations', 'Committee on Torture', 'Brando']),
    );
  });
});

describe('British names', () => {
  it('types New Labour, Unison and Defra as organizations, and no "Parliamentary" alone', () => {
    const text =
      'Tony Blair said New Labour would win. The union Unison and Defra disagreed, and a ' +
      'Parliamentary debate followed.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Tony Blair', 'person'],
        ['New Labour', 'organization'],
        ['Unison', 'organization'],
        ['Defra', 'organization'],
      ]),
    );
  });

  it('reads counties, laboratories, the press and Westminster by their names', () => {
    expect(typed('The office in County Durham will close.')).toEqual([['County Durham', 'place']]);
    expect(typed('Victor Conte founded Balco Laboratories in 1984.')).toEqual([
      ['Victor Conte', 'person'],
      ['Balco Laboratories', 'organization'],
    ]);
    expect(typed('Former Wimbledon champion Marion Bartoli spoke.')).toEqual([
      ['Wimbledon', 'place'],
      ['Marion Bartoli', 'person'],
    ]);
    expect(typed('He told The Observer in Westminster.')).toEqual([
      ['Westminster', 'place'],
      ['The Observer', 'organization'],
    ]);
  });

  it('leaves a party name out of the member\'s name after it ("Tory Dominic Grieve")', () => {
    expect(typed('Tory Dominic Grieve said the Tories would vote.')).toEqual([
      ['Dominic Grieve', 'person'],
      ['Conservative Party', 'organization'],
    ]);
  });
});

describe('first words', () => {
  it("drops a verb in -ing opening a book's title before a name", () => {
    expect(typed('In his book Becoming Steve Jobs, Brent Schlender writes.')).toEqual([
      ['Steve Jobs', 'person'],
      ['Brent Schlender', 'person'],
    ]);
    expect(typed('The plane crashed in the Alps.')).toEqual([['Alps', 'place']]);
  });

  it("drops a city dweller's word before a name, as a nationality is", () => {
    expect(typed('Five years ago, Beijinger Robert Zhao went to Tibet.')).toContainEqual([
      'Robert Zhao',
      'person',
    ]);
    expect(typed('Mark Walker spoke, and Tom Porter replied.')).toEqual([
      ['Mark Walker', 'person'],
      ['Tom Porter', 'person'],
    ]);
  });

  it('reads a given name that is also a word as a name at a sentence start', () => {
    expect(typed('Christian Bale starred in the film.')).toEqual([['Christian Bale', 'person']]);
  });

  it('reads a name the lexicon knows only as a person\'s as opening a person, after "from" too', () => {
    const text =
      'Lee Kuan Yew ruled Singapore for three decades. Leaders should take pages from ' +
      "Lee Kuan Yew's playbook. Lee insisted on results.";
    const lee = extractEntities(text).find((e) => e.name === 'Lee Kuan Yew');
    expect(lee?.type).toBe('person');
    // The bare "Lee" is him; "Yew" is not his surname.
    expect(lee?.aliases).toEqual(['Lee']);
  });
});

describe('acronyms side by side', () => {
  it('reads them as names side by side, but keeps a Roman numeral with its name', () => {
    expect(typed('He tweeted that the SNL ISIS skit went too far.')).toEqual([
      ['SNL', 'organization'],
      ['ISIS', 'organization'],
    ]);
    expect(typed('Brian Shimer piloted USA III to a surprise victory.')).toContainEqual([
      'USA III',
      expect.any(String),
    ]);
  });
});
