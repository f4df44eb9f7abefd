import type { Kysely } from 'kysely';

/** HTTP validators and health of each feed, for conditional requests and pausing. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feed_states')
    .addColumn('url', 'text', (column) => column.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('consecutive_failures', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('paused_at', 'text')
    .execute();
}
