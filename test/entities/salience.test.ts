import { describe, expect, it } from 'vitest';
import { extractEntities, mergeEntitiesAcross } from '../../src/entities/index.js';
import { salienceOf } from '../../src/entities/salience.js';
import type { Entity } from '../../src/model.js';

// Every article here was written for these tests.

function names(entities: Entity[]): string[] {
  return entities.map((e) => e.name);
}

function salience(entities: Entity[], name: string): number | undefined {
  return entities.find((e) => e.name === name)?.salience;
}

const STORY =
  'A pensioner from Halsworth has won the national lottery for a second time. ' +
  'Margaret Hollis, 72, bought the winning ticket at a corner shop on Friday. ' +
  'Hollis plans to share the prize with her four grandchildren. ' +
  'Her first win, in 2009, paid for a new roof.';

describe('who made the article is not what it is about', () => {
  it('gives a Daily Mail byline and its publication header no weight', () => {
    const text =
      'By . Sarah Griffiths . PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 09:14 EST, ' +
      `3 March 2014 . ${STORY}`;
    const entities = extractEntities(text);
    expect(names(entities)[0]).toBe('Margaret Hollis');
    expect(salience(entities, 'Sarah Griffiths')).toBe(0);
    expect(names(entities).at(-1)).toBe('Sarah Griffiths');
  });

  it('reads the lead after a byline as the lead: the story ranks as it does without one', () => {
    const plain = extractEntities(STORY);
    const bylined = extractEntities(`By Tom Lee\n${STORY}`);
    expect(salience(bylined, 'Margaret Hollis')).toBe(salience(plain, 'Margaret Hollis'));
    expect(salience(bylined, 'Halsworth')).toBe(salience(plain, 'Halsworth'));
    expect(salience(bylined, 'Tom Lee')).toBe(0);
  });

  it('gives reporters in the closing contributor line no weight', () => {
    const text =
      '(CNN)Maria Lopez, the mayor of Tucson, resigned on Monday after a budget row. Lopez ' +
      'said the city council had lost confidence in her. Council member Tom Reyes will act as ' +
      "mayor until a vote in May. CNN's Jill Martin and Ben Brumfield contributed to this report.";
    const entities = extractEntities(text);
    expect(names(entities).slice(0, 2)).toEqual(['Maria Lopez', 'Tucson']);
    expect(salience(entities, 'Jill Martin')).toBe(0);
    expect(salience(entities, 'Ben Brumfield')).toBe(0);
    expect(names(entities).slice(-2).sort()).toEqual(['Ben Brumfield', 'Jill Martin']);
  });

  it('gives the outlet a story opens with and its copyright line no weight', () => {
    const text =
      `(Hollywood Gazette)${STORY} The Hollywood Gazette could not reach her. ` +
      '©2015 The Hollywood Gazette. All rights reserved.';
    const entities = extractEntities(text);
    expect(names(entities)[0]).toBe('Margaret Hollis');
    // Only the sentence that names it as the story does counts.
    const once = extractEntities(`${STORY} The Hollywood Gazette could not reach her.`);
    const gazette = (all: Entity[]): number | undefined =>
      all.find((e) => e.type === 'organization')?.salience;
    expect(gazette(once)).toBeGreaterThan(0);
    expect(gazette(entities)).toBe(gazette(once));
  });

  it('gives a photo credit no weight, but keeps its name as an entity', () => {
    const text =
      'Firefighters in Valdoro saved a horse from a frozen lake. Valdoro fire chief Ana Kruse ' +
      'led the rescue. (Photo: Rita Gomez/Valdoro Herald)';
    const entities = extractEntities(text);
    expect(salience(entities, 'Rita Gomez')).toBe(0);
    expect(names(entities)[0]).toBe('Valdoro');
  });
});

describe('who the story is about', () => {
  it('ranks the person the lead is about above a place the text names often in passing', () => {
    const text =
      'Elena Varga won the Arden Prize for poetry on Tuesday. Varga, 34, wrote the winning ' +
      'collection while working nights. The prize is awarded in Kelston. Kelston hosts a ' +
      'festival each spring. Hotels in Kelston fill up early. The judges met in Kelston for ' +
      'three days. Last year the ceremony also took place in Kelston. Varga will read there ' +
      'in June.';
    const entities = extractEntities(text);
    expect(entities.find((e) => e.name === 'Kelston')?.mentions).toHaveLength(5);
    expect(entities.find((e) => e.name === 'Elena Varga')?.mentions).toHaveLength(3);
    expect(names(entities)[0]).toBe('Elena Varga');
  });

  it('ranks a spokesman who only gives quotes below the person the story is about', () => {
    const text =
      'Police in Oslo arrested Anna Berg on Monday. Officers searched a flat in the city ' +
      'centre. "We found documents," said Lars Holm. Holm said the search took four hours. ' +
      '"It is too early to talk about charges," Holm said. Holm told reporters more arrests ' +
      'were possible. Berg denies any wrongdoing.';
    const entities = extractEntities(text);
    expect(entities.find((e) => e.name === 'Lars Holm')?.mentions).toHaveLength(4);
    expect(entities.find((e) => e.name === 'Anna Berg')?.mentions).toHaveLength(2);
    expect(names(entities).indexOf('Anna Berg')).toBeLessThan(names(entities).indexOf('Lars Holm'));
  });

  it('ranks an expert first named deep in the article below a name from the lead', () => {
    const lead = 'Flooding closed the main road into Norbury on Sunday. ';
    const middle = Array.from(
      { length: 14 },
      (_, i) => `Crews worked through the night on section ${i + 1} of the road. `,
    ).join('');
    const late =
      'Peter Quill, a hydrologist, has studied the river for years. Quill expects more rain. ' +
      'Quill warned that the banks were weak.';
    const entities = extractEntities(lead + middle + late);
    expect(entities.find((e) => e.name === 'Peter Quill')?.mentions).toHaveLength(3);
    expect(names(entities)[0]).toBe('Norbury');
  });
});

describe('salienceOf', () => {
  it('is never negative, so that merged salience only adds up', () => {
    const late = { sentences: [30], attributions: 1, inTitle: false };
    expect(salienceOf(late)).toBe(0);
    const early = { sentences: [0, 1], attributions: 0, inTitle: false };
    expect(salienceOf(early)).toBeGreaterThan(0);
    expect(salienceOf({ sentences: [], attributions: 0, inTitle: false })).toBe(0);
  });

  it('lets a headline lift even an entity the body only names late', () => {
    expect(salienceOf({ sentences: [30], attributions: 0, inTitle: true })).toBeGreaterThan(0);
  });

  it('keeps merged salience the sum of each article’s', () => {
    const a = extractEntities('Anna Berg met Tom Lund in Oslo. Lund spoke first, then Berg.');
    const b = extractEntities('Tom Lund said on Friday that Anna Berg would lead the party.');
    const merged = mergeEntitiesAcross([a, b]);
    for (const e of merged) expect(e.salience).toBeGreaterThanOrEqual(0);
    const lund = merged.find((e) => e.name === 'Tom Lund');
    expect(lund?.salience).toBeCloseTo(
      (salience(a, 'Tom Lund') ?? 0) + (salience(b, 'Tom Lund') ?? 0),
      3,
    );
  });
});
