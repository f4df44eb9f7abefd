import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { names, typed, typesOf } from './helpers.js';

// Issue 4: a capitalised ordinary word that nothing marks as a name is none. Every text here
// was written for these tests.

describe('bare ordinary words', () => {
  it('makes no person of an unquoted title or a heading word', () => {
    const hits = 'Hits on the album include Dirrty and Beautiful. Critics loved Beautiful most.';
    expect(names(hits)).not.toContain('Beautiful');
    const game = "Sales of EA's Need for Speed rose. Critics praised Halo as well.";
    expect(names(game)).toEqual(['EA']);
    const heading = 'The report, headed Progress, lists gains. Ann Lee wrote Progress.';
    expect(names(heading)).toEqual(['Ann Lee']);
  });

  it('makes no place of an ordinary word only a preposition puts there', () => {
    const songs =
      "Ann Lee recorded Eric Clapton's hit Tears In Heaven. The risk seen in Approve was high, " +
      'and she had a role in Notes on Falling Leaves.';
    expect(names(songs)).toEqual(['Ann Lee', 'Eric Clapton']);
    // A town that anything else places stays: "the town of Karma".
    expect(names('Forces took back the town of Karma, near Falluja.')).toContain('Karma');
  });

  it('makes no name of "World" alone, which only opens bodies\' names', () => {
    const text =
      'Ann Lee met World No. 4 Andy Murray, then spoke of the United States and the World.';
    expect(names(text)).toEqual(['Ann Lee', 'Andy Murray', 'United States']);
    // With a capital "The" it names something: a radio programme.
    expect(names('Clark Boyd reports for The World, a radio show.')).toContain('The World');
  });

  it('makes no name of a kind of body that opens a sentence, though names end in it', () => {
    const text =
      'He went to Highland Park High School. School officials expelled him. The Labour Party ' +
      'objected. Party leader Ann Lee said so.';
    // Neither a name nor another name for the school or the party.
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['Highland Park High School', []],
      ['Labour Party', ['Labour']],
      ['Ann Lee', ['Lee']],
    ]);
  });

  it('counts only a kind of body written alone, not one that opens a longer name', () => {
    const text =
      'He went to Jesuit School. Members of the School Board met. School officials expelled him.';
    expect(names(text)).toEqual(['Jesuit School', 'School Board']);
    // Nor one that opens a name with "of"; at a sentence start that name stays whole.
    const ministry =
      'The names came from the Department of Defense.\nDepartment officials confirmed them. ' +
      'Ministry of Defence lawyers disagreed. University of Michigan researchers agreed.';
    expect(names(ministry)).toEqual(['Pentagon', 'Ministry of Defence', 'University of Michigan']);
  });

  it('keeps such a word when anything marks it as a name', () => {
    // A title, speech, a surname of a longer name, a cue for a body or a place.
    expect(typesOf('Later Mr Need spoke to reporters.').get('Need')).toBe('person');
    expect(typesOf('"It is over," Beautiful said on Monday.').get('Beautiful')).toBe('person');
    expect(names('Burt Ward arrived. Later Ward left.')).toEqual(['Burt Ward']);
    expect(typesOf('Shares of the retailer Halo rose.').get('Halo')).toBe('organization');
  });

  it("drops such a word though a body's name ends in it, which makes no surname of it", () => {
    const text =
      'Leaders of the National Union of Students met on Friday. Students marched in London.';
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['National Union of Students', []],
      ['London', []],
    ]);
  });

  it('keeps surnames and given names that are also words', () => {
    expect(names('The list names Sheridan, Brown and Shaw.')).toContain('Brown');
    const max = 'For Max, the passage of the law feels like school. Max is transgender.';
    expect(names(max)).toEqual(['Max']);
  });

  it('reads the parties of court papers as no names: "Plaintiffs\' decedent", "this Defendant"', () => {
    const text = "The city said that Plaintiffs' decedent caused it, not this Defendant, Ann Lee.";
    expect(names(text)).toEqual(['Ann Lee']);
  });

  it('reads a time zone after a time as no name, but keeps initials of a name', () => {
    const text = 'P.T. Barnum opened at 8 p.m. ET in Miami, and at 7am PT in Reno.';
    expect(names(text)).toEqual(['P.T. Barnum', 'Miami', 'Reno']);
  });

  it('keeps initials opening a sentence, but no word in capitals nor a kind of thing', () => {
    const text =
      'The Council on American-Islamic Relations met on Monday.\nCAIR said so. WWE agreed. ' +
      'UPDATE: ROLL CALL follows. DVD sales fell. LCD prices fell. Phones use GPRS, USB and ' +
      'VoIP. A Q&A followed.';
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['Council on American-Islamic Relations', ['CAIR']],
      ['WWE', []],
    ]);
  });
});

