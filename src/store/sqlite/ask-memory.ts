import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AskMemoryStore } from '../store.js';

export function createSqliteAskMemoryStore(db: Kysely<Database>): AskMemoryStore {
  return {
    async getLastAsked(userKey, topic) {
      const row = await db
        .selectFrom('ask_memory')
        .select('asked_at')
        .where('user_key', '=', userKey)
        .where('topic', '=', topic)
        .executeTakeFirst();
      return row?.asked_at;
    },

    async rememberAsked(userKey, topic, askedAt) {
      await db
        .insertInto('ask_memory')
        .values({ user_key: userKey, topic, asked_at: askedAt })
        .onConflict((conflict) =>
          conflict.columns(['user_key', 'topic']).doUpdateSet({ asked_at: askedAt }),
        )
        .execute();
    },
  };
}
