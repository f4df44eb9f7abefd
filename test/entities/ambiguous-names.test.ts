import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { typed, typesOf } from './helpers.js';

// Issue 4: towns, countries and clubs whose names are also people's names ("Ferguson",
// "Jordan", "Chelsea"). Every text here was written for these tests.

describe('a town that is also a surname', () => {
  it('is the town throughout where the text places it in a state or country, or calls it a city', () => {
    const text =
      'Protests erupted in Ferguson, Missouri, last year. Ferguson has 21,000 people, and ' +
      'Ferguson police said the crowd grew.';
    expect(typed(text)).toEqual([
      ['Ferguson', 'place'],
      ['Missouri', 'place'],
    ]);
    expect(typed('Officials in the city of Ferguson met. Ferguson said it would change.')).toEqual([
      ['Ferguson', 'place'],
    ]);
    expect(typed('The flight left from Montoursville, Pennsylvania.')).toEqual([
      ['Montoursville', 'place'],
      ['Pennsylvania', 'place'],
    ]);
    // A province places a town too, though the town is also a given name.
    expect(typed('It was found in Kanata, Ontario in an envelope.')).toEqual([
      ['Kanata', 'place'],
      ['Ontario', 'place'],
    ]);
    // A country before a role owns it and places no one: "Gomez, Panama coach,".
    expect(typed('After the match, Hernan Dario Gomez, Panama coach, said it.')).toEqual([
      ['Hernan Dario Gomez', 'person'],
      ['Panama', 'place'],
    ]);
  });

  it('is the person where a full name has it; a list or an appositive places nothing', () => {
    const coach =
      "Alex Ferguson, Scotland's greatest manager, retired. Ferguson said he was tired.";
    expect(typed(coach)).toEqual([
      ['Alex Ferguson', 'person'],
      ['Scotland', 'place'],
    ]);
    const oil = 'After remarks by Opec chief Adnan Shihab-Eldin, US light crude fell 32 cents.';
    expect(typed(oil)).toContainEqual(['Adnan Shihab-Eldin', 'person']);
    expect(typed("Likud won seats in the Knesset, Israel's parliament.")).toContainEqual([
      'Knesset',
      'organization',
    ]);
    expect(typed('Talks with the EU, Japan and China failed.')).toContainEqual([
      'European Union',
      'organization',
    ]);
  });

  it('is the person named in full where it speaks, though it is a known city', () => {
    const text = 'Meet Parisa Tabriz, who hacks for Google. Tabriz says she loves the work.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Parisa Tabriz', 'person', ['Tabriz']],
      ['Google', 'organization', []],
    ]);
    // Without its speaking, the city stays a city.
    expect(typesOf('Ann Tabriz flew to Iran. Tabriz is a city in the north.').get('Tabriz')).toBe(
      'place',
    );
  });

  it('is the city after "in", though a pronoun follows it and it is a given name', () => {
    const text = 'The actress is in Sydney to film her new movie. Paparazzi chased her in Sydney.';
    expect(typesOf(text).get('Sydney')).toBe('place');
    // Nor does a pronoun after a noun the place is put before: the athlete's.
    const kent = 'The Kent athlete doubts herself. But if the Kent athlete finds form, she wins.';
    expect(typesOf(kent).get('Kent')).toBe('place');
  });
});

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
    expect(typed('Jordan said it would close its border.')).toEqual([['Jordan', 'place']]);
  });
});

describe('an English county that is also a name', () => {
  it('is the county unless a full name has it', () => {
    expect(typed('It was a similar story at Bluewater in Kent and in Devon.')).toEqual([
      ['Bluewater', 'place'],
      ['Kent', 'place'],
      ['Devon', 'place'],
    ]);
    expect(typed('Jeff Kent hit a home run. Kent was happy.')).toEqual([['Jeff Kent', 'person']]);
  });
});

describe('a US state that is also a given name', () => {
  it('is the state unless a full name has it', () => {
    expect(typed('Snow fell across Virginia on Monday, and schools in Virginia closed.')).toEqual([
      ['Virginia', 'place'],
    ]);
    const writer = extractEntities('Virginia Woolf wrote novels. Virginia said she was tired.');
    expect(writer.map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Virginia Woolf', 'person', ['Virginia', 'Woolf']],
    ]);
  });

  it('is the town and the state of "Town, State" though a pronoun follows', () => {
    const text = 'Ann Lee, 45, of Alexandria, Virginia, died, according to her uncle.';
    expect(typed(text)).toEqual([
      ['Ann Lee', 'person'],
      ['Alexandria', 'place'],
      ['Virginia', 'place'],
    ]);
    expect(typed('On Tuesday, Jordan said he was tired.')).toEqual([['Jordan', 'person']]);
  });
});

