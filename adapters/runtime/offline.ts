import path from 'node:path';
import type { Writable } from 'node:stream';
import {
  loadDigestDefinitions,
  type DigestDefinition,
} from '../../src/config/digest-definition.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { Article } from '../../src/model.js';
import { renderPlainText } from '../../src/render/plain-text.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { loadSource } from '../../src/sources/load-source.js';
import type { Store } from '../../src/store/store.js';
import type { CliContext } from '../cli/context.js';

/**
 * The main job with no platform tokens: for every definition in digests/, store its sources'
 * articles (the sample articles of seeds/ by default) in the SQLite store and print its digest.
 */
export async function printDefinedDigests(context: CliContext, out: Writable): Promise<void> {
  const definitions = loadDigestDefinitions(path.resolve(context.env.NEWSDIGEST_DIGESTS_DIR));
  const store = await context.openStore();
  try {
    for (const definition of definitions) {
      const articles = await context.withFetcher((fetcher) =>
        ingestSources(definition, { store, fetcher, out }),
      );
      const digest = buildDigest(articles, {
        title: definition.title,
        now: new Date(),
        sentences: definition.sentences,
        maxStories: definition.maxStories,
        keywords: definition.keywords,
      });
      out.write(`\n${renderPlainText(digest)}`);
    }
  } finally {
    await store.close();
  }
}

/** Loads and stores a definition's sources; returns their stored articles, each once. */
async function ingestSources(
  definition: DigestDefinition,
  deps: { store: Store; fetcher: GuardedFetcher; out: Writable },
): Promise<Article[]> {
  const articles = new Map<string, Article>();
  for (const source of definition.sources) {
    const saved = await deps.store.saveArticles(await loadSource(source, deps), source);
    deps.out.write(
      `${definition.name}: ${saved.inserted.length} new, ${saved.duplicates} already stored, from ${path.relative(process.cwd(), source) || source}\n`,
    );
    for (const article of await deps.store.listArticles({ sources: [source] })) {
      articles.set(article.id, article);
    }
  }
  return [...articles.values()];
}
