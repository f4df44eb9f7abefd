import { Option, type Command } from 'commander';
import { buildDigest } from '../../../src/digest/build-digest.js';
import { parseSince } from '../../../src/digest/parse-since.js';
import { InvalidInputError } from '../../../src/errors.js';
import type { Article, Digest } from '../../../src/model.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import { loadSource } from '../../../src/sources/load-source.js';
import { cliContext, type CliContext } from '../context.js';
import { positiveInteger } from '../options.js';

const formats = ['text', 'markdown', 'json', 'discord', 'slack'] as const;
type Format = (typeof formats)[number];

interface DigestFlags {
  source: string[];
  format: Format;
  title: string;
  topic?: string;
  since?: string;
  sentences?: number;
  maxStories?: number;
}

export function register(program: Command): void {
  program
    .command('digest')
    .description(
      'Build a digest of stories from sources, or from the stored articles, and print it.',
    )
    .option('--source <path|url>', 'a folder, file, feed or page (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('text'))
    .option('--title <title>', 'digest title', 'News digest')
    .option('--topic <topic>', 'only stories about this topic or entity')
    .option('--since <time>', 'only stored articles since an ISO time or a duration like 24h, 7d')
    .option('--sentences <n>', 'sentences per story', positiveInteger)
    .option('--max-stories <n>', 'stories shown', positiveInteger)
    .addHelpText(
      'after',
      '\nExamples:\n  newsdigest digest --source seeds --format markdown\n  newsdigest digest --source https://example.org/feed.xml --format discord',
    )
    .action(async (flags: DigestFlags, command: Command) => {
      const context = cliContext(command);
      const articles = await collectArticles(context, flags);
      const digest = buildDigest(articles, {
        title: flags.title,
        now: new Date(),
        ...(flags.topic !== undefined && { topic: flags.topic }),
        ...(flags.sentences !== undefined && { sentences: flags.sentences }),
        ...(flags.maxStories !== undefined && { maxStories: flags.maxStories }),
      });
      process.stdout.write(await renderDigest(digest, flags.format));
    });
}

/** Prints a digest in any of the formats; `discord` and `slack` are the exact bot payloads. */
export async function renderDigest(digest: Digest, format: Format): Promise<string> {
  switch (format) {
    case 'text':
      return renderPlainText(digest);
    case 'markdown':
      return renderMarkdown(digest);
    case 'json':
      return `${JSON.stringify(digest, null, 2)}\n`;
    case 'discord': {
      const { renderDiscordMessages } = await import('../../discord/render-embeds.js');
      return `${JSON.stringify(renderDiscordMessages(digest), null, 2)}\n`;
    }
    case 'slack': {
      const { renderSlackMessages } = await import('../../slack/render-blocks.js');
      return `${JSON.stringify(renderSlackMessages(digest), null, 2)}\n`;
    }
  }
}

async function collectArticles(context: CliContext, flags: DigestFlags): Promise<Article[]> {
  if (flags.source.length > 0) {
    const loaded = await context.withFetcher((fetcher) =>
      Promise.all(flags.source.map((spec) => loadSource(spec, { fetcher }))),
    );
    return uniqueById(loaded.flat());
  }
  const store = await context.openStore();
  try {
    const since = flags.since === undefined ? undefined : parseSince(flags.since, new Date());
    const articles = await store.listArticles(since === undefined ? {} : { since });
    if (articles.length === 0 && since === undefined) {
      throw new InvalidInputError(
        `No stored articles in ${context.dbPath}: pass --source PATH|URL or run "newsdigest ingest" first.`,
      );
    }
    return articles;
  } finally {
    await store.close();
  }
}

function uniqueById(articles: Article[]): Article[] {
  return [...new Map(articles.map((article) => [article.id, article])).values()];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
