import { describe, expect, it } from 'vitest';
import { names, typesOf } from './helpers.js';

// Issue 4: the people of universities, their subjects and their schools. Every text here was
// written for these tests.

describe('fields of study', () => {
  it('reads the subject of a professorship as no name', () => {
    const post = 'Ann Ray is Professor of Organizational Behavior, Wexford Business School.';
    expect(names(post)).toEqual(['Ann Ray', 'Wexford Business School']);
    const joined =
      'I am professor of New Testament and Early Christianity at the University of Kent.';
    expect(names(joined)).toEqual(['University of Kent']);
  });

  it('reads the subject of a degree as no name, but not the body a chair leads', () => {
    const degree = 'Jo Dunn, who holds a degree in Public Policy, left for Chicago.';
    expect(names(degree)).toEqual(['Jo Dunn', 'Chicago']);
    // A reader of a paper, and the Masters golf tournament, keep the name after them.
    expect(names('She is a reader of The Guardian.')).toEqual(['The Guardian']);
    expect(names('Rory Hale won the Masters in Augusta.')).toContain('Augusta');
    // "Chair of" names a body, not a subject.
    const chair = 'Ed Bell, chair of the Wexford Trust, spoke.';
    expect(names(chair)).toContain('Wexford Trust');
  });
});

describe('universities', () => {
  it('types a university known by one word as an organization', () => {
    const text = 'Researchers at Harvard and Yale agreed, said Ann Ray of Princeton.';
    expect(typesOf(text)).toEqual(
      new Map([
        ['Harvard', 'organization'],
        ['Yale', 'organization'],
        ['Ann Ray', 'person'],
        ['Princeton', 'organization'],
      ]),
    );
  });
});
