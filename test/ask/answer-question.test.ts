import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, noAnswerMessage } from '../../src/ask/index.js';
import type { Article } from '../../src/model.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';

let dir: string;
let store: Store;
let now = new Date('2026-11-28T12:00:00Z');
const clock = { now: () => now };

const sessions: Article = {
  id: 'graham-sessions',
  url: 'https://wire.example/graham-sessions',
  source: 'Wire',
  title: 'Graham backs attorney general',
  publishedAt: '2026-11-20T09:00:00Z',
  text:
    'Senator Lindsey Graham spoke to reporters in Washington on Tuesday. ' +
    'Graham said Attorney General Jeff Sessions should not resign over the Russia contacts. ' +
    'Sessions has recused himself from the investigation. The committee meets again next week.',
};
const harbour: Article = {
  id: 'harbour',
  source: 'Coast Daily',
  title: 'Harbour dredging starts',
  publishedAt: '2026-11-21T09:00:00Z',
  text:
    'Dredging of the northern harbour began on Monday after months of delay. ' +
    'The port authority expects larger container ships to dock by the spring. ' +
    'Fishermen worry about the noise during the breeding season. ' +
    'The mayor met the harbour pilots and the ferry crews on Thursday.',
};
const storm: Article = {
  id: 'storm',
  source: 'Coast Daily',
  title: 'Storm closes ferries',
  publishedAt: '2026-11-22T09:00:00Z',
  text:
    'Winds of 120 km/h hit the northern coast overnight, the weather service said. ' +
    'Ferries stayed in port on Sunday while crews cleared fallen trees from the roads.',
};
const ban = (id: string, publishedAt: string, sentence: string): Article => ({
  id,
  source: 'Capitol News',
  title: `Travel ban update ${id}`,
  publishedAt,
  text: `${sentence} Lawyers for the states said the travel ban order remains unlawful. Officials declined to comment further.`,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-ask-'));
  store = await openSqliteStore(path.join(dir, 'ask.db'), { clock });
  await store.saveArticles([
    sessions,
    harbour,
    storm,
    ban(
      'ban-old',
      '2026-11-10T08:00:00Z',
      'A judge first blocked the travel ban in early November.',
    ),
    ban(
      'ban-yesterday',
      '2026-11-27T18:00:00Z',
      'An appeals court heard arguments on the travel ban on Friday.',
    ),
    ban(
      'ban-today',
      '2026-11-28T08:00:00Z',
      'The appeals court upheld the block on the travel ban this morning.',
    ),
  ]);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('answerQuestion', () => {
  it.each([
    'What did Lindsey Graham say about Sessions?',
    'What did Graham say about Jeff Sessions?',
    'what did graham say about sessions',
    "Graham's view on Attorney General Sessions?",
  ])('answers an entity question under alias variants: %s', async (question) => {
    const answer = await answerQuestion(question, { store, clock });
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.items[0]).toMatchObject({
      articleId: 'graham-sessions',
      source: 'Wire',
      url: 'https://wire.example/graham-sessions',
      text: 'Graham said Attorney General Jeff Sessions should not resign over the Russia contacts.',
    });
    expect(answer.items.length).toBeLessThanOrEqual(3);
    for (const item of answer.items) expect(item.articleId).toBe('graham-sessions');
  });

  it('finds the sentence that uses another form of the question verb (meet → met)', async () => {
    const answer = await answerQuestion('Who did the mayor meet?', { store, clock });
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.items[0]?.text).toBe(
      'The mayor met the harbour pilots and the ferry crews on Thursday.',
    );
  });

  it('quotes sentences verbatim from the article they cite', async () => {
    const answer = await answerQuestion('When do container ships dock in the harbour?', {
      store,
      clock,
    });
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.items[0]?.articleId).toBe('harbour');
    expect(harbour.text).toContain(answer.items[0]!.text);
  });

  it('quotes the clause that answers, the attribution cut and the cut marked', async () => {
    const answer = await answerQuestion('How strong were the winds on the northern coast?', {
      store,
      clock,
    });
    expect(answer.kind === 'answer' && answer.items[0]).toMatchObject({
      articleId: 'storm',
      text: 'Winds of 120 km/h hit the northern coast overnight…',
    });
  });

  it('keeps the whole sentence when the cut part is what the question asks about', async () => {
    const answer = await answerQuestion('What did the weather service say about the winds?', {
      store,
      clock,
    });
    expect(answer.kind === 'answer' && answer.items[0]?.text).toBe(
      'Winds of 120 km/h hit the northern coast overnight, the weather service said.',
    );
  });

  it('reads a leading name the store has never seen as a byline, not as the topic', async () => {
    // Asked with the name, three words no article has would outweigh the rest of the question.
    const answer = await answerQuestion(
      'Anna Maria Kowalczyk: Graham defends attorney general under fire',
      { store, clock },
    );
    expect(answer.kind === 'answer' && answer.items[0]?.articleId).toBe('graham-sessions');
  });

  it('reads a name after a closing ", writes" as the author, not the topic', async () => {
    // As a leading name, the three unseen words would outweigh the rest of the question.
    const answer = await answerQuestion(
      'Graham defends the attorney general under fire, writes Anna Maria Kowalczyk .',
      { store, clock },
    );
    expect(answer.kind === 'answer' && answer.items[0]?.articleId).toBe('graham-sessions');
  });

  it.each(['What is the capital of Mongolia?', 'Who won the cricket world cup final?', '???'])(
    'gives the plain no-answer reply to an unrelated question: %s',
    async (question) => {
      expect(await answerQuestion(question, { store, clock })).toEqual({
        kind: 'none',
        message: noAnswerMessage,
      });
    },
  );

  it('refuses an empty question with a short error', async () => {
    await expect(answerQuestion('   ', { store, clock })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe("what's new", () => {
  it('covers the last day for a first question, newest first, then only what came since', async () => {
    now = new Date('2026-11-28T12:00:00Z');
    const first = await answerQuestion("What's new on the travel ban?", {
      store,
      clock,
      userKey: 'u1',
    });
    expect(first.kind).toBe('answer');
    if (first.kind !== 'answer') return;
    expect(first.items.map((item) => item.articleId)).toEqual(['ban-today', 'ban-yesterday']);

    now = new Date('2026-11-28T15:00:00Z');
    const nothing = await answerQuestion('any news on the Travel Ban', {
      store,
      clock,
      userKey: 'u1',
    });
    expect(nothing.kind).toBe('none');
    if (nothing.kind === 'none')
      expect(nothing.message).toMatch(
        /^Nothing new on Travel Ban since you last asked \(28 Nov 2026, 12:00 UTC\)\./,
      );

    await store.saveArticles([
      ban(
        'ban-later',
        '2026-11-28T16:00:00Z',
        'The government said it will ask the Supreme Court to review the travel ban.',
      ),
    ]);
    now = new Date('2026-11-28T17:00:00Z');
    const later = await answerQuestion("what's new on travel ban", { store, clock, userKey: 'u1' });
    expect(later.kind === 'answer' && later.items.map((item) => item.articleId)).toEqual([
      'ban-later',
    ]);
  });

  it('remembers each user separately', async () => {
    now = new Date('2026-11-28T17:30:00Z');
    const other = await answerQuestion("What's new on the travel ban?", {
      store,
      clock,
      userKey: 'u2',
    });
    expect(other.kind === 'answer' && other.items.map((item) => item.articleId)).toEqual([
      'ban-later',
      'ban-today',
      'ban-yesterday',
    ]);
  });

  it('gives the latest older news, marked as not new, to a first question on a quiet topic', async () => {
    const first = await answerQuestion("What's new on the harbour?", {
      store,
      clock,
      userKey: 'u3',
    });
    expect(first.kind).toBe('answer');
    if (first.kind !== 'answer') return;
    expect(first.note).toBe('Nothing new on harbour in the last day. The latest I have:');
    expect(first.items.map((item) => item.articleId)).toEqual(['harbour']);
    expect(harbour.text).toContain(first.items[0]?.text.replace(/…$/, '') ?? '-');

    // The same user has now seen it: asked again, nothing new is plainly nothing.
    const again = await answerQuestion("what's new on the harbour", {
      store,
      clock,
      userKey: 'u3',
    });
    expect(again.kind).toBe('none');
    if (again.kind === 'none')
      expect(again.message).toMatch(/^Nothing new on harbour since you last asked/);
  });

  it('says plainly when nothing at all is stored on a topic', async () => {
    const answer = await answerQuestion("What's new on the volcano eruption?", {
      store,
      clock,
      userKey: 'u4',
    });
    expect(answer).toEqual({
      kind: 'none',
      message:
        'Nothing new on volcano eruption in the last day. Add a news source that covers it to hear more.',
    });
  });
});
