import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/model.js';
import { runCli } from './run-cli.js';

async function seedDigest(...extra: string[]): Promise<Digest> {
  const result = await runCli([
    'digest',
    '--source',
    'seeds',
    '--format',
    'json',
    '--max-stories',
    '10',
    ...extra,
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Digest;
}

function storyOf(digest: Digest, titleStart: string): string | undefined {
  return digest.stories.find((story) =>
    story.articles.some((article) => article.title.startsWith(titleStart)),
  )?.id;
}

describe('newsdigest digest', () => {
  it('groups the seed articles by event, not by shared names', async () => {
    const digest = await seedDigest();
    const sessions = storyOf(digest, 'Trump renews attacks on Sessions');
    expect(storyOf(digest, 'Republican senators close ranks')).toBe(sessions);
    const travelBan = storyOf(digest, 'Supreme Court lets part of travel ban');
    expect(storyOf(digest, 'Airports brace')).toBe(travelBan);
    const sanctions = storyOf(digest, 'Senate passes new sanctions');
    expect(storyOf(digest, 'Russia orders cuts')).toBe(sanctions);
    const heat = storyOf(digest, 'Heatwave grips southern Europe');
    expect(storyOf(digest, 'Wildfires spread')).toBe(heat);
    expect(new Set([sessions, travelBan, sanctions, heat]).size).toBe(4);
    expect(digest.topEntities.map((entity) => entity.name)).toContain('Donald Trump');
  });

  it('keeps every summary sentence verbatim from its article', async () => {
    const digest = await seedDigest();
    for (const story of digest.stories) {
      expect(story.summary.length).toBeGreaterThan(0);
      for (const sentence of story.summary) {
        const source = story.articles.find((article) => article.id === sentence.articleId);
        expect(source?.text).toContain(sentence.text);
      }
    }
  });

  it('limits the digest to a topic, aliases included', async () => {
    const digest = await seedDigest('--topic', 'Lucifer');
    expect(digest.stories).toHaveLength(1);
    expect(digest.stories[0]!.articles.map((article) => article.source).sort()).toEqual([
      'Northern Ledger',
      'The Meridian Post',
    ]);
  });

  it('renders text and markdown', async () => {
    const text = await runCli(['digest', '--source', 'seeds', '--title', 'Seeds']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Seeds — /);
    expect(text.stdout).toContain('Sources: ');
    const markdown = await runCli(['digest', '--source', 'seeds', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^# News digest/);
    expect(markdown.stdout).toContain('**');
  });

  it('prints the exact Discord and Slack payloads as a preview', async () => {
    const discord = await runCli(['digest', '--source', 'seeds', '--format', 'discord']);
    expect(discord.code).toBe(0);
    const messages = JSON.parse(discord.stdout) as {
      embeds: unknown[];
      allowed_mentions: unknown;
    }[];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]!.allowed_mentions).toEqual({ parse: [] });
    const slack = await runCli(['digest', '--source', 'seeds', '--format', 'slack']);
    const posts = JSON.parse(slack.stdout) as { blocks: unknown[]; text: string }[];
    expect(posts[0]!.blocks.length).toBeGreaterThan(0);
    expect(posts[0]!.text.length).toBeGreaterThan(0);
  });

  it('refuses an unknown format and a source that does not exist', async () => {
    const format = await runCli(['digest', '--source', 'seeds', '--format', 'pdf']);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/Allowed choices are text, markdown, json, discord, slack/);
    const missing = await runCli(['digest', '--source', 'no-such-folder']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
