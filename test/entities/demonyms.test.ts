import { describe, expect, it } from 'vitest';
import { placesOfDemonym } from '../../src/entities/demonyms.js';
import { extractEntities } from '../../src/entities/index.js';
import { find, names, typed } from './helpers.js';

// Issue 4: "Israeli elections" are news about Israel. Every text here was written for these
// tests.

describe('demonyms join the place the text names', () => {
  it('gives the place its people and adjective as aliases, never as names', () => {
    const text =
      'Israeli voters go to the polls on Tuesday. Israelis are split on the speech. ' +
      'Ann Lee reported from Israel.';
    const israel = find(text, 'Israel');
    expect(israel?.aliases).toEqual(['Israeli', 'Israelis']);
    expect(names(text)).not.toContain('Israeli');
    // The name is what the text calls Israel: the demonyms add no mention offsets.
    expect(israel?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Israel']);
  });

  it('reads the irregular ones and the plurals', () => {
    const text = 'British troops left on Monday. Americans cheered as Britain and the U.S. met.';
    expect(find(text, 'Britain')?.aliases).toContain('British');
    expect(find(text, 'United States')?.aliases).toContain('Americans');
    const peoples = 'Soviet troops left the Soviet Union. Kurdish fighters held Kurdistan.';
    expect(find(peoples, 'Soviet Union')?.aliases).toEqual(['Soviet']);
    expect(find(peoples, 'Kurdistan')?.aliases).toEqual(['Kurdish']);
    // "Kyrgyz" had been a body of its own.
    const kyrgyz = 'Putin met his Kyrgyz counterpart, Almazbek Atambayev, in Kyrgyzstan.';
    expect(extractEntities(kyrgyz).map((e) => [e.name, e.aliases])).toEqual([
      ['Kyrgyzstan', ['Kyrgyz']],
      ['Putin', []],
      ['Almazbek Atambayev', ['Atambayev']],
    ]);
    // "Persian" had been a body, "Chechen" a person.
    const persian = 'Another Persian potentate wants to destroy us, he said of Iran.';
    expect(extractEntities(persian).map((e) => [e.name, e.aliases])).toEqual([
      ['Iran', ['Persian']],
    ]);
    // Two words too: "a Saudi Arabian source" had left a person "Arabian".
    const saudi = 'Hadi went to Riyadh, Saudi Arabia. A Saudi Arabian source told CNN.';
    expect(extractEntities(saudi).map((e) => [e.name, e.aliases])).toEqual([
      ['Saudi Arabia', ['Saudi', 'Saudi Arabian']],
      ['Riyadh', []],
    ]);
    const chechen = 'A Chechen woman was killed. Chechens denied it in Chechnya.';
    expect(extractEntities(chechen).map((e) => [e.name, e.aliases])).toEqual([
      ['Chechnya', ['Chechen', 'Chechens']],
    ]);
    // A people no country is named for is no name either.
    expect(extractEntities('The Muslim Uyghur minority and other Uyghurs fled.')).toEqual([]);
  });

  it('joins the place the demonym is of, not a shorter or a wider one', () => {
    const niger = 'Nigerian troops crossed into Niger. Nigeria said its soldiers were safe.';
    expect(find(niger, 'Nigeria')?.aliases).toContain('Nigerian');
    expect(find(niger, 'Niger')?.aliases ?? []).not.toContain('Nigerian');
    const korea =
      'North Korean officials went to Paris. North Korea and South Korea have talked of a ' +
      'united Korea.';
    expect(find(korea, 'North Korea')?.aliases).toContain('North Korean');
    expect(find(korea, 'Korea')?.aliases ?? []).not.toContain('Korean');
  });

  it('gives a party its members and adjective, and knows the GOP', () => {
    const text =
      'Republicans blocked the bill. The GOP leader, Mitch McConnell, said the Republican ' +
      'Party was united. Democrats and a Democratic senator disagreed.';
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['Republican Party', ['GOP', 'Republicans']],
      ['Mitch McConnell', ['McConnell']],
    ]);
    const both = `${text} The Democratic Party said it would try again.`;
    expect(find(both, 'Democratic Party')?.aliases).toEqual(['Democrats', 'Democratic']);
  });

  it('reads the people of a place named in two words as its demonym, no name', () => {
    const text =
      'New Yorkers voted in New York. Sri Lankan troops entered Sri Lanka. Puerto Ricans ' +
      'left Puerto Rico. He wrote it in The New Yorker.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['New York', 'place', ['New Yorkers']],
      ['Sri Lanka', 'place', ['Sri Lankan']],
      ['Puerto Rico', 'place', ['Puerto Ricans']],
      ['The New Yorker', 'organization', []],
    ]);
  });

  it('reads a country\'s name with "-er" as its demonym, no part of the name after it', () => {
    const text = 'New Zealand lost. The coach, New Zealander Graham Henry, blamed the rain.';
    expect(extractEntities(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['New Zealand', 'place', ['New Zealander']],
      ['Graham Henry', 'person', ['Henry']],
    ]);
  });

  it("reads a demonym that replaces the country's last letters as no name", () => {
    const text =
      'Somalis and a Somali-American woman mourned in Somalia. Argentinian Javier Pastore scored.';
    expect(extractEntities(text).map((e) => [e.name, e.aliases])).toEqual([
      ['Somalia', ['Somalis']],
      ['Javier Pastore', ['Pastore']],
    ]);
  });

  it('adds no place the text does not name, and leaves names that hold a demonym alone', () => {
    expect(names('French wine prices rose, Ann Lee said.')).toEqual(['Ann Lee']);
    const forces = 'The Israeli Defense Forces said Israel would respond.';
    expect(find(forces, 'Israel')?.aliases ?? []).not.toContain('Israeli');
    // Words in "-ian" that are no people of a place.
    const faith = 'Christian leaders met in Christchurch, New Zealand, on Sunday.';
    expect(extractEntities(faith).flatMap((e) => e.aliases)).not.toContain('Christian');
  });

  it('counts them towards the salience of the place', () => {
    const text =
      'Ann Lee, a doctor, has treated Syrian refugees for a year. Syrian families arrive ' +
      'each week, she says. Lee lives in Berlin. She was born in Syria.';
    const entities = extractEntities(text);
    const syria = entities.find((e) => e.name === 'Syria');
    const berlin = entities.find((e) => e.name === 'Berlin');
    // Both are named once, in the same part of the text, but the story is about Syrians.
    expect(syria?.salience).toBeGreaterThan(berlin?.salience ?? Infinity);
  });
});

