import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { find, names, typed, typesOf } from './helpers.js';

// Issue 4: when a shorter organization name is another name for a longer one.
// Every text here was written for these tests.

const named = (text: string): [string, string[]][] =>
  extractEntities(text).map((e) => [e.name, e.aliases]);

describe('short organization names', () => {
  it('keeps apart a known organization and a body whose name opens with it', () => {
    expect(named('The NFL fined him. The NFL Players Association objected.')).toEqual([
      ['NFL', []],
      ['NFL Players Association', []],
    ]);
    expect(named('FIFA Weekly printed the column. FIFA denied it.')).toEqual([
      ['FIFA Weekly', []],
      ['FIFA', []],
    ]);
  });

  it("still joins a firm's or a party's short name to its formal name", () => {
    expect(named('Apple sold more phones. Apple Inc. said so.')).toEqual([
      ['Apple Inc', ['Apple']],
    ]);
    expect(named('Likud won. The Likud Party said so.')).toEqual([['Likud Party', ['Likud']]]);
    expect(named('Acme Mining Corp bid for the mine, and Acme said it would wait.')).toEqual([
      ['Acme Mining Corp', ['Acme']],
    ]);
  });

  it("joins a body's name without its head word, even where it read as a person's", () => {
    const text =
      'Al Arabiya reported the fine, wrote Tim Danton, editor of PC Pro. PC Pro Magazine and ' +
      'Al Arabiya News agreed.';
    expect(named(text)).toEqual([
      ['PC Pro Magazine', ['PC Pro']],
      ['Al Arabiya News', ['Al Arabiya']],
      ['Tim Danton', ['Danton']],
    ]);
    // A given name or a title before it keeps a person apart from the body named for them.
    expect(named('Bob Jones spoke. Bob Jones University fired him.')).toEqual([
      ['Bob Jones', ['Jones']],
      ['Bob Jones University', []],
    ]);
  });

  it('joins a body\'s name cut before "of" to the full name its people\'s adjective opens', () => {
    const text =
      'The Italian Supreme Court of Cassation ruled on Monday. The Supreme Court said schools ' +
      'must pay, and the Syrian Observatory for Human Rights agreed with the Syrian Observatory.';
    expect(named(text)).toEqual([
      ['Syrian Observatory for Human Rights', ['Syrian Observatory']],
      ['Italian Supreme Court of Cassation', ['Supreme Court']],
    ]);
  });

  it("keeps al Qaeda's branches whole, with their initials, apart from al Qaeda", () => {
    const text =
      'The region is home to al Qaeda in the Arabian Peninsula, also known as AQAP. AQAP ' +
      'split from al Qaeda, as did al Qaeda in the Islamic Maghreb.';
    expect(named(text)).toEqual([
      ['al Qaeda in the Arabian Peninsula', ['AQAP']],
      ['al Qaeda', []],
      ['al Qaeda in the Islamic Maghreb', ['AQIM']],
    ]);
  });

  it('joins a head written in the singular to the plural, and the short name to both', () => {
    const text =
      'Delta Airlines suspended her. Delta Airlines declined to comment. He said Delta might ' +
      'be concerned. Pictures of Delta Airline employees are online.';
    expect(named(text)).toEqual([['Delta Airlines', ['Delta', 'Delta Airline']]]);
  });

  it("joins a person's name alone to a known firm named with it, not to a body we do not know", () => {
    expect(named('Stephanie Villalba sued Merrill Lynch. Merrill said it would fight.')).toEqual([
      ['Merrill Lynch', ['Merrill']],
      ['Stephanie Villalba', ['Villalba']],
    ]);
    expect(named('Lawyers at Fowler White Burnett agreed. Fowler said so.')).toEqual([
      ['Fowler White Burnett', []],
      ['Fowler', []],
    ]);
  });

  it("joins a club's short name to its full name, even a city's, but not its other sides", () => {
    const text =
      'Manchester United beat Tottenham Hotspur and Real Madrid drew. Tottenham is seventh, ' +
      'and Madrid second. Arsenal Women won, and Arsenal lost.';
    expect(named(text)).toEqual([
      ['Tottenham Hotspur', ['Tottenham']],
      ['Real Madrid', ['Madrid']],
      ['Manchester United', []],
      ['Arsenal Women', []],
      ['Arsenal', []],
    ]);
  });

  it('merges a department written without "Department of" ("Homeland Security")', () => {
    const text =
      'Congress voted to fund the Department of Homeland Security. Republicans had wanted to ' +
      'fund Homeland Security for only a week.';
    expect(extractEntities(text).map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['organization', 'Department of Homeland Security', ['Homeland Security']],
      ['organization', 'Congress', []],
    ]);
  });

  it('joins initials to a commission, bureau or office named in full ("FTC", "CBO")', () => {
    const text =
      'The Federal Trade Commission sued Facebook. Facebook must answer the FTC’s complaint. ' +
      'The Congressional Budget Office and the CBO director disagreed.';
    expect(named(text)).toEqual([
      ['Federal Trade Commission', ['FTC']],
      ['Facebook', []],
      ['Congressional Budget Office', ['CBO']],
    ]);
    // The nation's tag before the name gives no letter.
    const fda = 'The U.S. Food and Drug Administration approved it on Monday, and the FDA said so.';
    expect(named(fda)).toEqual([['U.S. Food and Drug Administration', ['FDA']]]);
  });

  it('joins initials to a name with hyphens or an acronym inside ("WADA", "USADA", "PSG")', () => {
    const text =
      'The World Anti-Doping Agency and the US Anti-Doping Agency met on Monday, and WADA ' +
      'backed USADA. Paris Saint-Germain won; PSG are top.';
    expect(named(text)).toEqual([
      ['World Anti-Doping Agency', ['WADA']],
      ['US Anti-Doping Agency', ['USADA']],
      ['Paris Saint-Germain', ['PSG']],
    ]);
    // Initials that spell "of" too.
    const pboc = "The People's Bank of China cut rates on Monday, and the PBOC said so.";
    expect(named(pboc)).toEqual([["People's Bank of China", ['PBOC']]]);
  });

  it('reads "the Fed" and "the US Federal Reserve" as the Federal Reserve', () => {
    const text =
      'The US Federal Reserve raised rates, and the Fed said more would come. The Federal ' +
      'Reserve Bank of New York agreed.';
    expect(named(text)).toEqual([
      ['Federal Reserve', ['US Federal Reserve', 'Fed']],
      ['Federal Reserve Bank of New York', []],
    ]);
  });

  it('knows bodies whose names read as a person or a place', () => {
    const text =
      'Curt Schilling pitched in Major League Baseball. Ann Lee left Texas A&M for Radio Shack ' +
      'and then Comedy Central.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Curt Schilling', 'person'],
        ['Major League Baseball', 'organization'],
        ['Ann Lee', 'person'],
        ['Texas A&M', 'organization'],
        ['Radio Shack', 'organization'],
        ['Comedy Central', 'organization'],
      ]),
    );
  });

  it('knows Obamacare and the ACA as the Affordable Care Act', () => {
    const text = 'Republicans want to repeal Obamacare. The Affordable Care Act, or ACA, grew.';
    expect(named(text)).toEqual([['Affordable Care Act', ['Obamacare', 'ACA']]]);
  });

  it("keeps the possessive of Standard & Poor's, and knows S&P as its short name", () => {
    const text = "The agency Standard & Poor's cut the rating. The outlook, S&P said, was stable.";
    expect(extractEntities(text).map((e) => [e.name, e.type])).toEqual([
      ["Standard & Poor's", 'organization'],
    ]);
    expect(extractEntities(text)[0]?.aliases).toContain('S&P');
  });

  it('knows the Commons as the House of Commons, and the Lords as the House of Lords', () => {
    expect(named('He told the Commons on Monday.')).toEqual([['House of Commons', ['Commons']]]);
    // (Though another body's name opens with "Lords".)
    const text =
      'Reform of the House of Lords failed after opposition in the Lords, the Lords Reform ' +
      'Campaign said.';
    expect(named(text)).toEqual([
      ['House of Lords', ['Lords']],
      ['Lords Reform Campaign', []],
    ]);
  });
});

