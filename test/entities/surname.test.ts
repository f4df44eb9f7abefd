import { describe, expect, it } from 'vitest';
import { entityMatches, extractEntities, mergeEntitiesAcross } from '../../src/entities/index.js';
import { surnameOf } from '../../src/entities/surname.js';
import type { Entity } from '../../src/model.js';
import { find, names, typesOf } from './helpers.js';

// Every text here was written for these tests.

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

describe('surnameOf', () => {
  it('is the last word of a full name, past any generational suffix', () => {
    expect(surnameOf('Jeff Sessions')).toBe('Sessions');
    expect(surnameOf('Tairod Nathan Webster Pugh')).toBe('Pugh');
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
    expect(surnameOf('William Bruce James II')).toBe('James');
  });

  it('keeps a particle that belongs to the surname', () => {
    expect(surnameOf('Bill de Blasio')).toBe('de Blasio');
    expect(surnameOf('Bashar al-Assad')).toBe('al-Assad');
    expect(surnameOf('Guy de la Rochefoucauld')).toBe('de la Rochefoucauld');
    // Two family names joined by "und" or "y" are one surname.
    expect(surnameOf('Elisabeth von Thurn und Taxis')).toBe('von Thurn und Taxis');
    expect(surnameOf('José Ortega y Gasset')).toBe('Ortega y Gasset');
    // A patronymic is no part of it.
    expect(surnameOf('Ahmed bin Hasan Asiri')).toBe('Asiri');
  });

  it('gives none for a one-word name or a family name written first', () => {
    expect(surnameOf('Madonna')).toBeUndefined();
    expect(surnameOf('Li Keqiang')).toBeUndefined();
    expect(surnameOf('Kim Jong Un')).toBeUndefined();
  });

  it('gives none for a family name shared with the West before two short syllables', () => {
    expect(surnameOf('Lee Kuan Yew')).toBeUndefined();
    expect(surnameOf('Goh Chok Tong')).toBeUndefined();
    // There "Lee" is a given name.
    expect(surnameOf('Lee Harvey Oswald')).toBe('Oswald');
  });

  it('is the first word before a Korean hyphenated given name', () => {
    expect(surnameOf('Ban Ki-moon')).toBe('Ban');
    expect(surnameOf('Kim Jong-un')).toBe('Kim');
  });
});