describe('placesOfDemonym', () => {
  it('derives the candidate places of a demonym', () => {
    expect(placesOfDemonym('Iraqi')).toContain('iraq');
    expect(placesOfDemonym('Chinese')).toContain('china');
    expect(placesOfDemonym('Ugandans')).toContain('uganda');
    expect(placesOfDemonym('Syrian')).toContain('syria');
    expect(placesOfDemonym('Dutch')).toEqual(['netherlands', 'holland']);
    // Not a people: no candidates at all.
    expect(placesOfDemonym('Christian')).toEqual([]);
    expect(placesOfDemonym('Hogan')).toEqual([]);
  });
});

describe('empires', () => {
  it("keeps the people's adjective in an empire's name, and joins the adjective alone to it", () => {
    const text =
      'He wants the return of the British Empire. The Ottoman Empire and the Russian Empire fell.';
    expect(typed(text)).toEqual([
      ['British Empire', 'place'],
      ['Ottoman Empire', 'place'],
      ['Russian Empire', 'place'],
    ]);
    const kings = 'Two Assyrian kings built palaces at the height of the Assyrian Empire.';
    expect(extractEntities(kings).map((e) => [e.name, e.aliases])).toEqual([
      ['Assyrian Empire', ['Assyrian']],
    ]);
  });
});
