import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { escapeMrkdwn, mrkdwnLink } from '../../adapters/slack/escape.js';
import { renderSlackMessages, slackLimits } from '../../adapters/slack/render-blocks.js';
import { article, digest, entity, story } from './digest-fixture.js';

function mrkdwnTexts(blocks: types.KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'section') {
      return [block.text?.text ?? '', ...(block.fields ?? []).map((field) => field.text)];
    }
    if (block.type === 'context') {
      return block.elements.map((element) => ('text' in element ? element.text : ''));
    }
    return [];
  });
}

describe('escapeMrkdwn', () => {
  it('turns Slack control syntax into visible text', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://x|y> a & b')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt; a &amp; b',
    );
  });

  it('escapes an already escaped entity again so it shows literally', () => {
    expect(escapeMrkdwn('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });

  it('links only http(s) URLs and keeps a link from being closed early', () => {
    expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x');
    expect(mrkdwnLink('https://a.example/?q=1|<@U1>', 'T & <b>')).toBe(
      '<https://a.example/?q=1%7C%3C@U1%3E|T &amp; &lt;b&gt;>',
    );
  });
});

describe('renderSlackMessages', () => {
  it('renders a header, a linked story with bold entities, a sources context and dividers', () => {
    const [message, ...rest] = renderSlackMessages(
      digest([story('a', ['Jeff Sessions spoke in Washington.'], [entity('Jeff Sessions')])]),
    );
    expect(rest).toEqual([]);
    expect(message?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Morning digest', emoji: false },
    });
    const texts = mrkdwnTexts(message?.blocks ?? []);
    expect(texts).toContain(
      '*<https://news.example/a|Headline a>*\n*Jeff Sessions* spoke in Washington.',
    );
    expect(texts).toContain('<https://news.example/a|Example News> · 20 Nov 2026, 08:00 UTC');
    expect(message?.blocks.filter((block) => block.type === 'divider').length).toBe(2);
    expect(message?.text).toBe('Morning digest: Headline a');
  });

  it('escapes article text so it can never mention or link', () => {
    const hostile = story(
      'h',
      ['Hi <!channel> and <!here> <!everyone> <@U123> <https://evil|click> &lt;'],
      [],
    );
    hostile.headline = '<!channel> headline';
    hostile.articles = [article({ id: 'h', source: '<@U999>', url: 'https://ok.example/h' })];
    const messages = renderSlackMessages(digest([hostile], { title: '<!here> digest' }));
    const everything = messages.flatMap((m) => [m.text, ...mrkdwnTexts(m.blocks)]).join('\n');
    expect(everything).not.toMatch(/<[!@#]/);
    expect(everything).not.toContain('<https://evil');
    expect(everything).toContain('&lt;!channel&gt;');
    expect(everything).toContain('&amp;lt;');
  });

  it('splits a long digest into several messages of at most 50 blocks, losing no story', () => {
    const stories = Array.from({ length: 30 }, (_, i) => story(`s${i}`, [`Sentence ${i}.`]));
    const messages = renderSlackMessages(digest(stories));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
      expect(message.text.length).toBeGreaterThan(0);
    }
    const all = messages.flatMap((m) => mrkdwnTexts(m.blocks)).join('\n');
    for (let i = 0; i < 30; i += 1) expect(all).toContain(`|Headline s${i}>`);
    expect(messages[1]?.text).toContain('(continued)');
  });

  it('splits a summary longer than 3,000 characters into several sections without dropping text', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Sentence number ${i} is here.`);
    const [message] = renderSlackMessages(digest([story('long', long)]));
    const sections = (message?.blocks ?? []).filter(
      (block): block is types.SectionBlock => block.type === 'section' && block.text !== undefined,
    );
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      expect(section.text?.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
    }
    const joined = sections.map((section) => section.text?.text).join(' ');
    for (const sentence of long) expect(joined).toContain(sentence);
  });

  it('lists top entities as fields grouped by type', () => {
    const [message] = renderSlackMessages(
      digest([story('a', ['x.'], [entity('Ada Lovelace'), entity('Acme Corp', 'organization')])]),
    );
    const fields = message?.blocks.find(
      (block): block is types.SectionBlock =>
        block.type === 'section' && block.fields !== undefined,
    )?.fields;
    expect(fields?.map((field) => field.text)).toEqual([
      '*People*\nAda Lovelace',
      '*Organizations*\nAcme Corp',
    ]);
  });

  it('says how many stories were left out and what an empty digest holds', () => {
    const [withMore] = renderSlackMessages(digest([story('a', ['x.'])], { omittedStories: 3 }));
    expect(mrkdwnTexts(withMore?.blocks ?? [])).toContain('…and 3 stories more.');
    const [empty] = renderSlackMessages(digest([]));
    expect(mrkdwnTexts(empty?.blocks ?? [])).toContain('Nothing new.');
    expect(empty?.text).toBe('Morning digest');
  });
});