describe('bodies cut short', () => {
  it('joins a name cut before "of", "for" or "and" to the one body with the full name', () => {
    const text =
      'The Reserve Bank of Wexland held rates, and the Reserve Bank said so. The Lakeside ' +
      'Observatory for Human Rights counted 20 dead; the Lakeside Observatory said more.';
    expect(named(text)).toEqual([
      ['Reserve Bank of Wexland', ['Reserve Bank']],
      ['Lakeside Observatory for Human Rights', ['Lakeside Observatory']],
    ]);
  });

  it('joins a caucus without its chamber, but not when two bodies have the name', () => {
    expect(named('The House Liberty Caucus met. The Liberty Caucus said no.')).toEqual([
      ['House Liberty Caucus', ['Liberty Caucus']],
    ]);
    const two =
      'The House Liberty Caucus and the Senate Liberty Caucus met; the Liberty Caucus won.';
    expect(named(two).map(([name]) => name)).toContain('Liberty Caucus');
  });

  it('knows Gaza as the Gaza Strip, and keeps Gaza City apart', () => {
    const text = 'Israel struck Gaza. The Gaza Strip lost power, and Gaza City went dark.';
    expect(named(text)).toEqual([
      ['Gaza Strip', ['Gaza']],
      ['Israel', []],
      ['Gaza City', []],
    ]);
  });
});

