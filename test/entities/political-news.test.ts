import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { find, names, typed, typesOf } from './helpers.js';

// Issue 4: the way American political reporting names lawmakers, parties and Congress. Every
// text here was written for these tests.

describe('lawmakers and their titles', () => {
  it('reads a plural title as each lawmaker\'s own: "Reps." and "Senators"', () => {
    const text =
      'The speaker rejected Reps. Dana Holt of Iowa and Mark Fenn of Ohio. Moderate ' +
      'Senators Carla Ruiz and Joe Pratt agreed.';
    expect(names(text)).not.toContain('Reps');
    expect(find(text, 'Dana Holt')?.role).toBe('Rep.');
    expect(find(text, 'Carla Ruiz')?.role).toBe('Senator');
  });

  it('gives a plural title to every name of the list after it', () => {
    const text =
      'The speaker rejected Reps. Dana Holt of Iowa and Mark Fenn of Ohio. GOP Sens. Roy ' +
      'Blunt (Mo.), Richard Burr (N.C.) and Susan Collins (Maine) agreed, as did Mitch Lowe.';
    const roles = new Map(extractEntities(text).map((e) => [e.name, e.role]));
    expect(roles.get('Dana Holt')).toBe('Rep.');
    expect(roles.get('Mark Fenn')).toBe('Rep.');
    expect(roles.get('Richard Burr')).toBe('Sen.');
    expect(roles.get('Susan Collins')).toBe('Sen.');
    expect(roles.get('Mitch Lowe')).toBeUndefined();
    expect(roles.get('Iowa')).toBeUndefined();
  });

  it('reads a state party by its initials as a body, apart from the national party', () => {
    const text = 'The South Carolina GOP objected. The GOP said no.';
    expect(typed(text)).toEqual([
      ['South Carolina GOP', 'organization'],
      // (The national party is shown by its full name, as "U.S." is.)
      ['Republican Party', 'organization'],
    ]);
  });

  it('splits a title from a name with a middle initial "V.", and reads local lawmakers\' titles', () => {
    const text =
      'He met President Vladimir V. Putin. State Assemblyman Dov Hikind and Councilman Joe ' +
      'Borelli objected.';
    expect(extractEntities(text).map((e) => [e.name, e.role])).toEqual([
      ['Vladimir V. Putin', 'President'],
      ['Dov Hikind', 'State Assemblyman'],
      ['Joe Borelli', 'Councilman'],
    ]);
  });

  it("splits a governor's title from a state whose name ends in a given name", () => {
    const text = 'North Carolina Gov. Pat Rowe and South Carolina Governor Hal Moss agreed.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.role])).toEqual([
      ['North Carolina', 'place', undefined],
      ['Pat Rowe', 'person', 'Gov.'],
      ['South Carolina', 'place', undefined],
      ['Hal Moss', 'person', 'Governor'],
    ]);
  });

  it('reads "Justices" and "Judges" as titles every name of the list shares', () => {
    const text =
      'The ruling was joined by U.S. Supreme Court Justices Ruth Vale Gibson and Sonia ' +
      'Marquez, and Federal Judges Ann Lee and Bo Yang disagreed.';
    const roles = new Map(extractEntities(text).map((e) => [e.name, [e.type, e.role]]));
    expect(roles.get('U.S. Supreme Court')).toEqual(['organization', undefined]);
    expect(roles.get('Ruth Vale Gibson')).toEqual(['person', 'Justice']);
    expect(roles.get('Sonia Marquez')).toEqual(['person', 'Justice']);
    expect(roles.get('Bo Yang')).toEqual(['person', 'Federal Judge']);
  });

  it('keeps the chamber in a leader\'s title: "House Minority Leader"', () => {
    const text =
      'House Minority Leader Kevin Marsh spoke first. Senate Majority Whip Ann Lowe replied.';
    expect(names(text)).toEqual(['Kevin Marsh', 'Ann Lowe']);
    expect(find(text, 'Kevin Marsh')?.role).toBe('House Minority Leader');
    expect(find(text, 'Ann Lowe')?.role).toBe('Senate Majority Whip');
  });

  it('reads the Commons and the Lords as chambers in a title, and the Law Lords as a body', () => {
    const text =
      'Betty Holt, the first woman to be Commons Speaker, spoke. Commons Leader Peter Hale agreed.';
    expect(names(text)).toEqual(['Betty Holt', 'Peter Hale']);
    expect(find(text, 'Peter Hale')?.role).toBe('Commons Leader');
    expect(typesOf('Nine Law Lords ruled on Thursday.').get('Law Lords')).toBe('organization');
  });

  it('keeps the White House in a capitalised "Press Secretary" title', () => {
    const text = 'White House Press Secretary Jen Lark said the talks would go on.';
    const lark = find(text, 'Jen Lark');
    expect(lark?.role).toBe('Press Secretary');
    expect(names(text)).toEqual(['White House', 'Jen Lark']);
  });

  it('reads a title with no holder as no name, and keeps the body before one', () => {
    const text =
      'Pelosi vetoed two of the House Minority Leader’s picks. Later the Defense Secretary ' +
      'agreed, and the White House Press Secretary spoke.';
    expect(names(text)).toEqual(['White House']);
  });

  it('reads "the Lukashenka regime" as the man\'s, like "the Biden administration"', () => {
    const text = 'The West condemned the Lukashenka regime, and the Biden administration agreed.';
    expect(typesOf(text).get('Lukashenka')).toBe('person');
  });

  it('reads "Interim" and "Public Health" as parts of a title', () => {
    const text =
      'Interim Prime Minister Claude Joseph spoke. The Public Health Director Barbara Ferrer ' +
      'agreed.';
    expect(find(text, 'Claude Joseph')?.role).toBe('Interim Prime Minister');
    expect(find(text, 'Barbara Ferrer')?.role).toBe('Public Health Director');
  });

  it('reads "Then-President" at a sentence start as a title, not part of the name', () => {
    const text = 'Then-President Trump moved the money. Ex-President Obama objected.';
    expect(names(text)).toEqual(['Trump', 'Obama']);
  });

  it('keeps a middle initial "A." inside the name', () => {
    const text = 'The sentence was delivered by Judge Peter A. Cahill. Cahill spoke for an hour.';
    const judge = find(text, 'Peter A. Cahill');
    expect(judge?.aliases).toContain('Cahill');
    expect(names(text)).toEqual(['Peter A. Cahill']);
  });
});

