import { describe, expect, it } from 'vitest';
import type { Article, Story } from '../../src/model.js';
import { buildStory, rankStories } from '../../src/stories/build-story.js';

const now = new Date('2021-10-15T12:00:00Z');

const articles: Article[] = [
  {
    id: 'left',
    source: 'Left Daily',
    title: 'Appeals court lets Texas keep enforcing its abortion ban',
    publishedAt: '2021-10-15T02:00:00Z',
    text:
      'The Fifth Circuit Court of Appeals on Thursday allowed Texas to keep enforcing its ban on most abortions. ' +
      "The court granted the state a stay of Judge Robert Pitman's order. " +
      'Abortion providers said they would ask the Supreme Court to intervene again.',
  },
  {
    id: 'center',
    source: 'Center Wire',
    title: 'Texas abortion law stays in place after appeals court ruling',
    publishedAt: '2021-10-15T03:00:00Z',
    text:
      'A federal appeals court on Thursday allowed Texas to keep enforcing its ban on most abortions. ' +
      'The Fifth Circuit panel gave no reasons for the brief order. ' +
      'Clinics in Oklahoma and Louisiana have seen a surge of patients from Texas since September.',
  },
  {
    id: 'right',
    source: 'Right Post',
    title: 'Fifth Circuit reinstates Texas Heartbeat Act',
    publishedAt: '2021-10-15T04:00:00Z',
    text:
      'Texas Attorney General Ken Paxton praised the ruling as a win for the unborn. ' +
      'The Fifth Circuit Court of Appeals on Thursday allowed Texas to keep enforcing its ban on most abortions. ' +
      'The Justice Department is expected to appeal.',
  },
];

describe('buildStory', () => {
  const story = buildStory(articles, { sentences: 4, now });

  it('takes every summary sentence verbatim from the article it names', () => {
    expect(story.summary.length).toBeGreaterThan(1);
    for (const sentence of story.summary) {
      const source = articles.find((a) => a.id === sentence.articleId);
      expect(source?.text).toContain(sentence.text);
    }
  });

  it('states a fact all three outlets repeat only once', () => {
    const repeated = story.summary.filter((s) =>
      s.text.includes('allowed Texas to keep enforcing its ban on most abortions'),
    );
    expect(repeated.length).toBeLessThanOrEqual(1);
  });

  it('draws the summary from more than one article', () => {
    expect(new Set(story.summary.map((s) => s.articleId)).size).toBeGreaterThan(1);
  });

  it('picks one of the titles as headline and keeps all articles', () => {
    expect(articles.map((a) => a.title)).toContain(story.headline);
    expect(story.articles.map((a) => a.id)).toEqual(['left', 'center', 'right']);
  });

  it('lists the entities named across the articles', () => {
    const names = story.entities.map((e) => e.name).join(' | ');
    expect(names).toMatch(/Texas/);
    expect(names).toMatch(/Paxton|Pitman/);
  });
});

describe('rankStories', () => {
  it('ranks a fresh story covered by three sources above a stale single-source one', () => {
    const big = buildStory(articles, { sentences: 2, now });
    const small = buildStory(
      [
        {
          id: 'old',
          source: 'Left Daily',
          title: 'Bank of England holds rates',
          publishedAt: '2021-10-10T08:00:00Z',
          text: 'The Bank of England kept its main interest rate unchanged on Thursday.',
        },
      ],
      { sentences: 2, now },
    );
    const ranked: Story[] = rankStories([small, big]);
    expect(ranked.map((s) => s.id)).toEqual([big.id, small.id]);
    expect(big.importance).toBeGreaterThan(small.importance);
  });
});

describe('buildStory: headline and the order of the story summary', () => {
  const ferry = (id: string, title: string, text: string): Article => ({
    id,
    source: id,
    title,
    publishedAt: '2021-10-15T08:00:00Z',
    text,
  });
  const untitled = ferry(
    'notes',
    'Harbour officials met on Friday to review the winter timetable of the island ferry…',
    'Harbour officials met on Friday to review the winter timetable of the island ferry. ' +
      'The island ferry service was suspended after a storm damaged the pier.',
  );
  const wire = ferry(
    'wire',
    'Island ferry suspended after storm damages pier',
    'Repairs to the pier could take three weeks, the harbour master said. ' +
      'The island ferry was suspended on Thursday after a storm damaged the pier at Kerrow. ' +
      'Islanders will be flown to the mainland for hospital appointments.',
  );

  it('prefers an outlet headline to a title made up from a first sentence', () => {
    const story = buildStory([untitled, wire], { sentences: 2, now });
    expect(story.headline).toBe('Island ferry suspended after storm damages pier');
  });

  it('opens with the sentence that says what the headlines say', () => {
    const story = buildStory([wire, untitled], { sentences: 3, now });
    expect(story.summary[0]?.text).toMatch(/ferry (service )?was suspended/);
  });
});
