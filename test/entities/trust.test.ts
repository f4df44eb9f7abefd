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
