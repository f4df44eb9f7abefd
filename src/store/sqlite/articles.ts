import { sql, type Kysely, type Selectable } from 'kysely';
import { InvalidInputError } from '../../errors.js';
import type { Article } from '../../model.js';
import type { Clock } from '../../schedule/clock.js';
import { articleIdFor, contentFingerprint } from '../article-id.js';
import { canonicalizeUrl } from '../canonical-url.js';
import { ftsMatchExpression } from '../fts-query.js';
import type { ArticleTables, Database } from '../schema.js';
import type { ArticleFilter, ArticleHit, ArticleStore, SaveArticlesResult } from '../store.js';

type ArticleRow = Selectable<ArticleTables['articles']>;

/** Title matches weigh more than body matches in the BM25 ranking. */
const titleWeight = 2;
const textWeight = 1;

export function createSqliteArticleStore(
  db: Kysely<Database>,
  { clock }: { clock: Clock },
): ArticleStore {
  return {
    async saveArticles(articles, origin) {
      const storedAt = clock.now().toISOString();
      const rows = articles.map((article) => toRow(article, storedAt));
      return db.transaction().execute(async (trx): Promise<SaveArticlesResult> => {
        const inserted: Article[] = [];
        let duplicates = 0;
        for (const row of rows) {
          const result = await trx
            .insertInto('articles')
            .values(row)
            .onConflict((conflict) => conflict.doNothing())
            .executeTakeFirst();
          let articleId = row.id;
          if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) {
            inserted.push(fromRow(row));
          } else {
            duplicates += 1;
            articleId = (await findExistingId(trx, row)) ?? row.id;
          }
          if (origin !== undefined) {
            await trx
              .insertInto('article_origins')
              .values({ article_id: articleId, origin })
              .onConflict((conflict) => conflict.doNothing())
              .execute();
          }
        }
        return { inserted, duplicates };
      });
    },

    async getArticle(id) {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async listArticles(filter: ArticleFilter = {}) {
      let query = db.selectFrom('articles').selectAll();
      const { sources, ids } = filter;
      if (sources !== undefined) {
        if (sources.length === 0) return [];
        query = query.where((eb) =>
          eb.or([
            eb('source', 'in', sources),
            eb(
              'id',
              'in',
              eb.selectFrom('article_origins').select('article_id').where('origin', 'in', sources),
            ),
          ]),
        );
      }
      if (ids !== undefined) {
        if (ids.length === 0) return [];
        query = query.where('id', 'in', ids);
      }
      if (filter.since !== undefined) query = query.where('sort_at', '>=', isoTime(filter.since));
      if (filter.limit !== undefined) query = query.limit(Math.max(0, Math.trunc(filter.limit)));
      const rows = await query.orderBy('sort_at', 'desc').orderBy('seq', 'desc').execute();
      return rows.map(fromRow);
    },

    async searchArticles(query, options = {}) {
      const match = ftsMatchExpression(query, options.mode ?? 'any');
      if (match === undefined) return [];
      const limit = Math.max(1, Math.trunc(options.limit ?? 10));
      const since = options.since === undefined ? undefined : isoTime(options.since);
      const result = await sql<ArticleRow & { rank: number }>`
        select a.*, bm25(articles_fts, ${sql.lit(titleWeight)}, ${sql.lit(textWeight)}) as rank
        from articles_fts join articles a on a.seq = articles_fts.rowid
        where articles_fts match ${match}
        ${since === undefined ? sql`` : sql`and a.sort_at >= ${since}`}
        order by rank limit ${limit}`.execute(db);
      // FTS5's bm25() is lower-is-better (negative); the port promises higher-is-better.
      return result.rows.map((row): ArticleHit => ({ article: fromRow(row), score: -row.rank }));
    },

    async countMatches(queries) {
      const total = await sql<{ n: number }>`select count(*) as n from articles`.execute(db);
      const matches: number[] = [];
      for (const query of queries) {
        const match = ftsMatchExpression(query, 'any');
        const counted =
          match === undefined
            ? undefined
            : await sql<{ n: number }>`
                select count(*) as n from articles_fts where articles_fts match ${match}`.execute(
                db,
              );
        matches.push(Number(counted?.rows[0]?.n ?? 0));
      }
      return { documents: Number(total.rows[0]?.n ?? 0), matches };
    },
  };
}

function toRow(article: Article, storedAt: string): Omit<ArticleRow, 'seq'> {
  if (typeof article.text !== 'string' || typeof article.title !== 'string') {
    throw new InvalidInputError('An article needs a title and a text.');
  }
  const canonical = article.url === undefined ? undefined : canonicalizeUrl(article.url);
  const publishedAt =
    article.publishedAt === undefined ? undefined : validTime(article.publishedAt);
  const id =
    typeof article.id === 'string' && article.id.trim() !== '' ? article.id : articleIdFor(article);
  return {
    id,
    url: article.url ?? null,
    canonical_url: canonical ?? null,
    fingerprint: contentFingerprint(article.text) ?? null,
    source: article.source,
    title: article.title,
    author: article.author ?? null,
    published_at: publishedAt ?? null,
    stored_at: storedAt,
    sort_at: publishedAt ?? storedAt,
    text: article.text,
  };
}

function fromRow(row: Omit<ArticleRow, 'seq'>): Article {
  return {
    id: row.id,
    ...(row.url !== null && { url: row.url }),
    source: row.source,
    title: row.title,
    ...(row.published_at !== null && { publishedAt: row.published_at }),
    ...(row.author !== null && { author: row.author }),
    text: row.text,
  };
}

async function findExistingId(
  db: Kysely<Database>,
  row: Omit<ArticleRow, 'seq'>,
): Promise<string | undefined> {
  const existing = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', row.id),
        ...(row.canonical_url === null ? [] : [eb('canonical_url', '=', row.canonical_url)]),
        ...(row.fingerprint === null ? [] : [eb('fingerprint', '=', row.fingerprint)]),
      ]),
    )
    .executeTakeFirst();
  return existing?.id;
}

/** Normalises to `toISOString()` form so that string order is time order; undefined if invalid. */
function validTime(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function isoTime(value: string): string {
  const time = validTime(value);
  if (time === undefined) throw new InvalidInputError(`"${value}" is not a date and time.`);
  return time;
}
