import type { Kysely } from 'kysely';

/**
 * Bot installations made through OAuth (Slack's "Add to Slack"): one row per workspace and
 * platform, holding the bot token used to act in that workspace.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('platform', 'text', (column) => column.notNull())
    .addColumn('workspace_id', 'text', (column) => column.notNull())
    .addColumn('enterprise_id', 'text')
    .addColumn('bot_token', 'text', (column) => column.notNull())
    .addColumn('bot_user_id', 'text')
    .addColumn('bot_id', 'text')
    .addColumn('installed_by', 'text')
    .addColumn('data', 'text', (column) => column.notNull())
    .addColumn('installed_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('installations_pk', ['platform', 'workspace_id'])
    .execute();
}
