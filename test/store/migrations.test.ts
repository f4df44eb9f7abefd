import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migrations } from '../../src/store/migrations/index.js';
import { openSqliteKysely, openSqliteStore } from '../../src/store/sqlite/open.js';
import { tempDbPath } from './temp-db.js';

let cleanup = (): void => undefined;
afterEach(() => cleanup());

async function appliedNames(file: string): Promise<string[]> {
  const db = openSqliteKysely(file);
  try {
    const result = await sql<{
      name: string;
    }>`select name from kysely_migration order by timestamp, name`.execute(db);
    return result.rows.map((row) => row.name);
  } finally {
    await db.destroy();
  }
}

describe('migrations', () => {
  it('lists migrations with zero-padded names in apply order', () => {
    const names = Object.keys(migrations);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{3}_[a-z_]+$/);
  });

  it('creates the folder and applies every migration in order on a new file', async () => {
    const temp = tempDbPath();
    cleanup = temp.cleanup;
    const db = openSqliteKysely(temp.file);
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    await db.destroy();
    expect(await appliedNames(temp.file)).toEqual(Object.keys(migrations));
  });

  it('re-opening an existing database applies nothing and keeps the data', async () => {
    const temp = tempDbPath();
    cleanup = temp.cleanup;
    const first = await openSqliteStore(temp.file);
    await first.saveArticles([
      { id: 'a1', source: 's', title: 'Kept', text: 'Kept across reopen.' },
    ]);
    await first.close();

    const db = openSqliteKysely(temp.file);
    expect(await migrateToLatest(db)).toEqual([]);
    await db.destroy();

    const second = await openSqliteStore(temp.file);
    expect((await second.getArticle('a1'))?.title).toBe('Kept');
    await second.close();
    expect(await appliedNames(temp.file)).toEqual(Object.keys(migrations));
  });

  it('brings an older database forward by applying only the missing migrations, in order', async () => {
    const temp = tempDbPath();
    cleanup = temp.cleanup;
    const names = Object.keys(migrations);
    const db = openSqliteKysely(temp.file);
    // Simulate a database made by an older release that only knew the first migration.
    const { Migrator } = await import('kysely');
    const old = new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve({ [names[0]!]: migrations[names[0]!]! }) },
    });
    const { error } = await old.migrateToLatest();
    expect(error).toBeUndefined();
    expect(await migrateToLatest(db)).toEqual(names.slice(1));
    await db.destroy();
    expect(await appliedNames(temp.file)).toEqual(names);
  });

  it('uses WAL journaling and enforces foreign keys', async () => {
    const temp = tempDbPath();
    cleanup = temp.cleanup;
    const store = await openSqliteStore(temp.file);
    await store.close();
    const db = openSqliteKysely(temp.file);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    await expect(
      sql`insert into article_origins (article_id, origin) values ('missing', 'x')`.execute(db),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.destroy();
  });
});
