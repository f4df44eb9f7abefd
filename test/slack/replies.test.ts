import { describe, expect, it } from 'vitest';
import { answerReply } from '../../adapters/slack/replies.js';
import type { Answer } from '../../src/ask/index.js';
import { answerItem } from '../render/fixtures.js';

const item = answerItem;

function sectionTexts(answer: Answer): string[] {
  return answerReply(answer).flatMap((message) =>
    (message.blocks ?? []).map((block) =>
      block.type === 'section' && block.text !== undefined ? block.text.text : '',
    ),
  );
}

describe('answerReply', () => {
  it('opens with the note, escaped, then quotes each sentence with its source', () => {
    const answer: Answer = {
      kind: 'answer',
      note: 'Nothing new on <!channel> harbour in the last day. The latest I have:',
      items: [item],
    };
    const [message] = answerReply(answer);
    expect(message?.text).toBe(
      'Nothing new on &lt;!channel&gt; harbour in the last day. The latest I have:',
    );
    const [text] = sectionTexts(answer);
    expect(text).toMatch(/^Nothing new on &lt;!channel&gt; harbour in the last day\. The latest/);
    expect(text).toContain('\n\n> Dredging of the northern harbour began on Monday');
    expect(text).toContain('<https://coast.example/harbour|Harbour dredging starts> (Coast Daily');
  });

  it('uses the first sentence as the notification text when there is no note', () => {
    const [message] = answerReply({ kind: 'answer', items: [item] });
    expect(message?.text).toBe(item.text);
    expect(sectionTexts({ kind: 'answer', items: [item] })[0]).toMatch(/^> Dredging/);
  });
});
