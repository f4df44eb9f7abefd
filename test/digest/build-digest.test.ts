import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { Article } from '../../src/model.js';

const now = new Date('2017-07-29T08:00:00Z');

function article(id: string, title: string, text: string, source = 'Capitol Wire'): Article {
  return {
    id,
    title,
    text,
    source,
    publishedAt: '2017-07-28T12:00:00Z',
    url: `https://news.example/${id}`,
  };
}

const articles = [
  article(
    'doj-1',
    'Justice Department sues city over sanctuary policy',
    'The Justice Department sued the city of Chicago on Monday over its sanctuary policy. Officials in Chicago said they would fight the lawsuit in federal court.',
  ),
  article(
    'heat-1',
    'Heatwave grips southern Europe',
    'A heatwave pushed temperatures above 40C across southern Europe on Friday. Authorities in Rome restricted water supplies.',
    'Northern Ledger',
  ),
  article(
    'heat-2',
    'Record heat brings fires to Croatian coast',
    'Firefighters fought wildfires near Split as a heatwave across southern Europe kept temperatures above 40C. Rome kept its water restrictions.',
    'The Meridian Post',
  ),
];

describe('buildDigest', () => {
  it('groups articles into stories and ranks the story with more sources first', () => {
    const digest = buildDigest(articles, { title: 'Today', now });
    expect(digest.title).toBe('Today');
    expect(digest.generatedAt).toBe(now.toISOString());
    expect(digest.stories).toHaveLength(2);
    expect(digest.stories[0]!.articles.map((a) => a.id).sort()).toEqual(['heat-1', 'heat-2']);
    expect(digest.omittedStories).toBe(0);
  });

  it('counts the stories beyond maxStories instead of dropping them silently', () => {
    const digest = buildDigest(articles, { title: 'Today', now, maxStories: 1 });
    expect(digest.stories).toHaveLength(1);
    expect(digest.omittedStories).toBe(1);
  });

  it('finds a topic through entity aliases, not only literal words', () => {
    const digest = buildDigest(articles, { title: 'Today', now, topic: 'Department of Justice' });
    expect(digest.stories.map((story) => story.articles.map((a) => a.id))).toEqual([['doj-1']]);
  });

  it('says nothing when nothing matches', () => {
    const digest = buildDigest(articles, { title: 'Today', now, keywords: ['Antarctica'] });
    expect(digest.stories).toEqual([]);
    expect(digest.topEntities).toEqual([]);
  });
});