describe('surname aliases within a text', () => {
  it('joins a surname alone to a name with a suffix, but a name without one comes first', () => {
    const james = extractEntities('William Bruce James II was arrested. James later left.');
    expect(james.map((e) => [e.name, e.aliases])).toEqual([['William Bruce James II', ['James']]]);
    const browns = extractEntities(
      'Michael Brown was shot. Michael Brown Sr. spoke. Brown was 18.',
    );
    expect(browns.map((e) => [e.name, e.aliases])).toEqual([
      ['Michael Brown', ['Brown']],
      ['Michael Brown Sr', []],
    ]);
  });

  it('names a person by surname even when the text gives only the full name', () => {
    const entities = extractEntities(
      'Prosecutors charged Tairod Nathan Webster Pugh in Brooklyn on Tuesday. His lawyer ' +
        'said the former mechanic would plead not guilty.',
    );
    expect(byName(entities, 'Tairod Nathan Webster Pugh')?.aliases).toContain('Pugh');
  });

  it('gives the surname to no one when two people of the text share it', () => {
    const entities = extractEntities(
      'Tamerlan Tsarnaev died after the shootout. Dzhokhar Tsarnaev hid in a boat in Watertown.',
    );
    for (const name of ['Tamerlan Tsarnaev', 'Dzhokhar Tsarnaev']) {
      expect(byName(entities, name)?.aliases ?? []).not.toContain('Tsarnaev');
    }
  });

  it('gives no surname that another entity of the text answers to', () => {
    const entities = extractEntities(
      'Officials in Washington unveiled a statue of George Washington near the river.',
    );
    expect(byName(entities, 'George Washington')?.aliases ?? []).not.toContain('Washington');
  });

  it('gives a surname the text writes alone to the person it names first, of two', () => {
    const durst = extractEntities(
      'The trial of Robert Durst began. Durst said he was innocent. His first wife, Kathleen, ' +
        'vanished. Kathleen McCormack Durst was never found. Durst denied it.',
    );
    expect(durst.map((e) => [e.name, e.aliases])).toEqual([
      ['Robert Durst', ['Durst']],
      ['Kathleen McCormack Durst', ['Kathleen']],
    ]);
    // The one the text names more often in full comes first.
    const rabbi = extractEntities(
      'Rabbi Yitzhak HaLevi Herzog was a chief rabbi. Isaac Herzog leads the polls. Herzog ' +
        'says he will win. Isaac Herzog was born in Tel Aviv.',
    );
    expect(rabbi.find((e) => e.name === 'Isaac Herzog')?.aliases).toEqual(['Herzog']);
  });

  it('joins a surname to the full name that a shorter full name has joined', () => {
    const text =
      'MP John Langmore resigned. John Langmore wrote to Mr John Vance Langmore. Langmore, 57, ' +
      'left.';
    const people = extractEntities(text);
    expect(people.map((e) => [e.name, e.aliases])).toEqual([
      ['John Vance Langmore', ['John Langmore', 'Langmore']],
    ]);
    // "Langmore, 57" is one of his mentions.
    expect(people[0]?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'John Langmore',
      'John Langmore',
      'John Vance Langmore',
      'Langmore',
    ]);
  });

  it('joins a name written without its middle name to the full one', () => {
    const text =
      'Cristie Schoen Codd had appeared on a cooking show. Friends said Cristie Codd loved ' +
      'to bake.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Cristie Schoen Codd']);
  });

  it('joins a name written with initials, as results lists write it, to the full name', () => {
    const text =
      'Kelly Holmes won the 800m and Mark Jones the 1500m. Results: 800m: 1 K Holmes 2:01.3. ' +
      '1500m: 1 M Jones 3:40.2, 2 J Jones 3:41.0.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Kelly Holmes', 2],
      ['Mark Jones', 2],
      ['J Jones', 1],
    ]);
  });

  it('keeps apart two names that differ in their middle initials', () => {
    const text =
      'His father George H. W. Bush and his brother George W. Bush ran for president. ' +
      'Inmate Kelly Gissendaner wrote to them.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual([
      'George H. W. Bush',
      'George W. Bush',
      'Kelly Gissendaner',
    ]);
    // ("Inmate" is a title, as prison officials write it.)
    expect(people.at(-1)?.role).toBe('Inmate');
  });

  it('joins an Arabic surname written without its article to the full name', () => {
    const text =
      "Syria's President Bashar al-Assad met Iraq's Prime Minister Haidar al-Abadi. The crimes " +
      'of the Assad regime were raised, and Abadi spoke first.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Bashar al-Assad', 2],
      ['Haidar al-Abadi', 2],
    ]);
    expect(people[0]?.aliases).toContain('Assad');
    // Said alone without its article even where the text never does so.
    const sisi = extractEntities("Egypt's President Abdel Fattah el-Sisi spoke on Monday.")[1];
    expect(sisi?.aliases).toEqual(['el-Sisi', 'Sisi']);
  });

  it('keeps a quoted nickname inside the name, and knows the person by it', () => {
    const text =
      'The son of a cab driver, Alexander "Lee" McQueen grew up in London. Lee loved ' +
      "fashion, and McQueen's shows were famous. Brian 'Head' Welch left the band.";
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([
      ['Alexander "Lee" McQueen', ['Lee', 'McQueen'], 3],
      ["Brian 'Head' Welch", ['Welch'], 1],
    ]);
    expect(people[0]?.mentions[0]).toEqual({ start: 25, end: 48 });
  });

  it('joins a middle name written alone to the one person who has it', () => {
    const text =
      'Family knew him by his middle name, Darnell. Now Troy Darnell Baker Jr.’s name is on ' +
      'signs. Darnell felt like a misfit, his uncle said.';
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([['Troy Darnell Baker Jr', 3]]);
    // Two people with that middle name: the lone name stays apart.
    const two = 'Troy Darnell Baker met Ann Darnell Cole. Darnell spoke first.';
    expect(extractEntities(two).map((e) => e.name)).toContain('Darnell');
  });
});

describe('surnames across articles', () => {
  const jeff = extractEntities('Attorney General Jeff Sessions spoke. Sessions left early.');
  const pete = extractEntities('Congressman Pete Sessions spoke. Sessions stayed late.');
  const bare = extractEntities('On Friday, Sessions said nothing more.');
  const merged = mergeEntitiesAcross([jeff, pete, bare]).filter((e) => e.type === 'person');

  it('keeps two people who share a surname apart', () => {
    expect(merged.map((e) => e.name).sort()).toEqual(['Jeff Sessions', 'Pete Sessions']);
  });

  it('gives a bare surname to the first full name that has it', () => {
    const jeffMerged = byName(merged, 'Jeff Sessions');
    const jeffAlone = byName(jeff, 'Jeff Sessions');
    expect(jeffMerged?.salience).toBeGreaterThan(jeffAlone?.salience ?? Infinity);
    expect(merged.filter((e) => entityMatches(e, 'Sessions'))).toHaveLength(2);
  });
});

