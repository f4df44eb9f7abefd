import { describe, expect, it } from 'vitest';
import { articleSentences } from '../../src/text/article-sentences.js';
import { isBoilerplateSentence } from '../../src/text/boilerplate.js';

const texts = (text: string) => articleSentences(text).map((sentence) => sentence.text);

describe('articleSentences drops news boilerplate before anything is scored', () => {
  it('drops a CNN dateline but keeps the sentence it opens', () => {
    expect(texts('(CNN)The river rose two metres overnight. Schools stayed shut.')).toEqual([
      'The river rose two metres overnight.',
      'Schools stayed shut.',
    ]);
    expect(texts('Tokyo (CNN) -- Trains ran late on Monday. Nobody was hurt.')[0]).toBe(
      'Trains ran late on Monday.',
    );
    expect(texts('LONDON, England (Reuters) -- Prices fell. Shares rose.')[0]).toBe('Prices fell.');
  });

  it('drops a Daily Mail byline with its PUBLISHED and UPDATED stamps', () => {
    const text =
      'By . Sam Webb . PUBLISHED: . 14:11 EST, 1 May 2015 . | . UPDATED: . 15:01 EST, 1 May 2015 . ' +
      'A pensioner has won the lottery twice in one month. She plans to buy a caravan.';
    expect(texts(text)).toEqual([
      'A pensioner has won the lottery twice in one month.',
      'She plans to buy a caravan.',
    ]);
  });

  it('drops "Scroll down for video", "Click here" and "Read more" blurbs', () => {
    const text = [
      'The museum reopened after a fire in the east wing.',
      'Scroll down for video .',
      'Visitors queued for two hours to see the restored gallery.',
      'Click here to see the full gallery.',
      'READ MORE: Fire crews praised for saving paintings .',
      'The director thanked the firefighters.',
    ].join(' ');
    expect(texts(text)).toEqual([
      'The museum reopened after a fire in the east wing.',
      'Visitors queued for two hours to see the restored gallery.',
      'The director thanked the firefighters.',
    ]);
  });

  it('keeps offsets into the original text and numbers the kept sentences in order', () => {
    const text = '(CNN)A bridge opened. Scroll down for video . Traffic eased.';
    const sentences = articleSentences(text);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1]);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('keeps a story sentence that merely mentions clicking or a reporter', () => {
    const text =
      'Engineers said users who click on the link are at risk. The reporter was unharmed.';
    expect(texts(text)).toHaveLength(2);
  });

  it('drops credits, copyright lines and photo notes, wherever they sit in the sentence', () => {
    for (const sentence of [
      'The crowd gathered outside the court (Getty Images)',
      'Police at the scene on Tuesday (AFP/Getty).',
      'Copyright 2015 The Associated Press. All rights reserved.',
      'Some rights reserved.',
      'For the full interview, click here!',
      "CNN's Jane Doe contributed to this report.",
      'The mayor (pictured left) opened the bridge.',
    ]) {
      expect(isBoilerplateSentence(sentence), sentence).toBe(true);
    }
  });

  it('keeps sentences that only contain the credit words inside other words or mid-text', () => {
    for (const sentence of [
      'The department said the separate files were stolen.',
      'Officials said the Getty Images archive was sold last year to a fund.',
      'The court ruled that the right (as in the constitution) applies.',
      'Reporters were told to click here and there, one man recalled.',
      'Appliances will use less power by 2030, said the EPA.',
      'The figures came from the Environmental Protection Agency (EPA).',
    ]) {
      expect(isBoilerplateSentence(sentence), sentence).toBe(false);
    }
    // A credit must start a word: "...EuroAP Photo" is not "AP Photo".
    expect(isBoilerplateSentence('The exhibit is named EuroAP Photo')).toBe(false);
    expect(isBoilerplateSentence('The exhibit is named Euro AP Photo')).toBe(true);
  });

  it('drops bylines, time stamps and copyright lines but not sentences that open like them', () => {
    for (const sentence of [
      'By Jane Smith',
      'By . Sam Webb .',
      'BY JANE SMITH, CNN',
      'By Jane Smith and John Doe for MailOnline .',
      'UPDATED: . 15:01 EST, 1 May 2015 .',
      'Last updated at 10:05 GMT',
      'Copyright 2015 The Conversation.',
      '©2015 Billboard.',
    ]) {
      expect(isBoilerplateSentence(sentence), sentence).toBe(true);
    }
    for (const sentence of [
      'By the end of the decade, 140 million Americans will have health care access.',
      "By Monday's close, the Jakarta Stock Exchange was down 2.1%.",
      'By August, the company had completed its first flight.',
      'By far the most useful gadget.',
      'Updated CDC guidance will still call on Americans to wear masks.',
      'Published in Lancet, the study interviewed 5,914 new mothers.',
      'Copyright lawyers say the ruling will be appealed.',
    ]) {
      expect(isBoilerplateSentence(sentence), sentence).toBe(false);
    }
  });
});
