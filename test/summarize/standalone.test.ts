import { describe, expect, it } from 'vitest';
import { standaloneFlaws, startsInsideQuotes } from '../../src/summarize/standalone.js';

describe('startsInsideQuotes', () => {
  it('marks the sentences of a quotation after the one that opens it, up to the closing mark', () => {
    const sentences = [
      'He echoed that sentiment in an interview.',
      '"A nuclear-armed Iran is dangerous to Israel.',
      'As leader of Israel, I will never accept a nuclear-armed Iran.',
      'Never.',
      'And all options are on the table."',
      'The election is on Tuesday.',
    ];
    expect(startsInsideQuotes(sentences)).toEqual([false, false, true, true, true, false]);
  });

  it('reads curly quotes by their direction, and a straight quote opening a sentence as opening', () => {
    expect(
      startsInsideQuotes(['“We had no choice.', 'It was unsafe.”', 'The bridge shut.']),
    ).toEqual([false, true, false]);
    // A quotation over two paragraphs reopens the second without closing the first.
    expect(
      startsInsideQuotes([
        '"The cracks were deep.',
        '"We closed it at once.',
        'Nobody was hurt."',
        'Next.',
      ]),
    ).toEqual([false, true, true, false]);
  });

  it('takes a quotation left open for more than four sentences for a stray mark', () => {
    const sentences = ['A 6" pipe burst.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.'];
    expect(startsInsideQuotes(sentences)).toEqual([false, true, true, true, true, false, false]);
  });
});

describe('standaloneFlaws inside a quotation', () => {
  it('flags a sentence with no quote mark of its own as a quote fragment, wholly quoted', () => {
    const text = 'As leader of Israel, I will never accept a nuclear-armed Iran.';
    expect(standaloneFlaws(text).quoteFragment).toBe(false);
    const flaws = standaloneFlaws(text, true);
    expect(flaws.quoteFragment).toBe(true);
    expect(flaws.mostlyQuoted).toBe(true);
  });

  it('counts the words before the closing mark as quoted', () => {
    const closing = 'All options are on the table and we will use them," the prime minister said.';
    expect(standaloneFlaws(closing, true).mostlyQuoted).toBe(true);
    expect(standaloneFlaws(closing, false).mostlyQuoted).toBe(false);
  });
});
