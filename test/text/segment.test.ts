import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/text/segment.js';

const texts = (text: string): string[] => segmentSentences(text).map((s) => s.text);

describe('segmentSentences', () => {
  it('keeps offsets exact: each sentence is the slice of the input it claims', () => {
    const text =
      '  Quarterly profits at Time Warner jumped 76% to $1.13bn. \n\nThe firm said so.  It is one of the biggest investors in Google. ';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
  });

  it('keeps titles inside a sentence: Mr., Mrs., Dr., Gen., Sen., Rep., Gov., St.', () => {
    expect(
      texts(
        'Mr. Smith and Mrs. Jones met Dr. Patel. Gen. Mark Milley briefed Sen. Lindsey Graham and Rep. Nancy Pelosi. Gov. Jerry Brown visited St. Louis on Friday.',
      ),
    ).toEqual([
      'Mr. Smith and Mrs. Jones met Dr. Patel.',
      'Gen. Mark Milley briefed Sen. Lindsey Graham and Rep. Nancy Pelosi.',
      'Gov. Jerry Brown visited St. Louis on Friday.',
    ]);
  });

  it("keeps 'U.S.' and 'U.K.' inside a sentence before a name", () => {
    expect(
      texts(
        'U.S. Attorney General Jeff Sessions spoke to U.K. Prime Minister Theresa May. The talks went well.',
      ),
    ).toEqual([
      'U.S. Attorney General Jeff Sessions spoke to U.K. Prime Minister Theresa May.',
      'The talks went well.',
    ]);
  });

  it("ends a sentence after 'U.S.' when the next word opens a sentence", () => {
    expect(
      texts('Prince is bringing the tour to the U.S. The first show is in Louisville.'),
    ).toEqual(['Prince is bringing the tour to the U.S.', 'The first show is in Louisville.']);
  });

  it('keeps month abbreviations with their dates', () => {
    expect(
      texts('The vote was held on Jan. 5 and again on Feb. 12, 2015. Results came in Dec. 3.'),
    ).toEqual([
      'The vote was held on Jan. 5 and again on Feb. 12, 2015.',
      'Results came in Dec. 3.',
    ]);
  });

  it('keeps company suffixes and No. inside a sentence, but ends one when a new sentence starts', () => {
    expect(
      texts(
        'Shares of Apple Inc. rose 2% while Acme Corp. and Widgets Ltd. fell. He lives at No. 10 Downing Street. She joined Acme Corp. The firm makes anvils.',
      ),
    ).toEqual([
      'Shares of Apple Inc. rose 2% while Acme Corp. and Widgets Ltd. fell.',
      'He lives at No. 10 Downing Street.',
      'She joined Acme Corp.',
      'The firm makes anvils.',
    ]);
  });

  it('keeps initials such as "J. K. Rowling" inside a sentence', () => {
    expect(texts('The new book by J. K. Rowling sold out. George W. Bush read it too.')).toEqual([
      'The new book by J. K. Rowling sold out.',
      'George W. Bush read it too.',
    ]);
  });

  it('does not split decimals and money such as $9.3bn and 3.5%', () => {
    expect(
      texts(
        'Sales rose 3.5% to $9.3bn in the quarter. Profit was £1.2m. Rates stay at 0.5 per cent.',
      ),
    ).toEqual([
      'Sales rose 3.5% to $9.3bn in the quarter.',
      'Profit was £1.2m.',
      'Rates stay at 0.5 per cent.',
    ]);
  });

  it('ends a sentence at a quotation closing with ." ?" or !" and curly variants', () => {
    expect(
      texts(
        'He said: "We will win." The crowd cheered. She asked, “Is it over?” Nobody knew. They shouted "Go!" Then they left.',
      ),
    ).toEqual([
      'He said: "We will win."',
      'The crowd cheered.',
      'She asked, “Is it over?”',
      'Nobody knew.',
      'They shouted "Go!"',
      'Then they left.',
    ]);
  });

  it('keeps a quoted question or exclamation followed by its speaker in one sentence', () => {
    expect(texts('"Why now?" he asked. "Enough!" she shouted at the board.')).toEqual([
      '"Why now?" he asked.',
      '"Enough!" she shouted at the board.',
    ]);
  });

  it('handles ellipses: a trailing one ends a sentence, one before lower case does not', () => {
    expect(texts('The talks dragged on... and on. Then it ended… Everyone went home.')).toEqual([
      'The talks dragged on... and on.',
      'Then it ended…',
      'Everyone went home.',
    ]);
  });

  it('copes with the odd quote characters of the seed article', () => {
    const text = readFileSync(
      new URL('../../seeds/000_e0db0117a95bea2e.txt', import.meta.url),
      'utf8',
    );
    const sentences = texts(text);
    expect(sentences).toContain(
      'Trump has repeatedly criticised Sessions” decision to recuse himself from any Russia-related investigation conducted by the justice department to his allies and advisers, terming the decision as “needless’, The New York Times reports.',
    );
    expect(sentences).toContain(
      'Spicer said, “I have not had a discussion with him (Trump) about that”.',
    );
    expect(sentences[0]).toMatch(/^U\.S\. Attorney General Jeff Sessions’ relationship/);
    expect(sentences).toHaveLength(20);
  });

  it('always ends a sentence at a paragraph break, even without punctuation', () => {
    expect(texts('Storm hits coast\n\nThousands lost power on Monday')).toEqual([
      'Storm hits coast',
      'Thousands lost power on Monday',
    ]);
  });

  it('treats a single newline before a capital as a break but joins hard-wrapped lines', () => {
    expect(texts('Headline here\nThe council met on\nthursday to vote.')).toEqual([
      'Headline here',
      'The council met on\nthursday to vote.',
    ]);
  });

  it('keeps a.m. and p.m. before a time zone or weekday, and ends a sentence after them otherwise', () => {
    expect(
      texts('The polls close at 8 p.m. ET on Tuesday. The shop opens at 9 a.m. It closes late.'),
    ).toEqual([
      'The polls close at 8 p.m. ET on Tuesday.',
      'The shop opens at 9 a.m.',
      'It closes late.',
    ]);
  });

  it('leaves out skipped spans such as boilerplate and never lets a sentence cross them', () => {
    const text = '(CNN)Police arrested a man. He was charged.';
    const sentences = segmentSentences(text, { skip: [{ start: 0, end: 5 }] });
    expect(sentences.map((s) => s.text)).toEqual(['Police arrested a man.', 'He was charged.']);
    expect(sentences[0]?.start).toBe(5);
  });

  it('returns no sentence for text without words', () => {
    expect(segmentSentences('  ... -- \n\n *** ')).toEqual([]);
  });
});
