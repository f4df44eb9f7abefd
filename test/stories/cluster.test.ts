import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/stories/cluster.js';

// One event (a court ruling on Texas' abortion law) written up by three outlets, and a different
// event naming the same state and people (a governor's signing ceremony), plus unrelated news.
const articles = [
  {
    id: 'ruling-left',
    title: 'Appeals court lets Texas keep enforcing its abortion ban',
    text: "The Fifth Circuit Court of Appeals on Thursday allowed Texas to keep enforcing its ban on most abortions, granting the state's request to suspend Judge Robert Pitman's order. Abortion providers said they would ask the Supreme Court to step in.",
  },
  {
    id: 'ruling-center',
    title: 'Texas abortion law stays in place after federal appeals court sides with the state',
    text: 'A federal appeals court on Thursday let Texas resume enforcing its abortion law, setting aside an order by U.S. District Judge Robert Pitman. The Fifth Circuit panel granted Texas an administrative stay while it considers the appeal.',
  },
  {
    id: 'ruling-right',
    title: 'Fifth Circuit reinstates Texas Heartbeat Act',
    text: "The Fifth Circuit on Thursday reinstated the Texas Heartbeat Act, pausing Judge Robert Pitman's ruling that had blocked the abortion law. Texas Attorney General Ken Paxton praised the appeals court for the stay.",
  },
  {
    id: 'border-1',
    title: 'Abbott signs Texas border wall funding bill',
    text: 'Texas Governor Greg Abbott on Tuesday signed a bill sending $1.8 billion to border wall construction and security. Ken Paxton attended the signing in McAllen, where Abbott criticised federal immigration policy.',
  },
  {
    id: 'border-2',
    title: 'Texas governor approves $1.8 billion for border wall',
    text: 'Governor Greg Abbott approved $1.8 billion in state money for a border wall on Tuesday, signing the measure in McAllen. Critics called the border wall spending a political stunt.',
  },
  {
    id: 'rates',
    title: 'Bank of England holds interest rates',
    text: 'The Bank of England kept its main interest rate unchanged on Thursday, saying inflation would ease next year as energy prices fall.',
  },
];

function groupOf(groups: string[][], id: string): string[] {
  return groups.find((group) => group.includes(id)) ?? [];
}

describe('clusterArticles', () => {
  it("puts three outlets' rewrites of one ruling in one story", () => {
    const groups = clusterArticles(articles);
    expect(groupOf(groups, 'ruling-left')).toEqual([
      'ruling-left',
      'ruling-center',
      'ruling-right',
    ]);
  });

  it('keeps a different event about the same state and people apart', () => {
    const groups = clusterArticles(articles);
    expect(groupOf(groups, 'border-1')).toEqual(['border-1', 'border-2']);
    expect(groupOf(groups, 'rates')).toEqual(['rates']);
  });

  it('groups exact and near-duplicate copies together', () => {
    const base = articles[5];
    if (base === undefined) throw new Error('fixture');
    const copies = [
      ...articles,
      { ...base, id: 'rates-copy' },
      { ...base, id: 'rates-near', text: `${base.text} Markets barely moved.` },
    ];
    expect(groupOf(clusterArticles(copies), 'rates')).toEqual([
      'rates',
      'rates-copy',
      'rates-near',
    ]);
  });

  it('gives the same groups for the same input, and the same partition when shuffled', () => {
    const once = clusterArticles(articles);
    expect(clusterArticles(articles)).toEqual(once);
    const reversed = clusterArticles([...articles].reverse());
    const canonical = (groups: string[][]) => groups.map((g) => [...g].sort().join(',')).sort();
    expect(canonical(reversed)).toEqual(canonical(once));
  });

  it('leaves an article with no words alone and handles an empty batch', () => {
    expect(clusterArticles([])).toEqual([]);
    const groups = clusterArticles([...articles, { id: 'blank', title: '', text: '' }]);
    expect(groupOf(groups, 'blank')).toEqual(['blank']);
  });

  it('damps pairs published far apart when both have dates', () => {
    const [a, b] = articles;
    if (a === undefined || b === undefined) throw new Error('fixture');
    const sameWeek = clusterArticles([
      { ...a, publishedAt: '2021-10-14T10:00:00Z' },
      { ...b, publishedAt: '2021-10-14T18:00:00Z' },
      ...articles.slice(2),
    ]);
    const monthsApart = clusterArticles([
      { ...a, publishedAt: '2021-10-14T10:00:00Z' },
      { ...b, publishedAt: '2021-03-01T10:00:00Z' },
      ...articles.slice(3),
    ]);
    expect(groupOf(sameWeek, 'ruling-left')).toContain('ruling-center');
    expect(groupOf(monthsApart, 'ruling-left')).not.toContain('ruling-center');
  });
});
