import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFolderArticles, titleFromText } from '../../src/sources/folder.js';
import { repoRoot } from '../cli/run-cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-folder-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('folder source', () => {
  it('loads every sample article of seeds/, the header-less seed article included', async () => {
    const articles = await loadFolderArticles(path.join(repoRoot, 'seeds'));
    expect(articles).toHaveLength(9);
    const seed = articles[0]!;
    expect(seed.text).toBe(
      readFileSync(path.join(repoRoot, 'seeds/000_e0db0117a95bea2e.txt'), 'utf8').trim(),
    );
    expect(seed.source).toBe('seeds');
    expect(seed.title.startsWith('U.S. Attorney General Jeff Sessions’ relationship')).toBe(true);
    expect(seed.title.length).toBeLessThanOrEqual(91);
    const written = articles[1]!;
    expect(written).toMatchObject({
      title: 'Trump renews attacks on Sessions over Russia recusal',
      source: 'Capitol Wire',
      publishedAt: '2017-07-25T14:10:00.000Z',
      url: 'https://capitolwire.example/2017/07/25/trump-sessions-recusal',
    });
    expect(written.text.startsWith('WASHINGTON — President Donald Trump')).toBe(true);
    expect(new Set(articles.map((article) => article.id)).size).toBe(9);
  });

  it('reads JSON articles, skips other files and keeps ids stable across loads', async () => {
    const dir = folder({
      'a.json': JSON.stringify({
        title: 'Budget passed',
        text: 'The council passed the budget.',
        source: 'Town Crier',
      }),
      'README.md': '# not an article',
      'b.txt': 'Title: Bridge reopens\n\nThe bridge reopened on Monday after repairs.',
      'empty.txt': '   \n',
    });
    const first = await loadFolderArticles(dir);
    expect(first.map((article) => article.title)).toEqual(['Budget passed', 'Bridge reopens']);
    expect(first[0]!.source).toBe('Town Crier');
    expect(first[1]!.source).toBe(path.basename(dir));
    const second = await loadFolderArticles(dir);
    expect(second.map((article) => article.id)).toEqual(first.map((article) => article.id));
  });

  it('loads a single file', async () => {
    const dir = folder({ 'one.txt': 'The ferry resumed service. Passengers welcomed it.' });
    const [article] = await loadFolderArticles(path.join(dir, 'one.txt'));
    expect(article!.title).toBe('The ferry resumed service.');
  });

  it('refuses a missing folder and a malformed JSON article with a clear message', async () => {
    await expect(loadFolderArticles('/no/such/folder')).rejects.toThrow(
      /Cannot read \/no\/such\/folder/,
    );
    const dir = folder({ 'bad.json': '{"title": 1}' });
    await expect(loadFolderArticles(dir)).rejects.toThrow(/bad\.json is not an article/);
  });

  it('shortens a long first sentence at a word boundary', () => {
    const title = titleFromText(
      'The regional transport authority announced on Tuesday that the long-delayed extension of the northern tram line would finally open next spring.',
    );
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});
