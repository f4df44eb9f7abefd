import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { NewsdigestError } from '../../errors.js';
import type { Clock } from '../../schedule/clock.js';
import { migrateToLatest } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { ImmediateSqliteDialect } from './dialect.js';
import { createSqliteStore } from './index.js';

export interface OpenSqliteOptions {
  clock?: Clock;
  /** How long a writer waits for another process's lock before failing (ms). */
  busyTimeoutMs?: number;
}

export class StoreUnavailableError extends NewsdigestError {
  constructor(file: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', `Cannot open the database ${file}.`, {
      ...options,
      detail: `cannot open ${file}: ${options?.cause instanceof Error ? options.cause.message : ''}`,
    });
  }
}

/**
 * Opens (creating it and its folder if needed) the SQLite file and brings it to the latest
 * schema. WAL mode and a busy timeout let several processes (bot, scheduler, CLI) share it.
 * `:memory:` gives a private in-memory database.
 */
export async function openSqliteStore(
  file: string,
  options: OpenSqliteOptions = {},
): Promise<Store> {
  const db = openSqliteKysely(file, options);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqliteStore(db, options.clock === undefined ? {} : { clock: options.clock });
}

/** The kysely handle alone (migrations not applied): for tests of the migrations themselves. */
export function openSqliteKysely(file: string, options: OpenSqliteOptions = {}): Kysely<Database> {
  let database: BetterSqlite3.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    database = new BetterSqlite3(file);
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 10_000))}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    throw new StoreUnavailableError(file, { cause: error });
  }
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
}
