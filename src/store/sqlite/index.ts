import type { Kysely } from 'kysely';
import { systemClock, type Clock } from '../../schedule/clock.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { createSqliteArticleStore } from './articles.js';
import { createSqliteAskMemoryStore } from './ask-memory.js';
import { createSqliteDeliveryStore } from './deliveries.js';
import { createSqliteFeedStateStore } from './feed-states.js';
import { createSqliteInstallationStore } from './installations.js';
import { createSqliteSubscriptionStore } from './subscriptions.js';

export interface SqliteStoreOptions {
  /** Stamps stored_at / created_at; injected so tests control time. */
  clock?: Clock;
}

/** The Store over a migrated kysely handle: one sub-store per concern, spread together. */
export function createSqliteStore(db: Kysely<Database>, options: SqliteStoreOptions = {}): Store {
  const clock = options.clock ?? systemClock;
  return {
    ...createSqliteArticleStore(db, { clock }),
    ...createSqliteFeedStateStore(db),
    ...createSqliteAskMemoryStore(db),
    ...createSqliteSubscriptionStore(db, { clock }),
    ...createSqliteInstallationStore(db, { clock }),
    ...createSqliteDeliveryStore(db),
    close: () => db.destroy(),
  };
}
