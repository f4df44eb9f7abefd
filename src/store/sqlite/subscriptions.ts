import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { NewsdigestError } from '../../errors.js';
import type { Platform, Subscription, SubscriptionStatus } from '../../model.js';
import type { Clock } from '../../schedule/clock.js';
import type { Database, SubscriptionTables } from '../schema.js';
import type { NewSubscription, SubscriptionStore, WorkspaceScope } from '../store.js';

type SubscriptionRow = Selectable<SubscriptionTables['subscriptions']>;

/** Stored JSON is checked on the way out: a hand-edited or older row fails loudly, not later. */
const optionsSchema = z.object({
  sentences: z.int().min(1),
  maxStories: z.int().min(1),
  keywords: z.array(z.string()),
});
const sourcesSchema = z.array(z.string());
const platformSchema = z.enum(['discord', 'slack']);
const statusSchema = z.enum(['active', 'paused', 'failing']);

export class CorruptRecordError extends NewsdigestError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('CORRUPT_RECORD', 'A stored subscription is damaged; please recreate it.', {
      ...options,
      detail,
    });
  }
}

/** Crockford base32 without I, L, O, U: unambiguous when read aloud or typed. */
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const idLength = 10;

/** 10 random base32 characters (50 bits): short to type, not guessable by enumeration. */
export function newSubscriptionId(): string {
  const bytes = randomBytes(idLength);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % 32];
  return id;
}

export function createSqliteSubscriptionStore(
  db: Kysely<Database>,
  { clock }: { clock: Clock },
): SubscriptionStore {
  const scoped = (scope: WorkspaceScope) =>
    db
      .selectFrom('subscriptions')
      .selectAll()
      .where('platform', '=', scope.platform)
      .where('workspace_id', '=', scope.workspaceId);

  return {
    async createSubscription(input: NewSubscription) {
      const subscription: Subscription = {
        id: newSubscriptionId(),
        platform: input.platform,
        workspaceId: input.workspaceId,
        channelId: input.channelId,
        sources: [...input.sources],
        schedule: input.schedule,
        timezone: input.timezone,
        options: optionsSchema.parse(input.options),
        createdBy: input.createdBy,
        createdAt: clock.now().toISOString(),
        status: 'active',
      };
      // 50 random bits make a clash vanishingly rare; retry rather than assume.
      for (let attempt = 0; ; attempt += 1) {
        const result = await db
          .insertInto('subscriptions')
          .values(toRow(subscription))
          .onConflict((conflict) => conflict.column('id').doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) return subscription;
        if (attempt >= 5) throw new Error('could not allocate a subscription id');
        subscription.id = newSubscriptionId();
      }
    },

    async getSubscription(scope, id) {
      const row = await scoped(scope).where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async listSubscriptions(scope) {
      let query = scoped(scope);
      if (scope.channelId !== undefined) query = query.where('channel_id', '=', scope.channelId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(fromRow);
    },

    async deleteSubscription(scope, id) {
      const result = await db
        .deleteFrom('subscriptions')
        .where('platform', '=', scope.platform)
        .where('workspace_id', '=', scope.workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async listAllSubscriptions() {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async setSubscriptionStatus(id: string, status: SubscriptionStatus, reason?: string) {
      await db
        .updateTable('subscriptions')
        .set({ status: statusSchema.parse(status), status_reason: reason ?? null })
        .where('id', '=', id)
        .execute();
    },
  };
}

function toRow(subscription: Subscription): SubscriptionRow {
  return {
    id: subscription.id,
    platform: subscription.platform,
    workspace_id: subscription.workspaceId,
    channel_id: subscription.channelId,
    sources: JSON.stringify(subscription.sources),
    schedule: subscription.schedule,
    timezone: subscription.timezone,
    options: JSON.stringify(subscription.options),
    created_by: subscription.createdBy,
    created_at: subscription.createdAt,
    status: subscription.status,
    status_reason: subscription.statusReason ?? null,
  };
}

function fromRow(row: SubscriptionRow): Subscription {
  try {
    const platform: Platform = platformSchema.parse(row.platform);
    return {
      id: row.id,
      platform,
      workspaceId: row.workspace_id,
      channelId: row.channel_id,
      sources: sourcesSchema.parse(JSON.parse(row.sources)),
      schedule: row.schedule,
      timezone: row.timezone,
      options: optionsSchema.parse(JSON.parse(row.options)),
      createdBy: row.created_by,
      createdAt: row.created_at,
      status: statusSchema.parse(row.status),
      ...(row.status_reason !== null && { statusReason: row.status_reason }),
    };
  } catch (error) {
    throw new CorruptRecordError(`subscription ${row.id} has invalid stored data`, {
      cause: error,
    });
  }
}
