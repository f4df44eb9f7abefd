import { sql, type Kysely, type Selectable } from 'kysely';
import { z } from 'zod';
import type { DeliveryStatus } from '../../model.js';
import type { Database, DeliveryTables } from '../schema.js';
import type { DeliveryRecord, DeliveryStore, SlotKey } from '../store.js';

type DeliveryRow = Selectable<DeliveryTables['deliveries']>;

const statusSchema = z.enum(['claimed', 'delivered', 'failed']);
const articleIdsSchema = z.array(z.string());
/** Rows per multi-row insert: well under SQLite's bound-parameter limit. */
const insertChunk = 200;

export function createSqliteDeliveryStore(db: Kysely<Database>): DeliveryStore {
  const byKey = (key: SlotKey) =>
    db
      .selectFrom('deliveries')
      .selectAll()
      .where('subscription_id', '=', key.subscriptionId)
      .where('slot', '=', key.slot);

  return {
    // One immediate transaction: the unique row, the article choice and the reservation are
    // atomic, so two processes can never both claim a slot or both take one article.
    claimSlot(claim) {
      return db.transaction().execute(async (trx) => {
        const leaseExpiresAt = new Date(Date.parse(claim.now) + claim.leaseMs).toISOString();
        const inserted = await trx
          .insertInto('deliveries')
          .values({
            subscription_id: claim.subscriptionId,
            slot: claim.slot,
            destination: claim.destination,
            status: 'claimed',
            owner: claim.owner,
            lease_expires_at: leaseExpiresAt,
            article_ids: '[]',
            attempts: 0,
            last_error: null,
            claimed_at: claim.now,
            finished_at: null,
          })
          .onConflict((conflict) => conflict.doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return undefined;

        const { sources, storedSince, publishedSince, limit } = claim.articles;
        const ids =
          sources.length === 0
            ? []
            : (
                await trx
                  .selectFrom('articles')
                  .select('id')
                  .where((eb) =>
                    eb.or([
                      eb('source', 'in', sources),
                      eb(
                        'id',
                        'in',
                        eb
                          .selectFrom('article_origins')
                          .select('article_id')
                          .where('origin', 'in', sources),
                      ),
                    ]),
                  )
                  .where((eb) =>
                    eb.or([
                      eb('stored_at', '>=', storedSince),
                      eb('sort_at', '>=', publishedSince),
                    ]),
                  )
                  .where(
                    'id',
                    'not in',
                    trx
                      .selectFrom('destination_articles')
                      .select('article_id')
                      .where('destination', '=', claim.destination),
                  )
                  .orderBy('sort_at', 'desc')
                  .orderBy('seq', 'desc')
                  .limit(Math.max(0, Math.trunc(limit)))
                  .execute()
              ).map((row) => row.id);

        for (let start = 0; start < ids.length; start += insertChunk) {
          await trx
            .insertInto('destination_articles')
            .values(
              ids.slice(start, start + insertChunk).map((id) => ({
                destination: claim.destination,
                article_id: id,
                subscription_id: claim.subscriptionId,
                slot: claim.slot,
              })),
            )
            .onConflict((conflict) => conflict.doNothing())
            .execute();
        }
        await trx
          .updateTable('deliveries')
          .set({ article_ids: JSON.stringify(ids) })
          .where('subscription_id', '=', claim.subscriptionId)
          .where('slot', '=', claim.slot)
          .execute();
        const row = await trx
          .selectFrom('deliveries')
          .selectAll()
          .where('subscription_id', '=', claim.subscriptionId)
          .where('slot', '=', claim.slot)
          .executeTakeFirstOrThrow();
        return fromRow(row);
      });
    },

    async takeOverSlot(key, owner, now, leaseMs) {
      const leaseExpiresAt = new Date(Date.parse(now) + leaseMs).toISOString();
      const result = await db
        .updateTable('deliveries')
        .set({ owner, lease_expires_at: leaseExpiresAt })
        .where('subscription_id', '=', key.subscriptionId)
        .where('slot', '=', key.slot)
        .where('status', '=', 'claimed')
        .where('lease_expires_at', '<=', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      const row = await byKey(key).executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async listExpiredClaims(now, limit) {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('status', '=', 'claimed')
        .where('lease_expires_at', '<=', now)
        .orderBy('lease_expires_at')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },

    async renewLease(key, owner, leaseExpiresAt) {
      const result = await db
        .updateTable('deliveries')
        .set({ lease_expires_at: leaseExpiresAt })
        .where('subscription_id', '=', key.subscriptionId)
        .where('slot', '=', key.slot)
        .where('status', '=', 'claimed')
        .where('owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async recordAttempt(key, owner, error) {
      await db
        .updateTable('deliveries')
        .set({ attempts: sql<number>`attempts + 1`, last_error: error.slice(0, 500) })
        .where('subscription_id', '=', key.subscriptionId)
        .where('slot', '=', key.slot)
        .where('owner', '=', owner)
        .execute();
    },

    async completeSlot(key, owner, now) {
      const result = await db
        .updateTable('deliveries')
        .set({ status: 'delivered', finished_at: now })
        .where('subscription_id', '=', key.subscriptionId)
        .where('slot', '=', key.slot)
        .where('status', '=', 'claimed')
        .where('owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    failSlot(key, owner, now, error) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('deliveries')
          .set({ status: 'failed', finished_at: now, last_error: error.slice(0, 500) })
          .where('subscription_id', '=', key.subscriptionId)
          .where('slot', '=', key.slot)
          .where('status', '=', 'claimed')
          .where('owner', '=', owner)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        // Released articles go out with the next slot instead of being lost.
        await trx
          .deleteFrom('destination_articles')
          .where('subscription_id', '=', key.subscriptionId)
          .where('slot', '=', key.slot)
          .execute();
        return true;
      });
    },

    async getDelivery(key) {
      const row = await byKey(key).executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async latestDelivery(subscriptionId) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .orderBy('slot', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async latestSlots(subscriptionIds) {
      const latest = new Map<string, string>();
      for (let start = 0; start < subscriptionIds.length; start += insertChunk) {
        const rows = await db
          .selectFrom('deliveries')
          .select(['subscription_id', (eb) => eb.fn.max('slot').as('slot')])
          .where('subscription_id', 'in', subscriptionIds.slice(start, start + insertChunk))
          .groupBy('subscription_id')
          .execute();
        for (const row of rows) latest.set(row.subscription_id, row.slot);
      }
      return latest;
    },

    async listDeliveries(filter = {}) {
      let query = db.selectFrom('deliveries').selectAll();
      if (filter.subscriptionId !== undefined) {
        query = query.where('subscription_id', '=', filter.subscriptionId);
      }
      const rows = await query
        .orderBy('slot', 'desc')
        .orderBy('subscription_id')
        .limit(filter.limit ?? 100)
        .execute();
      return rows.map(fromRow);
    },

    async claimNotice(key, now) {
      const result = await db
        .insertInto('notices')
        .values({ key, created_at: now })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    async rememberFirstSeen(key, now) {
      await db
        .insertInto('notices')
        .values({ key, created_at: now })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      const row = await db
        .selectFrom('notices')
        .select('created_at')
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return row.created_at;
    },
  };
}

function fromRow(row: DeliveryRow): DeliveryRecord {
  const status: DeliveryStatus = statusSchema.parse(row.status);
  return {
    subscriptionId: row.subscription_id,
    slot: row.slot,
    status,
    articleIds: articleIdsSchema.parse(JSON.parse(row.article_ids)),
    destination: row.destination,
    owner: row.owner,
    leaseExpiresAt: row.lease_expires_at,
    attempts: row.attempts,
    ...(row.last_error !== null && { lastError: row.last_error }),
    claimedAt: row.claimed_at,
    ...(row.finished_at !== null && { finishedAt: row.finished_at }),
  };
}
