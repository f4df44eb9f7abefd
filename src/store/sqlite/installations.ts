import type { Kysely, Selectable } from 'kysely';
import type { Platform } from '../../model.js';
import type { Clock } from '../../schedule/clock.js';
import type { Database, InstallationTables } from '../schema.js';
import type { InstallationStore, NewInstallation, StoredInstallation } from '../store.js';

type InstallationRow = Selectable<InstallationTables['installations']>;

export function createSqliteInstallationStore(
  db: Kysely<Database>,
  { clock }: { clock: Clock },
): InstallationStore {
  return {
    async saveInstallation(input: NewInstallation) {
      const row: InstallationRow = {
        platform: input.platform,
        workspace_id: input.workspaceId,
        enterprise_id: input.enterpriseId ?? null,
        bot_token: input.botToken,
        bot_user_id: input.botUserId ?? null,
        bot_id: input.botId ?? null,
        installed_by: input.installedBy ?? null,
        data: JSON.stringify(input.data ?? null),
        installed_at: clock.now().toISOString(),
      };
      const { platform: _platform, workspace_id: _workspace, ...changes } = row;
      // Reinstalling (new scopes, new token) replaces the previous installation.
      await db
        .insertInto('installations')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['platform', 'workspace_id']).doUpdateSet(changes),
        )
        .execute();
    },

    async getInstallation(scope) {
      const row = await db
        .selectFrom('installations')
        .selectAll()
        .where('platform', '=', scope.platform)
        .where('workspace_id', '=', scope.workspaceId)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async deleteInstallation(scope) {
      const result = await db
        .deleteFrom('installations')
        .where('platform', '=', scope.platform)
        .where('workspace_id', '=', scope.workspaceId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function fromRow(row: InstallationRow): StoredInstallation {
  return {
    platform: row.platform as Platform,
    workspaceId: row.workspace_id,
    ...(row.enterprise_id !== null && { enterpriseId: row.enterprise_id }),
    botToken: row.bot_token,
    ...(row.bot_user_id !== null && { botUserId: row.bot_user_id }),
    ...(row.bot_id !== null && { botId: row.bot_id }),
    ...(row.installed_by !== null && { installedBy: row.installed_by }),
    data: JSON.parse(row.data) as unknown,
    installedAt: row.installed_at,
  };
}