describe('a club that is also a given name', () => {
  it('is the club in a sports report that gives it fans or players', () => {
    const text =
      'Chelsea fans sang before the match. Former Chelsea defender David Luiz scored a goal. ' +
      'Chelsea struggled in the league.';
    expect(typed(text)).toEqual([
      ['Chelsea', 'organization'],
      ['David Luiz', 'person'],
    ]);
  });

  it("knows Spain's and Italy's clubs by name and nickname in a match report", () => {
    const text =
      'On Sunday Barca beat Rayo Vallecano 6-1 in the league. Villarreal drew with Espanyol, ' +
      'and Napoli beat Fiorentina. The striker scored twice and the goalkeeper made a save.';
    const clubs = ['Barca', 'Rayo Vallecano', 'Villarreal', 'Espanyol', 'Napoli', 'Fiorentina'];
    expect(typed(text)).toEqual(clubs.map((club) => [club, 'organization']));
    // "Barca" is Barcelona's nickname.
    const both = 'Barcelona beat Real Madrid 2-1, and Barca lead the league. The striker scored.';
    expect(extractEntities(both).map((e) => [e.name, e.aliases])).toEqual([
      ['Barcelona', ['Barca']],
      ['Real Madrid', []],
    ]);
  });

  it('is the person elsewhere', () => {
    const text = 'Chelsea Clinton spoke on Monday. Chelsea said she was proud.';
    expect(typed(text)).toEqual([['Chelsea Clinton', 'person']]);
    expect(typed('Chelsea graduated in May, and her fans cheered.')).toEqual([
      ['Chelsea', 'person'],
    ]);
  });

  it("is the club before a player's post and name, in any text", () => {
    const text =
      'Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted with his call-up. ' +
      'Milan coach Carlo Ancelotti and Glasgow flanker Andrew Wilson agreed.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Perpignan', 'organization'],
        ['Jean-Philippe Granclaude', 'person'],
        ['Milan', 'organization'],
        ['Carlo Ancelotti', 'person'],
        ['Glasgow', 'organization'],
        ['Andrew Wilson', 'person'],
      ]),
    );
    // Not a post: "forward" here says where Kaka plays; a country stays its national team.
    const play =
      'They can play Kaka forward. They can bring Serginho in. France coach Laporte spoke.';
    expect(typesOf(play).get('Kaka')).toBe('person');
    expect(typesOf(play).get('France')).toBe('place');
  });

  it('is the club after "club", or after "side" that a country, league or code opens', () => {
    const text =
      'Ann Lee played against Scottish side Dunfermline and union side Esperance, then ' +
      'returned to his old club Hellenic. By his side Tom Beck smiled.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Ann Lee', 'person'],
        ['Dunfermline', 'organization'],
        ['Esperance', 'organization'],
        ['Hellenic', 'organization'],
        ['Tom Beck', 'person'],
      ]),
    );
  });
});

describe('places in a sports report', () => {
  it('keeps a place after a place preposition and "the", unless a noun follows the name', () => {
    const text =
      'Arsenal beat Chelsea in the Premiership. Players may leave for leagues across the ' +
      'Atlantic. A mix-up in the Barcelona defence let Ann Lee score.';
    const types = typesOf(text);
    expect(types.get('Atlantic')).toBe('place');
    expect(types.get('Barcelona')).toBe('organization');
  });
});

describe('team sheets', () => {
  it('reads the players of a team sheet, its substitutes and scorers as people', () => {
    const text =
      'Chelsea beat Portsmouth in the Premiership on Saturday.\n' +
      'Portsmouth: Hislop, Griffin, Stone (Cisse 76), Kamara (Fuller 65), Yakubu.\n' +
      'Subs Not Used: Cudicini, Onuoha, Jordan.\n' +
      'Werder Bremen 1 (Bode 85th) Hamburg 0.';
    const types = typesOf(text);
    const players = ['Griffin', 'Stone', 'Cisse', 'Kamara', 'Fuller', 'Yakubu', 'Bode'];
    expect(players.map((name) => types.get(name))).toEqual(players.map(() => 'person'));
    expect(types.get('Jordan')).toBe('person');
    expect(types.get('Chelsea')).toBe('organization');
  });

  it('reads a text with a team sheet as a sports report, where clubs are clubs', () => {
    const text =
      'Ann Lee is named for Saracens. Leeds: Balshaw; Rees, Bell; Palmer (capt), Morgan. ' +
      'Replacements: Kalman, Regan.';
    const types = typesOf(text);
    expect([types.get('Saracens'), types.get('Leeds')]).toEqual(['organization', 'organization']);
  });
});

