import { describe, expect, it } from 'vitest';
import { embedSize } from '../../adapters/discord/embed-layout.js';
import { discordLimits } from '../../adapters/discord/limits.js';
import { neutraliseMentions, safeText } from '../../adapters/discord/mentions.js';
import { renderDiscordMessages } from '../../adapters/discord/render-embeds.js';
import type { DiscordMessagePayload } from '../../adapters/discord/payload.js';
import { article, digest, story } from '../render/fixtures.js';

function assertWithinLimits(messages: DiscordMessagePayload[]): void {
  for (const message of messages) {
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content !== undefined || (message.embeds?.length ?? 0) > 0).toBe(true);
    expect(message.content?.length ?? 0).toBeLessThanOrEqual(discordLimits.content);
    const embeds = message.embeds ?? [];
    expect(embeds.length).toBeLessThanOrEqual(discordLimits.embedsPerMessage);
    expect(embeds.reduce((sum, embed) => sum + embedSize(embed), 0)).toBeLessThanOrEqual(
      discordLimits.embedTotal,
    );
    for (const embed of embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.description);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(discordLimits.fields);
      for (const field of embed.fields ?? []) {
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(discordLimits.fieldValue);
      }
    }
  }
}

function allText(messages: DiscordMessagePayload[]): string {
  return messages
    .flatMap((message) => [
      message.content ?? '',
      ...(message.embeds ?? []).flatMap((embed) => [
        embed.title ?? '',
        embed.description ?? '',
        ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      ]),
    ])
    .join('\n');
}

describe('renderDiscordMessages', () => {
  it('renders a story as an embed with a linked title, bold entities, entity groups and sources', () => {
    const [message, ...rest] = renderDiscordMessages(digest());
    expect(rest).toEqual([]);
    expect(message?.content).toBe(
      '## Morning briefing\n<t:1795849200:f>\n**In the news:** Donald Trump, Jeff Sessions, Justice Department',
    );
    expect(message?.embeds).toEqual([
      {
        title: 'Trump renews attacks on Sessions',
        url: 'https://capitolwire.example/s1-a',
        description: 'President **Donald Trump** criticised **Sessions** again.',
        color: 0x3b82f6,
        fields: [
          { name: 'People', value: 'Donald Trump, Jeff Sessions', inline: true },
          { name: 'Organizations', value: 'Justice Department', inline: true },
          {
            name: 'Source',
            value: '[Capitol Wire](https://capitolwire.example/s1-a) · <t:1500991800:f>',
          },
        ],
        timestamp: '2017-07-25T14:10:00.000Z',
      },
    ]);
  });

  it('says there is nothing new when the digest has no story', () => {
    const messages = renderDiscordMessages(digest({ stories: [], topEntities: [] }));
    expect(messages).toEqual([
      {
        content: '## Morning briefing\n<t:1795849200:f>\nNothing new.',
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('splits 23 stories into messages of at most 10 embeds and says how many were left out', () => {
    const stories = Array.from({ length: 23 }, (_, i) =>
      story(`s${i}`, { headline: `Story ${i}` }),
    );
    const messages = renderDiscordMessages(digest({ stories, omittedStories: 4 }));
    assertWithinLimits(messages);
    expect(messages.map((message) => message.embeds?.length)).toEqual([10, 10, 3]);
    const titles = messages.flatMap((message) => (message.embeds ?? []).map((e) => e.title));
    expect(titles).toEqual(stories.map((s) => s.headline));
    expect(messages.at(-1)?.content).toBe('…and 4 more stories.');
  });

  it('continues an over-long summary in further embeds instead of cutting it', () => {
    const sentence = 'Sessions said the inquiry would go on for several more months. ';
    const summary = Array.from({ length: 150 }, (_, index) => ({
      articleId: 'x',
      text: `${sentence.trim()} (${index})`,
      index,
      score: 1,
    }));
    const messages = renderDiscordMessages(digest({ stories: [story('long', { summary })] }));
    assertWithinLimits(messages);
    const text = allText(messages);
    for (let index = 0; index < 150; index += 1) expect(text).toContain(`(${index})`);
    expect(messages.flatMap((message) => message.embeds ?? []).length).toBeGreaterThan(2);
  });

  it('lists every source of a 60-article story across fields within the 1,024 limit', () => {
    const articles = Array.from({ length: 60 }, (_, i) =>
      article(`a${i}`, { source: `Source number ${i}` }),
    );
    const messages = renderDiscordMessages(digest({ stories: [story('big', { articles })] }));
    assertWithinLimits(messages);
    const text = allText(messages);
    for (let i = 0; i < 60; i += 1) expect(text).toContain(`[Source number ${i}]`);
  });

  it('keeps an article full of mentions and markup inert', () => {
    const noisy = story('noisy', {
      headline: '@everyone <@123456789012345678> **breaking**',
      summary: [
        {
          articleId: 'n',
          text: 'Ping @here and <@!42> and <@&99> in <#77>, [click](https://evil.example).',
          index: 0,
          score: 1,
        },
      ],
      entities: [],
      articles: [article('n', { source: '@everyone news' })],
    });
    const messages = renderDiscordMessages(digest({ stories: [noisy], title: 'Hi @here' }));
    const text = allText(messages);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<(@[!&]?|#)\d+>/);
    expect(text).not.toContain('[click](');
    expect(messages[0]?.embeds?.[0]?.title).toBe(
      '@\u200beveryone <@\u200b123456789012345678> \\*\\*breaking\\*\\*',
    );
  });
});

describe('mention and markup neutralising', () => {
  it('breaks every mention form with a zero-width space', () => {
    expect(neutraliseMentions('@everyone @Here <@1> <@!2> <@&3> <#4> a@b.c')).toBe(
      '@\u200beveryone @\u200bHere <@\u200b1> <@!\u200b2> <@&\u200b3> <#\u200b4> a@b.c',
    );
  });

  it('escapes emphasis, code, spoilers, links and line-start quotes and headings', () => {
    expect(safeText('*a* _b_ `c` ||d|| [e](f)\n> g\n# h')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\|\\|d\\|\\| \\[e\\](f)\n\\> g\n\\# h',
    );
  });
});