describe('names written with a hyphen or a space', () => {
  it('are one entity, shown as first written, with the hyphenated surname', () => {
    const text =
      'Robert Kilroy-Silk left. Later Robert Kilroy Silk said Mr Kilroy-Silk would return.';
    const entities = extractEntities(text);
    expect(entities.map((e) => e.name)).toEqual(['Robert Kilroy-Silk']);
    expect(entities[0]?.aliases).toContain('Kilroy-Silk');
    expect(entities[0]?.aliases).not.toContain('Silk');
  });
});

describe('families and given names that are words', () => {
  it('joins a family named in the plural to the person of that surname', () => {
    const text =
      'Levi Pettit apologised on Monday. The Pettits had the right idea, and the Rices ' +
      'did not, said Parker Rice.';
    const pettit = find(text, 'Levi Pettit');
    expect(pettit?.aliases).toContain('Pettits');
    expect(pettit?.mentions).toHaveLength(2);
    expect(names(text)).toEqual(['Levi Pettit', 'Parker Rice']);
  });

  it('keeps a band whose name is a plural, and a family no person of the text has', () => {
    const band = 'Patti Smith played, as did the ex-Smiths star Morrissey.';
    expect(find(band, 'Patti Smith')?.aliases).not.toContain('Smiths');
    expect(names('The Kelvedons sold the farm.')).not.toContain('Kelvedon');
  });

  it('reads a given name that is also a word as a name at a sentence start', () => {
    expect(names('Bill Clinton spoke. Guy Ritchie and Dick Durbin agreed.')).toEqual([
      'Bill Clinton',
      'Guy Ritchie',
      'Dick Durbin',
    ]);
    expect(names('Rod Eddington spoke. Sandy Walkington and Jade Johnson left.')).toEqual([
      'Rod Eddington',
      'Sandy Walkington',
      'Jade Johnson',
    ]);
    expect(names('The Finance Bill passed. Bill amendments failed.')).toEqual(['Finance Bill']);
  });
});

describe('a surname shared by a pair', () => {
  it('gives a given name joined by "and" to a full name that surname', () => {
    const text =
      'Police said Tammy and Brandon Meyers were at home. His parents, Graham and Sherry Edwards, flew out.';
    expect(names(text)).toEqual(
      expect.arrayContaining([
        'Tammy Meyers',
        'Brandon Meyers',
        'Graham Edwards',
        'Sherry Edwards',
      ]),
    );
    const tammy = find(text, 'Tammy Meyers');
    expect(tammy?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Tammy']);
  });

  it('keeps a list of other people, a star known by one name, a band and a surname apart', () => {
    const stars =
      'Hits came from Paul Simon, Madonna and David Bowie, and singers Cher and Ann Lee.';
    expect(names(stars)).not.toContain('Madonna Bowie');
    expect(names(stars)).not.toContain('Cher Lee');
    const band = 'Fans of The Jesus and Mary Chain cheered.';
    expect(names(band)).not.toContain('Jesus Chain');
    const named = 'Trayvon Martin died in 2012. Martin and Michael Brown were remembered.';
    expect(names(named)).toEqual(['Trayvon Martin', 'Michael Brown']);
  });
});

describe('names completed in brackets', () => {
  it('reads a name an editor completed in brackets as one, marking the whole of it', () => {
    const text =
      'I know that Fela [Kuti] would not like it. "I will meet [Russian] President [Vladimir] ' +
      'Putin soon," he said.';
    const fela = find(text, 'Fela Kuti');
    expect(fela?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Fela [Kuti]']);
    const putin = find(text, 'Vladimir Putin');
    expect(putin?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['[Vladimir] Putin']);
  });

  it('reads a lone given name and a surname in round brackets as one name', () => {
    const text = '"Eddie (O\'Sullivan) was very calm," said Ann Berg (Acme).';
    const eddie = find(text, "Eddie O'Sullivan");
    expect(eddie?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Eddie (O'Sullivan)"]);
    // After a full name the brackets give the team or the firm.
    expect(typesOf(text).get('Acme')).toBe('organization');
  });

  it('keeps a place completed by its country, and initials in brackets, apart', () => {
    const text = "We race in Sepang [Malaysia] next. The Korean People's Army [KPA] fired.";
    expect(names(text)).toEqual(
      expect.arrayContaining(['Sepang', 'Malaysia', "Korean People's Army"]),
    );
    expect(find(text, "Korean People's Army")?.aliases).toContain('KPA');
  });
});
