import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import type { Entity } from '../../src/model.js';

// Issue 4: entity highlights a reader can trust. Every text here was written for these tests.

function names(text: string): string[] {
  return extractEntities(text).map((e) => e.name);
}

function find(text: string, name: string): Entity | undefined {
  return extractEntities(text).find((e) => e.name === name);
}

describe('name particles', () => {
  it('keeps "al" before a spaced name: "al Qaeda", never "Qaeda"', () => {
    const text = 'Officials said the group al Qaeda claimed the attack on Tuesday.';
    expect(names(text)).toContain('al Qaeda');
    expect(names(text)).not.toContain('Qaeda');
  });

  it('keeps a hyphenated article inside the name: "al-Shabaab"', () => {
    const text = 'Fighters loyal to al-Shabaab attacked a base near the border.';
    expect(names(text)).toContain('al-Shabaab');
  });

  it('keeps "de" at the front of a surname used alone', () => {
    const text = 'Mayor Bill de Blasio spoke first. Later de Blasio said he would stay.';
    const mayor = find(text, 'Bill de Blasio');
    expect(mayor?.aliases).toContain('de Blasio');
    expect(names(text)).not.toContain('Blasio');
  });
});

describe('what the words around a name say it is', () => {
  const typeOf = (text: string, name: string): string | undefined => find(text, name)?.type;

  it('types a firm named in an appositive as an organization', () => {
    const text =
      'Spohr said Lufthansa, the German airline, would pay. Lufthansa said it would help.';
    expect(typeOf(text, 'Lufthansa')).toBe('organization');
  });

  it('types a name after a lower-case kind of organization as one', () => {
    const text =
      'Anonymous letters were sent to dairy cooperative Fonterra, he said. Later Fonterra said it was checking.';
    expect(typeOf(text, 'Fonterra')).toBe('organization');
  });

  it('types a band by its member nouns ("frontman")', () => {
    const text = 'He loved Nirvana frontman Kurt Cobain. He said Nirvana changed his life.';
    expect(typeOf(text, 'Nirvana')).toBe('organization');
    expect(typeOf(text, 'Kurt Cobain')).toBe('person');
  });

  it('types what is "owned by" a name, or its possessive "carrier", as a firm', () => {
    expect(
      typeOf('The jet was owned by Vantora. Investigators said Vantora had checked it.', 'Vantora'),
    ).toBe('organization');
    expect(
      typeOf(
        "Investors said Vantora's low-cost carrier was growing. Vantora said it would expand.",
        'Vantora',
      ),
    ).toBe('organization');
  });

  it('types a name described as a province as a place', () => {
    const text =
      'He was deputy governor of Helmand, a province in the south. Officials said Helmand was calm.';
    expect(typeOf(text, 'Helmand')).toBe('place');
  });
});