describe('clubs in a sports report', () => {
  it('reads a text that names a known club as sport, where "Chelsea" and "Wolves" are clubs', () => {
    expect(typed('On Saturday Arsenal beat Chelsea, and Wolves lost to Everton.')).toEqual([
      ['Arsenal', 'organization'],
      ['Chelsea', 'organization'],
      ['Wolves', 'organization'],
      ['Everton', 'organization'],
    ]);
    expect(typed('Michael Owen scored against Real Betis, his first goal in the league.')).toEqual([
      ['Michael Owen', 'person'],
      ['Real Betis', 'organization'],
    ]);
  });

  it('reads a text naming two clubs known only in sport, or a competition, as sport', () => {
    const text =
      'Chelsea goalkeeper Carlo Cudicini will miss the final. He kept 24 clean sheets for ' +
      'Chelsea, and Newcastle were beaten in the Champions League.';
    const types = typesOf(text);
    expect(types.get('Chelsea')).toBe('organization');
    expect(types.get('Newcastle')).toBe('organization');
    expect(typesOf('They are Premiership leaders again.').get('Premiership')).toBe('organization');
    // Outside sport "Chelsea" stays a person's given name and a city stays a place.
    expect(typed('Chelsea Clinton spoke in Newcastle.')).toEqual([
      ['Chelsea Clinton', 'person'],
      ['Newcastle', 'place'],
    ]);
  });

  it('reads a rugby report by its positions, and keeps a player named by an initial', () => {
    const text =
      'Ulster scrum-half Kieran Campbell joins the squad. Ulster flanker Roger Wilson and ' +
      'Leicester winger Geordan Murphy are in. Team: G Intoppa, S Orlando, P Griffen.';
    const types = typesOf(text);
    expect(types.get('Ulster')).toBe('organization');
    expect(types.get('Leicester')).toBe('organization');
    expect(types.get('S Orlando')).toBe('person');
  });

  it('keeps a player a person though he has fans ("Messi fans")', () => {
    const text = 'Messi fans cheered as Barcelona beat Real Madrid in the league. Messi scored.';
    expect(typed(text)).toContainEqual(['Messi', 'person']);
  });

  it('keeps a dateline a place and a player named after a city a person', () => {
    const text =
      'LONDON, England (CNN) -- Manchester United defender Rio Ferdinand was banned. ' +
      'Ferdinand missed a drugs test.';
    const entities = typed(text);
    expect(entities).toContainEqual(['Rio Ferdinand', 'person']);
    expect(entities).toContainEqual(['London', 'place']);
    expect(entities).toContainEqual(['Manchester United', 'organization']);
  });
});

describe('a given name that is also a word', () => {
  it('reads a capitalised "Will" inside a sentence as a given name', () => {
    const text = 'The prize went to Will Young. The actor Will Smith and Will Young thanked fans.';
    expect(typed(text)).toEqual([
      ['Will Young', 'person'],
      ['Will Smith', 'person'],
    ]);
  });

  it('reads Robin, Max, Frank and Sonny as given names at a sentence start', () => {
    const text = 'Robin Thicke sang. Frank Field spoke. Max Foster and Sonny Parker met.';
    expect(typed(text)).toEqual([
      ['Robin Thicke', 'person'],
      ['Frank Field', 'person'],
      ['Max Foster', 'person'],
      ['Sonny Parker', 'person'],
    ]);
  });

  it('keeps "Will" a verb in a title-case run or before a verb', () => {
    const text = 'They played Love Will Tear Us Apart. Will the rain stop? Smith said it will.';
    expect(typesOf(text).has('Will')).toBe(false);
    expect([...typesOf(text).keys()].some((name) => name.startsWith('Will '))).toBe(false);
  });
});

describe('a firm that is also a surname', () => {
  it('is the person the text names in full, unless a body is named with it', () => {
    const actor =
      'Actor Harrison Ford crashed his plane. Ford had just taken off, and Ford is a skilled ' +
      'pilot.';
    expect(extractEntities(actor).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Harrison Ford', 'person', ['Ford']],
    ]);
    const maker = 'Henry Ford founded the Ford Motor Company. Ford sold more cars this year.';
    expect(extractEntities(maker).map((e) => [e.name, e.aliases])).toEqual([
      ['Ford Motor Company', ['Ford']],
      ['Henry Ford', []],
    ]);
  });
});