describe('a church and the scouts', () => {
  it('keeps the Church of Jesus Christ of Latter-day Saints whole, with its other names', () => {
    const text =
      'The Church of Jesus Christ of Latter-day Saints said it would appeal. The LDS church ' +
      'has 16 million members; the Mormon Church sponsors Boy Scout troops.';
    const church = find(text, 'Church of Jesus Christ of Latter-day Saints');
    expect(church?.aliases).toEqual(['LDS', 'Mormon Church', 'LDS Church']);
    expect(names(text)).toHaveLength(2);
  });

  it('knows the Boy Scouts by their full name and before the word they describe', () => {
    const text = 'The Boy Scouts of America settled. Boy Scout leaders and the Boy Scouts agreed.';
    expect(typesOf(text)).toEqual(new Map([['Boy Scouts of America', 'organization']]));
  });
});

describe('names a group of people owns', () => {
  it('keeps "Women\'s" and "Children\'s" inside the name, which is no person\'s', () => {
    const text =
      "Children climbed the Vietnam Women's Memorial. The National Women's Soccer League " +
      "and the Children's Hospital of Philadelphia agreed. He spoke on Women's Hour.";
    expect(typesOf(text)).toEqual(
      new Map([
        ["Vietnam Women's Memorial", 'organization'],
        ["National Women's Soccer League", 'organization'],
        ["Children's Hospital of Philadelphia", 'organization'],
        ["Women's Hour", 'organization'],
      ]),
    );
  });

  it('gives a person the text named in full no body by the possessive: "Herzog\'s Zionist Union"', () => {
    const text =
      "Isaac Herzog leads the opposition. Polls show Herzog's Zionist Union ahead. The " +
      "Alzheimer's Association agreed.";
    expect(typesOf(text)).toEqual(
      new Map([
        ['Isaac Herzog', 'person'],
        ['Zionist Union', 'organization'],
        ["Alzheimer's Association", 'organization'],
      ]),
    );
  });

  it('gives a titled person no body by the possessive: "President Biden\'s ABC News interview"', () => {
    const text =
      "Critics replayed President Biden's ABC News interview and Lord Woolf's Sentencing " +
      "Guidelines Council report. The General Workers' Union agreed.";
    expect(typed(text)).toEqual([
      ['Biden', 'person'],
      ['ABC News', 'organization'],
      ['Woolf', 'person'],
      ['Sentencing Guidelines Council', 'organization'],
      ["General Workers' Union", 'organization'],
    ]);
  });

  it('gives initials in the possessive no part in the name after them: "UNC\'s Hussman School"', () => {
    const text =
      "The University of North Carolina (UNC) hired her. UNC's Hussman School of Journalism " +
      "agreed, and the FBI's Behavioral Analysis Unit helped.";
    expect(named(text)).toEqual([
      ['University of North Carolina', ['UNC']],
      ['Hussman School of Journalism', []],
      ['FBI', []],
      ['Behavioral Analysis Unit', []],
    ]);
    expect(typesOf(text).get('Behavioral Analysis Unit')).toBe('organization');
  });

  it('gives "the Bank" no part in the name of its committee, and joins it to the bank', () => {
    const text =
      "Rates were held by the Bank of England. A member of the Bank's Monetary Policy " +
      "Committee (MPC) dissented. The Bank's report and Royal Bank of Scotland agreed.";
    expect(named(text)).toEqual([
      ['Bank of England', ['Bank']],
      ['Monetary Policy Committee', ['MPC']],
      ['Royal Bank of Scotland', []],
    ]);
  });
});