describe('parties and states', () => {
  it('keeps an assembly or a party of a people whole: "National People\'s Congress"', () => {
    const text =
      "Delegates met at China's National People's Congress, and the Pakistan People's Party and " +
      "the Workers' Party agreed, said Robert Kilroy Silk's Veritas Party.";
    const types = typesOf(text);
    for (const body of [
      "National People's Congress",
      "Pakistan People's Party",
      "Workers' Party",
    ]) {
      expect(types.get(body)).toBe('organization');
    }
    // A person's party is his, not part of its name.
    expect(types.get('Robert Kilroy Silk')).toBe('person');
  });

  it('reads "D.C." alone as a place', () => {
    expect(typesOf('The debate blooms in D.C., but the Senate waits.').get('D.C.')).toBe('place');
  });

  it('reads "a Texas Republican" as the state, not a person', () => {
    const text =
      'Sen. Ted Cruz, a Texas Republican, spoke. The California Democrat told reporters.';
    expect(typed(text)).toEqual([
      ['Ted Cruz', 'person'],
      ['Texas', 'place'],
      ['California', 'place'],
    ]);
  });

  it('splits the state off before a party word and a title', () => {
    const text = 'Mississippi Democratic Rep. Bennie Thompson chairs the panel.';
    expect(typed(text)).toEqual([
      ['Mississippi', 'place'],
      ['Bennie Thompson', 'person'],
    ]);
  });

  it('drops the party word before "US Senator", after a state too', () => {
    const text =
      'Democratic US Senator Sheldon Whitehouse has apologised. Rhode Island Democratic US ' +
      'Senator Jack Reed agreed.';
    expect(typed(text)).toEqual([
      ['United States', 'place'],
      ['Sheldon Whitehouse', 'person'],
      ['Rhode Island', 'place'],
      ['Jack Reed', 'person'],
    ]);
  });

  it('reads no place into an adjective before "city"', () => {
    const text =
      'They razed the ancient Assyrian city of Nimrud, the pride of the Assyrian Empire.';
    expect(typesOf(text).get('Assyrian')).toBeUndefined();
  });

  it('reads a state\'s chamber as a body, and towns before "counties" as places', () => {
    const text =
      'The Louisiana House secured 68 votes. He served in Montgomery and Fairfax counties.';
    expect(typed(text)).toEqual([
      ['Louisiana House', 'organization'],
      ['Montgomery', 'place'],
      ['Fairfax', 'place'],
    ]);
  });

  it('keeps a party named by its members in a state: "Texas Democrats"', () => {
    expect(typed('Many Texas Democrats left the state.')).toEqual([
      ['Texas Democrats', 'organization'],
    ]);
  });

  it('drops a state abbreviated in brackets after a name, "(N.C.)", "(W.Va.)", "(La.)"', () => {
    const text =
      'GOP Sens. Roy Blunt (Mo.), Richard Burr (N.C.), Shelley Moore Capito (W.Va.), Bill ' +
      'Cassidy (La.) and Susan Collins (Maine) agreed.';
    expect(typed(text)).toEqual([
      ['Republican Party', 'organization'],
      ['Roy Blunt', 'person'],
      ['Richard Burr', 'person'],
      ['Shelley Moore Capito', 'person'],
      ['Bill Cassidy', 'person'],
      ['Susan Collins', 'person'],
      ['Maine', 'place'],
    ]);
  });

  it('reads "Trump-appointed" and "Trump-era" as the man\'s mark', () => {
    const text = 'She asked the Trump-appointed director. Biden cancelled the Trump-era barrier.';
    expect(typed(text)).toEqual([['Trump', 'person']]);
  });

  it('reads "Soviet" and a decade as no names', () => {
    const text =
      'Gorbachev, the Soviet leader, met Reagan. Critics saw him in the Nineties as a rival.';
    expect(names(text)).toEqual(['Gorbachev', 'Reagan']);
  });

  it('drops the party-and-state tags after a name, "(D-W.Va.)" and "(D., Ariz.)"', () => {
    const text = 'Sen. Joe Pratt (D-W.Va.) and Sen. Carla Ruiz (D., Ariz.) held out.';
    expect(names(text)).toEqual(['Joe Pratt', 'Carla Ruiz']);
  });
});