describe('acronyms of common things, events and documents', () => {
  it('makes no name of an ID card, LGBT rights, PR, R&B and other common initials', () => {
    const text =
      'Officials checked ID cards at the gate. Ann Lee spoke for LGBT people, PR firms and FDI ' +
      'flows in Texas. VHS tapes, GSM phones and R&B charts were on show, and PE lessons.';
    expect(names(text)).toEqual(['Ann Lee', 'Texas']);
  });

  it('makes no name of a Roman numeral alone, but keeps it inside a name', () => {
    const text =
      'Capt. Ann Lee, III, died. Tom Hart starred in Halloween II and joined the starting XV. ' +
      'Malcolm X spoke of Richard III.';
    expect(names(text)).toEqual(['Ann Lee', 'Tom Hart', 'Malcolm X', 'Richard III']);
  });

  it('makes no name of a language', () => {
    const text =
      'The scroll is written in Aramaic, and Ann Lee read it in Hebrew and Arabic. A Bengali ' +
      'girl translated it into Mandarin.';
    expect(names(text)).toEqual(['Ann Lee']);
  });

  it('makes no name of the Holocaust or the Constitution alone, but keeps longer names', () => {
    const text =
      "After the Holocaust, the Constitution's 25th Amendment was read at the Holocaust " +
      'Memorial Museum by Ann Lee.';
    expect(names(text)).toEqual(['Holocaust Memorial Museum', 'Ann Lee']);
    const order = "Consistent with the President's Proclamation, Ann Lee said, funds return.";
    expect(names(order)).toEqual(['Ann Lee']);
    const charter = 'The U.S. Constitution and the Constitution of Malawi differ, Ann Lee said.';
    expect(names(charter).sort()).toEqual(['Ann Lee', 'Malawi']);
  });

  it('makes no name of Allah or Euro alone, nor of a span of days or months', () => {
    const text =
      'He shouted praise to Allah, Ann Lee said. Trade in April-July rose, and the class ' +
      'meets Tuesday-Thursday.';
    expect(names(text)).toEqual(['Ann Lee']);
    // A name that ends in it stays whole.
    expect(names('The Houthis, or Ansar Allah, took Sanaa.')).toContain('Ansar Allah');
    // Nor is "Euro" alone: a tournament and its year, or the currency's zone.
    const euro = 'Ireland lost their Euro 2004 qualifier, and the Euro zone grew. Euro Disney won.';
    expect(names(euro)).toEqual(['Ireland', 'Euro Disney']);
  });

  it('makes no name of a doctrine, its followers or a manner, by its ending', () => {
    const text =
      'Islamism and Islamophobia rose, Ann Lee said; Zionists called it Kafkaesque. ' +
      'Ally McCoist scored before Snowmageddon hit.';
    expect(names(text).sort()).toEqual(['Ally McCoist', 'Ann Lee']);
  });

  it("makes no name of an office's adjective or of voters named by their leaning", () => {
    const text =
      'He told a Congressional hearing that Presidential talks failed, and Independents ' +
      'agreed with the Congressional Budget Office.';
    expect(names(text)).toEqual(['Congressional Budget Office']);
  });

  it('makes no name of an adjective made from a name, between a determiner and a noun', () => {
    const text =
      'Ann Lee called it a Faustian bargain that hurt the Mauritian economy and some Abrahamic ' +
      'religions, from the Baltic to the Adriatic coast and the Guardian newspaper.';
    expect(typed(text)).toEqual([
      ['Ann Lee', 'person'],
      ['Baltic', 'place'],
      ['Adriatic', 'place'],
      ['Guardian', 'organization'],
    ]);
  });

  it('makes no name of an era beside its year', () => {
    const text = 'Ann Lee dated the kingdom to 900 B.C., its fall to the seventh century A.D.';
    expect(names(text)).toEqual(['Ann Lee']);
    expect(names('Ann Lee dated it from A.D. 1000 to 64 CE.')).toEqual(['Ann Lee']);
  });

  it('makes no name of a faith or of Shias, and keeps "des" inside a name', () => {
    const text = 'Religions such as Wicca and Taoism grew, Ann Lee said. Shias have led Iraq.';
    expect(names(text).sort()).toEqual(['Ann Lee', 'Iraq']);
    expect(names('Ann Lee ran the Marathon des Sables in 2012.')).toEqual([
      'Ann Lee',
      'Marathon des Sables',
    ]);
  });
});

describe('names of ordinary words only', () => {
  it('makes no person of a title of ordinary words, nor of its last word alone', () => {
    const text =
      'Hilary Swank stars, and Million Dollar Baby won. Total Film critics liked it. Film ' +
      'critics agreed.';
    expect(names(text)).toEqual(['Hilary Swank']);
  });

  it('makes no place of a title of ordinary words that only a preposition placed', () => {
    const text =
      'Hilary Swank won for playing a boxer in Million Dollar Baby, and Ann Lee starred in ' +
      'Meet The Parents.';
    expect(names(text)).toEqual(['Hilary Swank', 'Ann Lee']);
    // A place's head word still makes one: "in Pleasant Valley".
    expect(typesOf('Ann Lee lives in Pleasant Valley.').get('Pleasant Valley')).toBe('place');
  });

  it('keeps a person whose names are also ordinary words', () => {
    expect(names('Its head, Gene Block, said it would reopen.')).toEqual(['Gene Block']);
    expect(names('The talks were led by Al Gore and Penny Little.')).toEqual([
      'Al Gore',
      'Penny Little',
    ]);
  });
});
