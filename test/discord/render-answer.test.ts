import { describe, expect, it } from 'vitest';
import { renderAnswerMessages } from '../../adapters/discord/render-answer.js';
import type { Answer } from '../../src/ask/index.js';
import { answerItem } from '../render/fixtures.js';

const older: Answer = {
  kind: 'answer',
  note: 'Nothing new on @everyone harbour in the last day. The latest I have:',
  items: [answerItem],
};

describe('renderAnswerMessages', () => {
  it('puts the note before the quoted sentences, with mentions neutralised', () => {
    const [message, ...rest] = renderAnswerMessages("What's new on the harbour?", older);
    expect(rest).toHaveLength(0);
    expect(message?.content).toMatch(/^Nothing new on @\u200beveryone harbour in the last day/);
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    const description = message?.embeds?.[0]?.description ?? '';
    expect(description).toContain('> Dredging of the northern harbour began on Monday');
    expect(description).toContain('(https://coast.example/harbour) — Coast Daily');
  });

  it('sends no content line when the answer has no note', () => {
    const { note: _note, ...plain } = older as Extract<Answer, { kind: 'answer' }>;
    const [message] = renderAnswerMessages('When did the dredging begin?', plain);
    expect(message?.content).toBeUndefined();
    expect(message?.embeds?.[0]?.title).toBe('When did the dredging begin?');
  });
});
