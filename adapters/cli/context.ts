import type { Command } from 'commander';
import { loadEnvironment, type Environment } from '../../src/config/environment.js';
import { createGuardedFetcher, type GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';

/** What every CLI command may need, built lazily from the environment and global flags. */
export interface CliContext {
  env: Environment;
  /** `--db`, else NEWSDIGEST_DB, else ./data/newsdigest.db. */
  dbPath: string;
  openStore(): Promise<Store>;
  /**
   * Runs `work` with a guarded fetcher and closes it afterwards, so its connection pool never
   * keeps a finished command waiting.
   */
  withFetcher<T>(work: (fetcher: GuardedFetcher) => Promise<T>): Promise<T>;
}

export function cliContext(command: Command): CliContext {
  const env = loadEnvironment();
  const flags = command.optsWithGlobals<{ db?: string }>();
  const dbPath = flags.db ?? env.NEWSDIGEST_DB;
  return {
    env,
    dbPath,
    openStore: () => openSqliteStore(dbPath),
    async withFetcher(work) {
      const fetcher = createFetcher(env);
      try {
        return await work(fetcher);
      } finally {
        await fetcher.close();
      }
    },
  };
}

/** The one guarded fetcher, with the operator's address policy. */
export function createFetcher(env: Environment): GuardedFetcher {
  return createGuardedFetcher({
    policy: {
      allowLoopback: env.NEWSDIGEST_ALLOW_LOOPBACK,
      allowPrivate: env.NEWSDIGEST_ALLOW_PRIVATE,
    },
  });
}
