import { describe, expect, it } from 'vitest';
import { names, typed } from './helpers.js';

// Issue 4: regions, nations of the past and holidays. Every text here was written for these
// tests.

describe('regions', () => {
  it('reads a compass point alone as a region: "the South", "the West"', () => {
    const text = 'Clinics closed across the Midwest and South. The West must act, he said.';
    expect(new Map(typed(text))).toEqual(
      new Map([
        ['South', 'place'],
        ['Midwest', 'place'],
        ['West', 'place'],
      ]),
    );
  });

  it('keeps the surname West', () => {
    const text = 'Kanye West released an album. West said it was his best.';
    expect(typed(text)).toEqual([['Kanye West', 'person']]);
  });

  it('types the Soviet Union as a place, not by its "Union"', () => {
    expect(typed('The Soviet Union collapsed in 1991.')).toEqual([['Soviet Union', 'place']]);
  });

  it('keeps the type of a known name after "U.S.": the Capitol, the House', () => {
    const text = 'The mob stormed the U.S. Capitol. Later the U.S. House passed the bill.';
    expect(typed(text)).toEqual([
      ['U.S. Capitol', 'place'],
      ['U.S. House', 'organization'],
    ]);
  });
});

describe('holidays', () => {
  it('reads Juneteenth as no name', () => {
    const text = 'President Biden signed a bill making Juneteenth a federal holiday.';
    expect(names(text)).toEqual(['Biden']);
  });
});
