import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isClause, minPieceWords, sentencePieces } from '../../src/ask/clauses.js';
import { loadFolderArticles } from '../../src/sources/folder.js';
import { articleSentences } from '../../src/text/article-sentences.js';
import { countWords } from '../../src/text/tokens.js';

const pieces = (sentence: string): string[] => sentencePieces(sentence).map((piece) => piece.text);

describe('sentencePieces', () => {
  it.each([
    [
      'The works will last eleven weeks, the transport office said.',
      'The works will last eleven weeks…',
    ],
    [
      'Top Gear presenter Jeremy Clarkson was suspended for allegedly hitting a producer, the BBC reported on Wednesday.',
      'Top Gear presenter Jeremy Clarkson was suspended for allegedly hitting a producer…',
    ],
    [
      'Complicating matters, very few of the bodies have been found whole, Yves Naffrechoux, captain of rescue operations, told CNN.',
      'Complicating matters, very few of the bodies have been found whole…',
    ],
    [
      'Lim, 60, went to North Korea on a humanitarian trip as he had done over a hundred times before, said Lisa Pak, a spokeswoman for the church.',
      'Lim, 60, went to North Korea on a humanitarian trip as he had done over a hundred times before…',
    ],
  ])('drops the attribution whole: %s', (sentence, trimmed) => {
    const found = pieces(sentence);
    expect(found).toContain(trimmed);
    // Never half an attribution ("..., Yves Naffrechoux…").
    expect(found.filter((piece) => piece.endsWith('…'))).toEqual([trimmed]);
  });

  it.each([
    [
      'Hillary Clinton is pressing the reset button -- yet again.',
      'Hillary Clinton is pressing the reset button…',
    ],
    [
      'Two Chinese men have been jailed for selling military intelligence, including hundreds of photos of the aircraft carrier.',
      'Two Chinese men have been jailed for selling military intelligence…',
    ],
    [
      'The Arab League is expected to give its blessing on Saturday, which could clear the way for a ground invasion.',
      'The Arab League is expected to give its blessing on Saturday…',
    ],
    [
      'New Zealand police have revealed a threat to poison infant formula, in an apparent attempt to blackmail the government.',
      'New Zealand police have revealed a threat to poison infant formula…',
    ],
  ])('drops a trailing afterthought, relative clause or phrase: %s', (sentence, trimmed) => {
    expect(pieces(sentence)).toContain(trimmed);
  });

  it.each([
    [
      'But Graham said Attorney General Jeff Sessions should not resign over the Russia contacts.',
      'Graham said Attorney General Jeff Sessions should not resign over the Russia contacts.',
    ],
    [
      'On Tuesday, Google was fined 2.4 billion euros by the European Commission.',
      'Google was fined 2.4 billion euros by the European Commission.',
    ],
    [
      'Jurors were shown a key piece of evidence on Tuesday: Dzhokhar Tsarnaev wrote a message inside the boat.',
      'Dzhokhar Tsarnaev wrote a message inside the boat.',
    ],
    [
      '-- Kim allegedly harbored sympathies for North Korea.',
      'Kim allegedly harbored sympathies for North Korea.',
    ],
  ])('starts after a leading connective, phrase or lead-in: %s', (sentence, trimmed) => {
    expect(pieces(sentence)).toContain(trimmed);
  });

  it('keeps the main clause after an introductory one', () => {
    const found = pieces(
      'When Jeb Bush spoke last week at the Conservative Political Action Conference, he was heckled by the crowd.',
    );
    expect(found).toEqual([
      'When Jeb Bush spoke last week at the Conservative Political Action Conference, he was heckled by the crowd.',
    ]);
  });

  it('never cuts a list, a quotation or an aside between dashes', () => {
    expect(
      pieces('He visited France, Germany, and Italy before returning home on Sunday.'),
    ).toEqual(['He visited France, Germany, and Italy before returning home on Sunday.']);
    expect(
      pieces('"We will keep the border open, whatever happens," the minister said on Friday.'),
    ).toEqual(['"We will keep the border open, whatever happens," the minister said on Friday.']);
    const found = pieces(
      "He and his co-author -- Gregory Laughlin of the University of California, Santa Cruz -- are building on a model of Jupiter's migration, which was first proposed in 2011.",
    );
    expect(found).toEqual([
      "He and his co-author -- Gregory Laughlin of the University of California, Santa Cruz -- are building on a model of Jupiter's migration, which was first proposed in 2011.",
      "He and his co-author -- Gregory Laughlin of the University of California, Santa Cruz -- are building on a model of Jupiter's migration…",
    ]);
  });

  it('never cuts at an aside the sentence goes on after, which would drop its verb', () => {
    expect(
      pieces(
        'The outburst weakened government lawyers’ defense that the travel ban, which has been blocked by federal courts, was not intended as a ban on Muslims.',
      ),
    ).toEqual([
      'The outburst weakened government lawyers’ defense that the travel ban, which has been blocked by federal courts, was not intended as a ban on Muslims.',
    ]);
    expect(
      pieces(
        'Attorney General Jeff Sessions, a former senator from Alabama, met the Russian ambassador twice, officials said.',
      ),
    ).toEqual([
      'Attorney General Jeff Sessions, a former senator from Alabama, met the Russian ambassador twice, officials said.',
      'Attorney General Jeff Sessions, a former senator from Alabama, met the Russian ambassador twice…',
    ]);
  });

  it('cuts before an aside between dashes only when what follows it could go too', () => {
    expect(
      pieces('The old wooden boardwalk in town -- built by volunteers in 1990 -- reopened in May.'),
    ).toEqual([
      'The old wooden boardwalk in town -- built by volunteers in 1990 -- reopened in May.',
    ]);
    expect(
      pieces('Clinton pressed the reset button -- yet again -- on Monday in Geneva.'),
    ).toContain('Clinton pressed the reset button…');
  });

  it('never leaves a piece ending on a word that needs the next one', () => {
    expect(
      pieces('Over the years, the boardwalk deteriorated and -- after a storm in 2013 -- closed.'),
    ).not.toContainEqual(expect.stringMatching(/and…$/));
  });

  it('cuts every sentence of the sample articles into verbatim, readable pieces', async () => {
    const seeds = fileURLToPath(new URL('../../seeds', import.meta.url));
    let cut = 0;
    for (const article of await loadFolderArticles(seeds)) {
      for (const sentence of articleSentences(article.text)) {
        const found = sentencePieces(sentence.text);
        expect(found[0]?.text).toBe(sentence.text.trimEnd());
        for (const piece of found) {
          const shown = piece.text.replace(/…$/u, '');
          expect(sentence.text.slice(piece.start, piece.end)).toBe(shown);
          expect(piece.text).toMatch(/^["“]?[\p{Lu}\p{N}]/u);
          expect(piece.text).toMatch(/(?:[.!?]["”')\]]*|…)$/u);
          expect(countWords(shown)).toBeGreaterThanOrEqual(minPieceWords);
          if (piece.text.endsWith('…')) cut += 1;
        }
      }
    }
    expect(cut).toBeGreaterThan(10);
  });
});

describe('isClause', () => {
  it('tells a clause from a bare phrase', () => {
    expect(isClause('Utah banned death by firing squad in 2004…')).toBe(true);
    expect(isClause('David Boren, president of the University of Oklahoma…')).toBe(false);
  });
});
