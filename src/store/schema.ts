import type { Generated } from 'kysely';

/**
 * The database schema as kysely sees it. Each concern declares its own tables; `Database` is
 * their intersection, so a new concern adds its interface here and its migration in
 * ./migrations. Column names are snake_case; timestamps are ISO 8601 strings (UTC, `Z`), so
 * that string order is time order in SQLite and Postgres alike.
 */

export interface ArticleTables {
  articles: {
    /** Insertion order; also the FTS5 rowid (an explicit key survives VACUUM). */
    seq: Generated<number>;
    id: string;
    url: string | null;
    canonical_url: string | null;
    fingerprint: string | null;
    source: string;
    title: string;
    author: string | null;
    published_at: string | null;
    stored_at: string;
    /** published_at, else stored_at: what "newest first" and `since` compare. */
    sort_at: string;
    text: string;
  };
  /** Every source spec (feed URL, folder...) an article was ingested from. */
  article_origins: {
    article_id: string;
    origin: string;
  };
}

export interface FeedStateTables {
  feed_states: {
    url: string;
    etag: string | null;
    last_modified: string | null;
    last_success_at: string | null;
    last_attempt_at: string | null;
    consecutive_failures: number;
    last_error: string | null;
    paused_at: string | null;
  };
}

export interface SubscriptionTables {
  subscriptions: {
    id: string;
    platform: string;
    workspace_id: string;
    channel_id: string;
    /** JSON array of strings. */
    sources: string;
    schedule: string;
    timezone: string;
    /** JSON object, validated on read. */
    options: string;
    created_by: string;
    created_at: string;
    status: string;
    status_reason: string | null;
  };
}

export interface InstallationTables {
  installations: {
    platform: string;
    workspace_id: string;
    enterprise_id: string | null;
    bot_token: string;
    bot_user_id: string | null;
    bot_id: string | null;
    installed_by: string | null;
    /** JSON: the platform's full installation record. */
    data: string;
    installed_at: string;
  };
}

export interface DeliveryTables {
  /** One row per scheduled slot: the unique key is what makes a slot deliver at most once. */
  deliveries: {
    subscription_id: string;
    slot: string;
    destination: string;
    /** claimed | delivered | failed */
    status: string;
    owner: string;
    lease_expires_at: string;
    /** JSON array of the article ids reserved at claim time. */
    article_ids: string;
    attempts: number;
    last_error: string | null;
    claimed_at: string;
    finished_at: string | null;
  };
  /** Articles reserved for (then delivered to) a destination: never posted there twice. */
  destination_articles: {
    destination: string;
    article_id: string;
    subscription_id: string;
    slot: string;
  };
  /** One-time notices ("feed paused") recorded once across processes. */
  notices: {
    key: string;
    created_at: string;
  };
}

export interface AskMemoryTables {
  ask_memory: {
    user_key: string;
    /** The normalised topic of a "what's new on X" question. */
    topic: string;
    asked_at: string;
  };
}

export type Database = ArticleTables &
  FeedStateTables &
  SubscriptionTables &
  InstallationTables &
  DeliveryTables &
  AskMemoryTables;
