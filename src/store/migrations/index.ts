import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { NewsdigestError } from '../../errors.js';
import * as articles from './001_articles.js';
import * as feedStates from './002_feed_states.js';
import * as subscriptions from './003_subscriptions.js';
import * as deliveries from './004_deliveries.js';
import * as askMemory from './005_ask_memory.js';
import * as installations from './006_installations.js';

/**
 * Every migration, in order. Names sort in apply order (kysely's Migrator sorts them and
 * refuses a database whose applied list is not a prefix of this one). Add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '001_articles': articles,
  '002_feed_states': feedStates,
  '003_subscriptions': subscriptions,
  '004_deliveries': deliveries,
  '005_ask_memory': askMemory,
  '006_installations': installations,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

export class MigrationError extends NewsdigestError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('MIGRATION', 'The database could not be upgraded.', { ...options, detail });
  }
}

/** Applies pending migrations; returns the names applied now (empty when already current). */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  // Unordered: migrations written in parallel (005 after 006 landed) must still apply to a
  // database that already has the later one; each migration touches only its own tables.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new MigrationError(
      `migration ${failed ?? '(none)'} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
