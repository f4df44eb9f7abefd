import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, noAnswerMessage } from '../../src/ask/index.js';
import { loadFolderArticles } from '../../src/sources/folder.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';

// The repository's sample articles in a real SQLite store: nine reports on four stories that
// share people and places, so a loose match would often find something to quote.
const seeds = fileURLToPath(new URL('../../seeds', import.meta.url));
const clock = { now: () => new Date('2017-08-06T12:00:00Z') };
let dir: string;
let store: Store;
const titles = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-ask-seeds-'));
  store = await openSqliteStore(path.join(dir, 'ask.db'), { clock });
  const articles = await loadFolderArticles(seeds);
  await store.saveArticles(articles);
  for (const article of await store.listArticles()) titles.set(article.id, article.title);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('answerQuestion over the sample articles', () => {
  it.each([
    'Who won the Champions League final?',
    'What is the price of bitcoin today?',
    // These share words with the heatwave and travel-ban reports ("hot", "week", "airports").
    'How hot will it be in Tokyo this week?',
    'Are airports in Japan closed by the typhoon?',
    'Why did the court fine Google?',
  ])('gives the plain no-answer reply to an unrelated question: %s', async (question) => {
    expect(await answerQuestion(question, { store, clock })).toEqual({
      kind: 'none',
      message: noAnswerMessage,
    });
  });

  it('answers how the Senate voted with the tally, from either sanctions report', async () => {
    const answer = await answerQuestion('How did the Senate vote on the Russia sanctions?', {
      store,
      clock,
    });
    expect(answer.kind === 'answer' && answer.items[0]?.text).toMatch(/98 (?:votes )?to 2/);
  });

  it.each([
    ['What did Russia order at the US missions?', /Russia orders cuts/],
    ['Where did wildfires spread in the heat?', /Wildfires spread/],
    ['When did the limited travel ban take effect at airports?', /Airports brace/],
  ])('answers from the report that covers it: %s', async (question, title) => {
    const answer = await answerQuestion(question, { store, clock });
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(titles.get(answer.items[0]!.articleId)).toMatch(title);
  });
});
