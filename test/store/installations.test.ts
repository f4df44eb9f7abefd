import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBoltInstallationStore } from '../../adapters/slack/installation-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from './temp-db.js';

let store: Store;
let cleanup: () => void;
let file: string;
let now = '2026-11-28T08:00:00.000Z';

beforeEach(async () => {
  ({ file, cleanup } = tempDbPath());
  store = await openSqliteStore(file, { clock: { now: () => new Date(now) } });
});
afterEach(async () => {
  await store.close();
  cleanup();
});

function teamInstall(teamId: string, token: string): Installation<'v2', false> {
  return {
    team: { id: teamId, name: `Team ${teamId}` },
    enterprise: undefined,
    user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
    bot: { token, scopes: ['chat:write'], id: 'B1', userId: 'UBOT' },
    isEnterpriseInstall: false,
    tokenType: 'bot',
  };
}

describe('installations in SQLite', () => {
  it('keeps each workspace token apart and survives reopening the file', async () => {
    await store.saveInstallation({ platform: 'slack', workspaceId: 'T1', botToken: 'xoxb-1' });
    await store.saveInstallation({ platform: 'slack', workspaceId: 'T2', botToken: 'xoxb-2' });
    await store.close();
    store = await openSqliteStore(file);
    expect(await store.getInstallation({ platform: 'slack', workspaceId: 'T1' })).toMatchObject({
      botToken: 'xoxb-1',
      installedAt: '2026-11-28T08:00:00.000Z',
    });
    expect((await store.getInstallation({ platform: 'slack', workspaceId: 'T2' }))?.botToken).toBe(
      'xoxb-2',
    );
    expect(await store.getInstallation({ platform: 'discord', workspaceId: 'T1' })).toBeUndefined();
  });

  it('replaces the token on a reinstall and forgets it on uninstall', async () => {
    await store.saveInstallation({ platform: 'slack', workspaceId: 'T1', botToken: 'xoxb-old' });
    now = '2026-11-29T08:00:00.000Z';
    await store.saveInstallation({ platform: 'slack', workspaceId: 'T1', botToken: 'xoxb-new' });
    expect(await store.getInstallation({ platform: 'slack', workspaceId: 'T1' })).toMatchObject({
      botToken: 'xoxb-new',
      installedAt: '2026-11-29T08:00:00.000Z',
    });
    expect(await store.deleteInstallation({ platform: 'slack', workspaceId: 'T1' })).toBe(true);
    expect(await store.deleteInstallation({ platform: 'slack', workspaceId: 'T1' })).toBe(false);
    expect(await store.getInstallation({ platform: 'slack', workspaceId: 'T1' })).toBeUndefined();
  });
});

describe("Bolt's installation store over ours", () => {
  it('returns the installation Bolt stored, field for field', async () => {
    const bolt = createBoltInstallationStore(store);
    const installation = teamInstall('T1', 'xoxb-1');
    await bolt.storeInstallation(installation);
    const fetched = await bolt.fetchInstallation({
      teamId: 'T1',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched).toEqual(JSON.parse(JSON.stringify(installation)));
  });

  it('keys an org-wide install by its enterprise id, so every team of the org finds it', async () => {
    const bolt = createBoltInstallationStore(store);
    await bolt.storeInstallation({
      ...teamInstall('T1', 'xoxb-org'),
      team: undefined,
      enterprise: { id: 'E1', name: 'Org' },
      isEnterpriseInstall: true,
    } as unknown as Installation<'v2', true>);
    expect((await store.getInstallation({ platform: 'slack', workspaceId: 'E1' }))?.botToken).toBe(
      'xoxb-org',
    );
    const fetched = await bolt.fetchInstallation({
      teamId: 'T7',
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
    });
    expect(fetched.bot?.token).toBe('xoxb-org');
  });

  it('refuses an unknown workspace with a user-facing message and deletes on uninstall', async () => {
    const bolt = createBoltInstallationStore(store);
    const query = { teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    await expect(bolt.fetchInstallation(query)).rejects.toMatchObject({
      userMessage: 'This Slack workspace has not installed the app.',
    });
    await bolt.storeInstallation(teamInstall('T9', 'xoxb-9'));
    await bolt.deleteInstallation?.(query);
    await expect(bolt.fetchInstallation(query)).rejects.toThrow();
  });
});