describe('numbered names and movements', () => {
  it('reads one word after a year or an ordinal as the clipped end of a numbered name', () => {
    const text =
      'She founded the 1619 Project. The court for the 4th Circuit ruled. It was the story ' +
      'of the 2020 Presidential primaries.';
    expect(extractEntities(text).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads Latin, Marxist and Confederate as no names', () => {
    const text =
      'It is a Latin phrase. Marxist ideas spread, he said, and Confederate statues fell.';
    expect(names(text)).toEqual([]);
  });

  it('keeps a body of departments whole: "the Florida Departments of Health and Education"', () => {
    const text = 'The order directs the Florida Departments of Health and Education to act.';
    expect(typed(text)).toEqual([['Florida Departments of Health and Education', 'organization']]);
  });
});

describe('Congress', () => {
  it('keeps a chamber\'s committee named with "and" whole: "House Oversight and Reform Committee"', () => {
    const text =
      'The House Oversight and Reform Committee and the Commons Work and Pensions Committee met, ' +
      'and Work Secretary Alan Johnson spoke; the House and Senate Committee did not.';
    expect(names(text)).toEqual([
      'House Oversight and Reform Committee',
      'Commons Work and Pensions Committee',
      'Alan Johnson',
      'House',
      'Senate Committee',
    ]);
    expect(find(text, 'Alan Johnson')?.role).toBe('Work Secretary');
  });

  it('keeps "the House" apart from the White House', () => {
    const text = 'The White House said no. The House voted on Friday anyway.';
    expect(typed(text)).toEqual([
      ['House', 'organization'],
      ['White House', 'organization'],
    ]);
  });

  it('reads "the Trump White House" as the man and the White House', () => {
    const text =
      'The FBI was constrained by the Trump White House. The Obama White House disagreed.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['White House', 'organization'],
        ['Trump', 'person'],
        ['Obama', 'person'],
        ['FBI', 'organization'],
      ]),
    );
  });

  it('types the Capitol as a place and a caucus as an organization', () => {
    const text = 'Rioters stormed the Capitol. The House Freedom Caucus met later.';
    expect(typed(text)).toEqual([
      ['Capitol', 'place'],
      ['House Freedom Caucus', 'organization'],
    ]);
  });

  it('reads a numbered part of a law as no name: "Section 2", "Title IX", "Phase 3"', () => {
    const text =
      'The state violated Section 2 of the Voting Rights Act. Title IX protects students. ' +
      'A Phase 3 trial began.';
    expect(names(text)).toEqual(['Voting Rights Act']);
  });

  it('types a plan and a force like an act, never as a person', () => {
    const text =
      'The House passed the Build Back Better Plan. He thanked U.S. Air Force personnel.';
    expect(extractEntities(text).filter((e) => e.type === 'person')).toEqual([]);
    expect(names(text)).toContain('Build Back Better Plan');
    expect(names(text)).toContain('U.S. Air Force');
  });

  it('keeps "Social Security" one program, its commissioner a person', () => {
    const text =
      'Social Security Commissioner Andrew Saul was fired. Social Security benefits will rise.';
    expect(typed(text)).toEqual([
      ['Andrew Saul', 'person'],
      ['Social Security', 'organization'],
    ]);
    expect(find(text, 'Andrew Saul')?.role).toBe('Social Security Commissioner');
  });
});

