import type { Kysely } from 'kysely';

/** One row per (user, topic): when they last asked what is new on it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ask_memory')
    .addColumn('user_key', 'text', (column) => column.notNull())
    .addColumn('topic', 'text', (column) => column.notNull())
    .addColumn('asked_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('ask_memory_pk', ['user_key', 'topic'])
    .execute();
}
