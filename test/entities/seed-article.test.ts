import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import type { Entity, EntityType } from '../../src/model.js';

// Issue 4's acceptance: the seed article the project was created from (seeds/README.md).
const text = readFileSync(new URL('../../seeds/000_e0db0117a95bea2e.txt', import.meta.url), 'utf8');
const entities = extractEntities(text);

/** Expected display name, type, and other forms that must not become entities of their own. */
const EXPECTED: Array<[string, EntityType, string[]]> = [
  ['Jeff Sessions', 'person', ['Sessions', 'Mr Sessions']],
  ['Donald Trump', 'person', ['Trump']],
  ['Sean Spicer', 'person', ['Spicer']],
  ['Lindsey Graham', 'person', ['Graham']],
  ['Sarah Isgur Flores', 'person', ['Flores', 'Isgur Flores']],
  ['Sergey Kislyak', 'person', ['Kislyak']],
  ['Coats', 'person', []],
  ['Department of Justice', 'organization', ['Justice Department']],
  ['White House', 'organization', []],
  ['FBI', 'organization', []],
  ['The New York Times', 'organization', ['New York Times']],
  ['Russia', 'place', ['Russian Federation']],
  ['United States', 'place', ['U.S.', 'USA']],
];

function forms(e: Entity): string[] {
  return [e.name, ...e.aliases].map((f) => f.toLowerCase());
}

function find(name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

describe('the seed article (issue 4 acceptance)', () => {
  it.each(EXPECTED)('finds %s as a %s, once', (name, type, others) => {
    const e = find(name);
    expect(e?.type).toBe(type);
    // No second entity answers to the name or to any of its other forms.
    const all = [name, ...others].map((f) => f.toLowerCase());
    const holders = entities.filter((x) => forms(x).some((f) => all.includes(f)));
    expect(holders.map((x) => x.name)).toEqual([name]);
  });

  it('finds South Carolina (written "SC") as a place', () => {
    const sc = entities.filter((e) => forms(e).some((f) => f === 'sc' || f === 'south carolina'));
    expect(sc).toHaveLength(1);
    expect(sc[0]?.type).toBe('place');
  });

  it('clips no name: no entity is a part of a longer expected name', () => {
    const names = [...EXPECTED.map(([n]) => n), 'South Carolina'];
    for (const e of entities) {
      for (const full of names) {
        if (e.name === full) continue;
        const inside = ` ${full} `.includes(` ${e.name} `);
        // A surname alone is fine only if it is the same entity, which the test above checks.
        expect(inside, `${e.name} clipped from ${full}`).toBe(false);
      }
    }
    expect(entities.map((e) => e.name)).not.toContain('General Jeff');
  });

  it('merges every "Sessions" and every "Trump" into one person each', () => {
    const count = (word: string): number =>
      text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
    const sessions = find('Jeff Sessions');
    const trump = find('Donald Trump');
    expect(sessions?.mentions).toHaveLength(count('Sessions'));
    expect(trump?.mentions).toHaveLength(count('Trump'));
    expect(sessions?.aliases).toEqual(expect.arrayContaining(['Sessions', 'Mr Sessions']));
    expect(sessions?.role).toBe('Attorney General');
    expect(find('Sean Spicer')?.role).toBe('White House press secretary');
  });

  it('gives exact offsets: each mention is a written form of its entity, whole words only', () => {
    for (const e of entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) {
        const slice = text.slice(m.start, m.end);
        expect(forms(e)).toContain(slice.toLowerCase());
        expect(slice).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$/u);
        expect(text[m.start - 1] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
        expect(text[m.end] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
      }
    }
  });

  it('ranks the two protagonists first', () => {
    expect(
      entities
        .slice(0, 2)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Donald Trump', 'Jeff Sessions']);
  });
});
