import type { webApi } from '@slack/bolt';

/**
 * Who may change subscriptions in Slack: workspace admins and owners (users.info `is_admin`,
 * `is_owner`, `is_primary_owner`). Slack has no per-channel "manage" permission a bot can read,
 * so the workspace role is the rule; the engine also lets the creator of a subscription remove
 * it. An unreadable profile counts as "not a manager": refusing is the safe side.
 */
export async function canManageSubscriptions(
  client: webApi.WebClient,
  userId: string,
): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
  } catch {
    return false;
  }
}
