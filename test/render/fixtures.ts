/** Digest- and answer-shaped fixtures shared by the renderers' tests (text, markdown, chat). */
import type { AnswerItem } from '../../src/ask/index.js';
import type { Article, Digest, Entity, Story } from '../../src/model.js';

export function entity(name: string, type: Entity['type'], aliases: string[] = []): Entity {
  return { name, type, aliases, mentions: [], salience: 1 };
}

export function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    source: 'Capitol Wire',
    title: `Title ${id}`,
    text: 'Body.',
    url: `https://capitolwire.example/${id}`,
    publishedAt: '2017-07-25T14:10:00Z',
    ...overrides,
  };
}

export function story(id: string, overrides: Partial<Story> = {}): Story {
  const articles = overrides.articles ?? [article(`${id}-a`)];
  return {
    id,
    headline: 'Trump renews attacks on Sessions',
    articles,
    summary: [
      {
        articleId: articles[0]!.id,
        text: 'President Donald Trump criticised Sessions again.',
        index: 0,
        score: 1,
      },
    ],
    entities: [
      entity('Donald Trump', 'person', ['Trump']),
      entity('Jeff Sessions', 'person', ['Sessions']),
      entity('Justice Department', 'organization'),
    ],
    importance: 1,
    ...overrides,
  };
}

export function digest(overrides: Partial<Digest> = {}): Digest {
  const stories = overrides.stories ?? [story('s1')];
  return {
    title: 'Morning briefing',
    generatedAt: '2026-11-28T07:00:00Z',
    stories,
    topEntities: stories[0]?.entities ?? [],
    omittedStories: 0,
    ...overrides,
  };
}

/** One quoted sentence of an answer, with its source. */
export const answerItem: AnswerItem = {
  articleId: 'harbour',
  text: 'Dredging of the northern harbour began on Monday after months of delay.',
  url: 'https://coast.example/harbour',
  source: 'Coast Daily',
  title: 'Harbour dredging starts',
  publishedAt: '2026-11-21T09:00:00Z',
};
