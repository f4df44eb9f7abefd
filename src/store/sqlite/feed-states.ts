import type { Kysely, Selectable } from 'kysely';
import type { Database, FeedStateTables } from '../schema.js';
import type { FeedState, FeedStateStore } from '../store.js';

type FeedStateRow = Selectable<FeedStateTables['feed_states']>;

export function createSqliteFeedStateStore(db: Kysely<Database>): FeedStateStore {
  return {
    async getFeedState(url) {
      const row = await db
        .selectFrom('feed_states')
        .selectAll()
        .where('url', '=', url)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async saveFeedState(state) {
      const row = toRow(state);
      const { url: _url, ...changes } = row;
      await db
        .insertInto('feed_states')
        .values(row)
        .onConflict((conflict) => conflict.column('url').doUpdateSet(changes))
        .execute();
    },

    async listFeedStates() {
      const rows = await db.selectFrom('feed_states').selectAll().orderBy('url').execute();
      return rows.map(fromRow);
    },
  };
}

function toRow(state: FeedState): FeedStateRow {
  return {
    url: state.url,
    etag: state.etag ?? null,
    last_modified: state.lastModified ?? null,
    last_success_at: state.lastSuccessAt ?? null,
    last_attempt_at: state.lastAttemptAt ?? null,
    consecutive_failures: Math.max(0, Math.trunc(state.consecutiveFailures)),
    last_error: state.lastError ?? null,
    paused_at: state.pausedAt ?? null,
  };
}

function fromRow(row: FeedStateRow): FeedState {
  return {
    url: row.url,
    ...(row.etag !== null && { etag: row.etag }),
    ...(row.last_modified !== null && { lastModified: row.last_modified }),
    ...(row.last_success_at !== null && { lastSuccessAt: row.last_success_at }),
    ...(row.last_attempt_at !== null && { lastAttemptAt: row.last_attempt_at }),
    consecutiveFailures: row.consecutive_failures,
    ...(row.last_error !== null && { lastError: row.last_error }),
    ...(row.paused_at !== null && { pausedAt: row.paused_at }),
  };
}
