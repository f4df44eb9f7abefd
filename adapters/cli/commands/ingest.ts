import type { Command } from 'commander';
import { asNewsdigestError, InvalidInputError } from '../../../src/errors.js';
import type { Article } from '../../../src/model.js';
import type { GuardedFetcher } from '../../../src/sources/guarded-fetch.js';
import { loadSource } from '../../../src/sources/load-source.js';
import type { Store } from '../../../src/store/store.js';
import { cliContext, type CliContext } from '../context.js';
import { streamJsonl } from '../jsonl.js';

interface IngestFlags {
  jsonl?: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Load articles from folders, files, feeds or pages into the store.')
    .argument('[sources...]', 'folders, files, feed URLs or page URLs')
    .option(
      '--jsonl',
      'read stdin lines {"id","title","text","url"?,"publishedAt"?} → {"id","articleId","status"}',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  newsdigest ingest seeds https://example.org/feed.xml\n  newsdigest --db /tmp/n.db ingest --jsonl < articles.jsonl',
    )
    .action(async (sources: string[], flags: IngestFlags, command: Command) => {
      const context = cliContext(command);
      if (flags.jsonl !== true && sources.length === 0) {
        throw new InvalidInputError('Give at least one PATH or URL to ingest, or --jsonl.');
      }
      const store = await context.openStore();
      try {
        if (flags.jsonl === true) await ingestStream(store);
        else await ingestSources(context, store, sources);
      } finally {
        await store.close();
      }
    });
}

/** Each source on its own: a failing feed is reported and the others are still ingested. */
async function ingestSources(context: CliContext, store: Store, sources: string[]): Promise<void> {
  await context.withFetcher(async (fetcher) => {
    for (const spec of sources) await ingestOne(store, spec, fetcher);
  });
}

async function ingestOne(store: Store, spec: string, fetcher: GuardedFetcher): Promise<void> {
  try {
    const articles = await loadSource(spec, { fetcher });
    const result = await store.saveArticles(articles, spec);
    process.stdout.write(
      `${spec}: ${result.inserted.length} new, ${result.duplicates} already stored\n`,
    );
  } catch (error) {
    process.stderr.write(`newsdigest: ${spec}: ${asNewsdigestError(error).userMessage}\n`);
    process.exitCode = 1;
  }
}

/** One output line per input line, in order; a bad line yields {"id","error"}. */
async function ingestStream(store: Store): Promise<void> {
  await streamJsonl(process.stdin, process.stdout, async (value, id) => {
    const article = articleFromLine(value, id);
    const stored = (await store.saveArticles([article], 'jsonl')).inserted[0];
    return {
      articleId: stored?.id ?? article.id,
      status: stored === undefined ? 'duplicate' : 'inserted',
    };
  });
}

/** Validates one stream line at the boundary. Shared with `ask --jsonl`. */
export function articleFromLine(value: Record<string, unknown>, id: string | undefined): Article {
  const { title, text, url, publishedAt, source } = value;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InvalidInputError('"text" must be a non-empty string.');
  }
  if (title !== undefined && typeof title !== 'string') {
    throw new InvalidInputError('"title" must be a string.');
  }
  if (url !== undefined && typeof url !== 'string') {
    throw new InvalidInputError('"url" must be a string.');
  }
  if (
    publishedAt !== undefined &&
    (typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt)))
  ) {
    throw new InvalidInputError('"publishedAt" must be an ISO date and time.');
  }
  return {
    id: id ?? '',
    source: typeof source === 'string' && source !== '' ? source : 'jsonl',
    title: title ?? '',
    text,
    ...(url !== undefined && { url }),
    ...(publishedAt !== undefined && { publishedAt }),
  };
}
