import type { Kysely } from 'kysely';

/**
 * Scheduled-digest slots, the articles reserved per destination, and one-time notices. The
 * primary keys are the guarantees: one row per (subscription, slot), one reservation per
 * (destination, article), one notice per key, whichever process gets there first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deliveries')
    .addColumn('subscription_id', 'text', (column) => column.notNull())
    .addColumn('slot', 'text', (column) => column.notNull())
    .addColumn('destination', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('owner', 'text', (column) => column.notNull())
    .addColumn('lease_expires_at', 'text', (column) => column.notNull())
    .addColumn('article_ids', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('claimed_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('deliveries_pk', ['subscription_id', 'slot'])
    .execute();
  await db.schema
    .createIndex('deliveries_status_lease')
    .on('deliveries')
    .columns(['status', 'lease_expires_at'])
    .execute();
  await db.schema
    .createTable('destination_articles')
    .addColumn('destination', 'text', (column) => column.notNull())
    .addColumn('article_id', 'text', (column) => column.notNull())
    .addColumn('subscription_id', 'text', (column) => column.notNull())
    .addColumn('slot', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('destination_articles_pk', ['destination', 'article_id'])
    .execute();
  await db.schema
    .createIndex('destination_articles_slot')
    .on('destination_articles')
    .columns(['subscription_id', 'slot'])
    .execute();
  await db.schema
    .createTable('notices')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
