import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { summarizeArticle } from '../../src/summarize/index.js';

const seed = readFileSync(new URL('../../seeds/000_e0db0117a95bea2e.txt', import.meta.url), 'utf8');

const flood = [
  '(CNN)Flood waters forced 3,000 residents of Riverton to leave their homes on Tuesday after the Clear River burst its banks following four days of heavy rain.',
  'But officials said the worst could still be ahead.',
  'He said the town had never seen anything like it.',
  '"It is terrible," she said.',
  'Emergency crews used boats to rescue 40 residents stranded on rooftops in the flooded east side of Riverton, the county fire department said.',
  'Why did the defences fail?',
  'Flood waters forced thousands of Riverton residents to leave their homes on Tuesday after the river burst its banks.',
  'The National Weather Service predicted the Clear River would crest on Thursday at 12 feet above flood stage, the highest level since 1997.',
  'Governor Ana Ruiz declared a state of emergency for Riverton County and asked the federal government for disaster aid.',
].join(' ');

describe('summarizeArticle', () => {
  it('returns sentences verbatim from the article, in article order, with their positions', () => {
    const summary = summarizeArticle({ text: flood }, { sentences: 3 });
    expect(summary.sentences).toHaveLength(3);
    for (const sentence of summary.sentences) {
      expect(flood.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    const indices = summary.sentences.map((s) => s.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('leaves the (CNN) dateline out of the first sentence', () => {
    const first = summarizeArticle({ text: flood }).sentences[0];
    expect(first?.text.startsWith('Flood waters forced 3,000')).toBe(true);
  });

  it('does not pick a connective, pronoun-led, bare-quote or question sentence when a comparable one stands alone', () => {
    const texts = summarizeArticle({ text: flood }, { sentences: 4 }).sentences.map((s) => s.text);
    expect(texts).not.toContain('But officials said the worst could still be ahead.');
    expect(texts).not.toContain('He said the town had never seen anything like it.');
    expect(texts).not.toContain('"It is terrible," she said.');
    expect(texts).not.toContain('Why did the defences fail?');
  });

  it('never picks two sentences that say the same thing', () => {
    const texts = summarizeArticle({ text: flood }, { sentences: 4 }).sentences.map((s) => s.text);
    const restated =
      'Flood waters forced thousands of Riverton residents to leave their homes on Tuesday after the river burst its banks.';
    expect(texts.some((t) => t.startsWith('Flood waters forced 3,000'))).toBe(true);
    expect(texts).not.toContain(restated);
  });

  it('skips captions, bylines and link lists', () => {
    const text = [
      'By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 1 May 2015 . | . UPDATED: . 15:01 EST, 1 May 2015 .',
      'A council in Kent has approved a new bypass around the village of Ashford after ten years of debate.',
      'Scroll down for video .',
      'The £40m road will take lorries away from the high street, the council said.',
      'Campaigners had argued that the bypass would destroy ancient woodland near the village.',
      'READ MORE: Villagers fight plans for new housing estate .',
      'Click here to see the route of the new road.',
    ].join(' ');
    const texts = summarizeArticle({ text }, { sentences: 3 }).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'A council in Kent has approved a new bypass around the village of Ashford after ten years of debate.',
      'The £40m road will take lorries away from the high street, the council said.',
      'Campaigners had argued that the bypass would destroy ancient woodland near the village.',
    ]);
  });

  it('opens the seed article summary with the Sessions–Trump sentence and covers the recusal', () => {
    const texts = summarizeArticle({ text: seed }, { sentences: 3 }).sentences.map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(
      /^U\.S\. Attorney General Jeff Sessions’ relationship with President Donald Trump/,
    );
    expect(texts.some((t) => /recuse/.test(t))).toBe(true);
    for (const text of texts) expect(seed.includes(text)).toBe(true);
  });

  it('takes a share of the sentences with ratio', () => {
    expect(summarizeArticle({ text: flood }, { ratio: 0.5 }).sentences.length).toBe(5);
  });

  it('keeps within a character budget', () => {
    const summary = summarizeArticle({ text: flood }, { sentences: 5, maxChars: 280 });
    const length = summary.sentences.map((s) => s.text).join(' ').length;
    expect(length).toBeLessThanOrEqual(280);
    expect(summary.sentences.length).toBeGreaterThan(0);
  });

  it('refuses an empty article with a clear message', () => {
    expect(() => summarizeArticle({ text: '   \n ' })).toThrow(InvalidInputError);
    expect(() => summarizeArticle({ text: '' })).toThrow('The article has no text to summarize.');
  });

  it('refuses invalid options with a clear message', () => {
    expect(() => summarizeArticle({ text: flood }, { sentences: 0 })).toThrow(
      'sentences must be at least 1.',
    );
    expect(() => summarizeArticle({ text: flood }, { sentences: 2.5 })).toThrow(
      'sentences must be a whole number.',
    );
    expect(() => summarizeArticle({ text: flood }, { ratio: 1.5 })).toThrow(
      'ratio must be at most 1.',
    );
    expect(() => summarizeArticle({ text: flood }, { maxChars: -3 })).toThrow(InvalidInputError);
  });
});
