import type {
  Installation,
  InstallationQuery,
  InstallationStore as BoltInstallationStore,
} from '@slack/bolt';
import { NotFoundError } from '../../src/errors.js';
import type { InstallationStore, WorkspaceScope } from '../../src/store/store.js';

/** An org-wide install is keyed by its enterprise id, a workspace install by its team id. */
function scopeOf(query: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): WorkspaceScope {
  const id = query.isEnterpriseInstall === true ? query.enterpriseId : query.teamId;
  if (id === undefined) throw new NotFoundError('This Slack workspace has not installed the app.');
  return { platform: 'slack', workspaceId: id };
}

/**
 * Bolt's installation store over our database, so OAuth installs survive restarts and every
 * process of the bot sees them. Bolt calls fetchInstallation to authorise each request.
 */
export function createBoltInstallationStore(store: InstallationStore): BoltInstallationStore {
  return {
    async storeInstallation(installation) {
      const scope = scopeOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      if (installation.bot === undefined) {
        throw new NotFoundError('The installation carries no bot token.');
      }
      await store.saveInstallation({
        ...scope,
        ...(installation.enterprise?.id !== undefined && {
          enterpriseId: installation.enterprise.id,
        }),
        botToken: installation.bot.token,
        botUserId: installation.bot.userId,
        botId: installation.bot.id,
        installedBy: installation.user.id,
        data: installation,
      });
    },

    async fetchInstallation(query: InstallationQuery<boolean>) {
      const stored = await store.getInstallation(scopeOf(query));
      if (stored === undefined) {
        throw new NotFoundError('This Slack workspace has not installed the app.');
      }
      return stored.data as Installation;
    },

    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation(scopeOf(query));
    },
  };
}
