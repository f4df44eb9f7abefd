import { describe, expect, it } from 'vitest';
import { find, names } from './helpers.js';

// Issue 4: a job or a portfolio before a name is the person's role, never part of the name,
// also where it opens a sentence. Every text here was written for these tests.

describe('jobs opening a sentence', () => {
  it('keeps a job out of the name it comes before', () => {
    const text =
      'Cinematographer Ann Lee was nominated. Pollster Tom Hart agreed. Prosecutor Mary ' +
      'Jones said no.';
    expect(names(text)).toEqual(['Ann Lee', 'Tom Hart', 'Mary Jones']);
    expect(find(text, 'Ann Lee')?.role).toBe('Cinematographer');
    const more = 'Demonstrator Ann Lee marched, and Poet Laureate Tom Hart wrote about it.';
    expect(names(more)).toEqual(['Ann Lee', 'Tom Hart']);
  });

  it('joins a job and a surname to the full name, which takes no job as an alias', () => {
    const text = 'Luca Rossi starts on the wing. Winger Rossi dropped the ball.';
    expect(names(text)).toEqual(['Luca Rossi']);
    expect(find(text, 'Luca Rossi')?.aliases).toEqual(['Rossi']);
    // A title is one: "President Obama".
    const president = 'Barack Obama spoke. President Obama left.';
    expect(find(president, 'Barack Obama')?.aliases).toEqual(['Obama', 'President Obama']);
  });

  it("keeps a sportsman's, a musician's or a scientist's job out of the name", () => {
    const text =
      'Striker Didier Drogba scored. Keeper Petr Cech saved twice. Drummer Larry Mullen ' +
      'played. Archaeologist Oscar Neil Cruz agreed.';
    expect(names(text)).toEqual(['Didier Drogba', 'Petr Cech', 'Larry Mullen', 'Oscar Neil Cruz']);
  });
});

describe('portfolios', () => {
  it('keeps an affairs portfolio, and a shadow one, in the title', () => {
    const text =
      'Constitutional Affairs Minister Ann Lee said the law would change. Shadow Home ' +
      'Affairs Secretary Tom Hart disagreed.';
    expect(names(text).sort()).toEqual(['Ann Lee', 'Tom Hart']);
    expect(find(text, 'Ann Lee')?.role).toBe('Constitutional Affairs Minister');
    expect(find(text, 'Tom Hart')?.role).toBe('Shadow Home Affairs Secretary');
  });

  it('keeps a department named for its portfolio', () => {
    expect(names('It was a hard year for the Veterans Affairs Department.')).toEqual([
      'Veterans Affairs Department',
    ]);
  });
});

describe('levels of office', () => {
  it("leaves a county's or a city's head to the place before the title", () => {
    const text =
      'Bristol County District Attorney Ann Lee asked. Kansas City Mayor Tom Hart agreed, and ' +
      'County Sheriff Mary Jones said no.';
    expect(names(text)).toEqual([
      'Bristol County',
      'Ann Lee',
      'Kansas City',
      'Tom Hart',
      'Mary Jones',
    ]);
    expect(find(text, 'Ann Lee')?.role).toBe('District Attorney');
    expect(find(text, 'Mary Jones')?.role).toBe('County Sheriff');
  });
});

describe('religious titles', () => {
  it('reads "Apostle" and "Deacon" as titles, the name after them as a person', () => {
    const text = 'In the words of the Apostle Paul, it was new. Deacon Ann Lee agreed.';
    expect(find(text, 'Paul')?.type).toBe('person');
    expect(find(text, 'Ann Lee')?.role).toBe('Deacon');
  });
});

describe('chief executives', () => {
  it('reads "Chief Executive" as a title, and a country after the body it heads as its branch', () => {
    const text =
      'Malaysia Airlines Chief Executive Ahmad Jauhari Yahya spoke. Ann Lee, Chief Executive ' +
      'of AOL UK, agreed.';
    expect(find(text, 'Ahmad Jauhari Yahya')?.role).toBe('Chief Executive');
    expect(names(text)).toContain('AOL UK');
    expect(names(text)).not.toContain('Executive');
  });
});
