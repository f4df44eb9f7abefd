import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import { article, digest, story } from './fixtures.js';

describe('plain text digest', () => {
  it('lists each story with its summary, entities and sources', () => {
    const text = renderPlainText(digest());
    expect(text).toContain('Morning briefing — 28 Nov 2026, 07:00 UTC');
    expect(text).toContain('1. Trump renews attacks on Sessions');
    expect(text).toContain('   President Donald Trump criticised Sessions again.');
    expect(text).toContain('   People: Donald Trump, Jeff Sessions');
    expect(text).toContain('   Organizations: Justice Department');
    expect(text).toContain('   Sources: Capitol Wire (25 Jul 2017, 14:10 UTC)');
  });

  it('says when there is nothing new', () => {
    expect(renderPlainText(digest({ stories: [] }))).toContain('Nothing new.');
  });

  it('counts the stories left out', () => {
    expect(renderPlainText(digest({ omittedStories: 3 }))).toContain('…and 3 more stories.');
  });
});

describe('markdown digest', () => {
  it('links the headline and bolds entity names in the summary', () => {
    const markdown = renderMarkdown(digest());
    expect(markdown).toContain(
      '## [Trump renews attacks on Sessions](<https://capitolwire.example/s1-a>)',
    );
    expect(markdown).toContain('President **Donald Trump** criticised **Sessions** again.');
  });

  it('escapes markup that comes from article text', () => {
    const { url: _url, ...unlinked } = article('a2');
    const hostile = story('s1', {
      headline: 'Click [here](javascript:alert(1)) *now*',
      articles: [unlinked],
      summary: [{ articleId: 'a2', text: '<img src=x> `code` _under_', index: 0, score: 1 }],
      entities: [],
    });
    const markdown = renderMarkdown(digest({ stories: [hostile], topEntities: [] }));
    expect(markdown).toContain('## Click \\[here\\](javascript:alert(1)) \\*now\\*');
    expect(markdown).toContain('\\<img src=x\\> \\`code\\` \\_under\\_');
  });
});