describe("bodies under their country's name", () => {
  it('joins "United Kingdom Home Office" and "Saudi Arabia\'s Civil Defense Authority" to the body', () => {
    const text =
      "Saudi Arabia's Civil Defense Authority said so, and the Civil Defense Authority added " +
      'more. The United Kingdom Home Office agreed; the Home Office said no. The U.S. Supreme ' +
      'Court ruled, and the Supreme Court was split.';
    expect(names(text).sort()).toEqual(
      [
        "Saudi Arabia's Civil Defense Authority",
        'United Kingdom Home Office',
        'U.S. Supreme Court',
      ].sort(),
    );
  });

  it('joins a one-word body or building under its country\'s name: "U.S. Capitol", "U.S. Navy"', () => {
    const text =
      'Rioters stormed the U.S. Capitol, and the Capitol was sealed. The U.S. Navy sent ' +
      'ships; the Navy said so.';
    expect(named(text)).toEqual([
      ['U.S. Capitol', ['Capitol']],
      ['U.S. Navy', ['Navy']],
    ]);
  });

  it("keeps a state's court apart from the nation's", () => {
    const text = 'The Alabama Supreme Court defied the Supreme Court in Washington.';
    expect(names(text)).toEqual(expect.arrayContaining(['Alabama Supreme Court', 'Supreme Court']));
  });
});

describe('numbered stations', () => {
  it('keeps the number in the name, types a station as a body and joins it to its network', () => {
    const text =
      "Channel 4's new drama won. Ann Lee spoke on BBC Radio 4 on Monday, and Radio 4 said " +
      'the show moves to Radio 5 Live.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Channel 4', 'organization'],
        ['BBC Radio 4', 'organization'],
        ['Ann Lee', 'person'],
        ['Radio 5 Live', 'organization'],
      ]),
    );
    expect(find(text, 'BBC Radio 4')?.aliases).toEqual(['Radio 4']);
  });

  it('keeps an ordinal that opens a name: "20th Century Fox", "the 82nd Airborne Division"', () => {
    const text =
      '21st Century Fox said the 82nd Airborne Division and the 9th Circuit Court of Appeals ' +
      'were in the film, shown at the 76th United Nations General Assembly.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['21st Century Fox', 'organization'],
        ['82nd Airborne Division', 'organization'],
        ['9th Circuit Court of Appeals', 'organization'],
        // (The session's number is no part of the body's name.)
        ['United Nations General Assembly', 'organization'],
      ]),
    );
  });

  it('keeps the number or letter of a competition in its name: "Ligue 1", "Serie A"', () => {
    const text = 'He left Ligue 1 for Serie A, and Ann Lee moved from Formula 1 to rallying.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Ligue 1', 'organization'],
        ['Serie A', 'organization'],
        ['Ann Lee', 'person'],
        ['Formula 1', 'organization'],
      ]),
    );
    // Spelled out too.
    expect(typesOf('Formula One bosses agreed.')).toEqual(
      new Map([['Formula One', 'organization']]),
    );
  });
});
