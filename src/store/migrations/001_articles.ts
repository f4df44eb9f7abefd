import { sql, type Kysely } from 'kysely';

/** Articles, where they came from, and the FTS5 index over their titles and texts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('id', 'text', (column) => column.notNull().unique())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text', (column) => column.unique())
    .addColumn('fingerprint', 'text', (column) => column.unique())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('author', 'text')
    .addColumn('published_at', 'text')
    .addColumn('stored_at', 'text', (column) => column.notNull())
    .addColumn('sort_at', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('articles_sort_at').on('articles').column('sort_at').execute();
  await db.schema.createIndex('articles_source').on('articles').column('source').execute();

  await db.schema
    .createTable('article_origins')
    .addColumn('article_id', 'text', (column) =>
      column.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('origin', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('article_origins_pk', ['article_id', 'origin'])
    .execute();
  await db.schema
    .createIndex('article_origins_origin')
    .on('article_origins')
    .column('origin')
    .execute();

  // External-content FTS5 table kept in step by triggers; porter stemming so that "says"
  // finds "said"-free texts with "say", and diacritics folded for names.
  await sql`create virtual table articles_fts using fts5(
    title, text, content='articles', content_rowid='seq',
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
  end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, text)
      values ('delete', old.seq, old.title, old.text);
  end`.execute(db);
  await sql`create trigger articles_fts_update after update of title, text on articles begin
    insert into articles_fts(articles_fts, rowid, title, text)
      values ('delete', old.seq, old.title, old.text);
    insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
  end`.execute(db);
}
