import type { Article, Digest, Entity, Story } from '../../src/model.js';

/** Hand-built digests for renderer and delivery tests (the renderer is pure). */
export function article(overrides: Partial<Article> & { id: string }): Article {
  return {
    source: 'Example News',
    title: `Title ${overrides.id}`,
    text: 'Body.',
    url: `https://news.example/${overrides.id}`,
    publishedAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

export function entity(name: string, type: Entity['type'] = 'person'): Entity {
  return { name, type, aliases: [], mentions: [], salience: 1 };
}

export function story(id: string, sentences: string[], entities: Entity[] = []): Story {
  const source = article({ id });
  return {
    id,
    headline: `Headline ${id}`,
    articles: [source],
    summary: sentences.map((text, index) => ({ articleId: source.id, text, index, score: 1 })),
    entities,
    importance: 1,
  };
}

export function digest(stories: Story[], overrides: Partial<Digest> = {}): Digest {
  return {
    title: 'Morning digest',
    generatedAt: '2026-11-28T08:00:00Z',
    stories,
    topEntities: stories.flatMap((s) => s.entities).slice(0, 8),
    omittedStories: 0,
    ...overrides,
  };
}