describe('race words', () => {
  it('reads "Black" before the people it describes as no name', () => {
    const text =
      'Police abuse of Black people drew protests. Black voters and White families agreed. ' +
      'Violence against Black Americans rose.';
    expect(names(text)).toEqual([]);
  });

  it('reads a list spelled out before its initials as one thing: "Diversity, Equity and Inclusion (DEI)"', () => {
    const text =
      'The state banned Diversity, Equity and Inclusion (DEI) offices, and Ann Lee objected.';
    expect(names(text)).toEqual(['DEI', 'Ann Lee']);
  });

  it('reads an origin or faith before a nationality as no name, a party as one', () => {
    const text =
      'Native Americans and Hispanic Americans voted, as did Muslim Americans. A Native ' +
      'American tribe sued. The Christian Democrats and the Liberal Democrats lost.';
    expect(names(text)).toEqual(['Christian Democrats', 'Liberal Democrats']);
  });

  it('reads "White" or "Black" alone as describing people', () => {
    const text = 'A White mob attacked the district. Only five women, all White, were nominated.';
    expect(names(text)).toEqual([]);
  });

  it('reads a people of history alone as no name, but keeps a given name "Roman"', () => {
    const text =
      'Two tourists carved their initials in a Roman amphitheater, where the Romans held ' +
      'games. Roman Nowak, the site director, said they were fined.';
    expect(names(text)).toEqual(['Roman Nowak']);
  });

  it('keeps the surname Black, but not the race word beside it', () => {
    const text =
      'Deputy Commissioner David Black agreed to resign. Black said he would go. Black ' +
      'birthing people face more risk.';
    const black = find(text, 'David Black');
    expect(black?.aliases).toContain('Black');
    expect(black?.mentions.map((m) => text.slice(m.start, m.end + 5))).toEqual([
      'David Black agre',
      'Black said',
    ]);
    // After a count the word after it is a plural noun ("residents"), no verb.
    const tulsa = 'The attack on Black Wall Street killed 300 Black residents, Ann Lee said.';
    expect(names(tulsa).sort()).toEqual(['Ann Lee', 'Black Wall Street']);
  });
});

describe('British labels and bodies', () => {
  it('drops "Lib Dem" before a name as it drops "Tory"', () => {
    const text = 'Lib Dem Norman Baker said so, and Tory Michael Howard agreed.';
    expect(names(text).sort()).toEqual(['Michael Howard', 'Norman Baker']);
  });

  it('reads a name opened by "UK", "US" or "Team" as a body', () => {
    const text =
      'UK Athletics chief Dave Collins said Team GB would travel on US Airways. Rioters ' +
      'stormed the US Capitol.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['UK Athletics', 'organization'],
        ['Dave Collins', 'person'],
        ['Team GB', 'organization'],
        ['US Airways', 'organization'],
        ['US Capitol', 'place'],
      ]),
    );
  });

  it('reads a bill as no person and a prison as a place', () => {
    const text = 'The Terrorism Bill passed, and he was held at Belmarsh Prison. Bill Corry spoke.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Terrorism Bill', 'organization'],
        ['Belmarsh Prison', 'place'],
        ['Bill Corry', 'person'],
      ]),
    );
  });
});
