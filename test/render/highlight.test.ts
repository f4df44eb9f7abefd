import { describe, expect, it } from 'vitest';
import { highlightEntities } from '../../src/render/highlight.js';
import { entity } from './fixtures.js';

describe('highlightEntities', () => {
  const people = [
    entity('Jeff Sessions', 'person', ['Sessions']),
    entity('Donald Trump', 'person', ['Trump']),
  ];

  it('marks the longest form first, so a full name is one run', () => {
    const runs = highlightEntities(
      'Trump said Jeff Sessions would stay, and Sessions agreed.',
      people,
    );
    expect(runs.filter((run) => run.entity).map((run) => run.text)).toEqual([
      'Trump',
      'Jeff Sessions',
      'Sessions',
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(
      'Trump said Jeff Sessions would stay, and Sessions agreed.',
    );
  });

  it('matches whole words only', () => {
    const runs = highlightEntities('Trumpet players held sessions.', people);
    expect(runs).toEqual([{ text: 'Trumpet players held sessions.' }]);
  });
});
