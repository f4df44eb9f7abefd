import type {
  Article,
  Platform,
  Subscription,
  SubscriptionOptions,
  SubscriptionStatus,
} from '../model.js';

/**
 * The Store port. One interface per concern, joined into `Store`; the SQLite implementation
 * (createSqliteStore) is the default, a Postgres one can implement the same interface.
 * Every method is async so that a networked database fits behind it.
 */

export interface ArticleFilter {
  /** Only articles from these sources (Article.source or the URL/path they were ingested from). */
  sources?: string[];
  /** ISO timestamp: only articles published (or stored) at or after it. */
  since?: string;
  ids?: string[];
  limit?: number;
}

export interface SaveArticlesResult {
  /** Articles newly stored, with their final ids. */
  inserted: Article[];
  /** Inputs that were already stored (same canonical URL or same content fingerprint). */
  duplicates: number;
}

export interface ArticleHit {
  article: Article;
  /** Higher is better (e.g. negated BM25). */
  score: number;
}

export interface ArticleStore {
  saveArticles(articles: Article[], origin?: string): Promise<SaveArticlesResult>;
  getArticle(id: string): Promise<Article | undefined>;
  /** Newest first. */
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  /** Full-text search over titles and texts. */
  searchArticles(
    query: string,
    options?: { limit?: number; since?: string },
  ): Promise<ArticleHit[]>;
}

export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  consecutiveFailures: number;
  lastError?: string;
  pausedAt?: string;
}

export interface FeedStateStore {
  getFeedState(url: string): Promise<FeedState | undefined>;
  saveFeedState(state: FeedState): Promise<void>;
  listFeedStates(): Promise<FeedState[]>;
}

/** The tenant boundary: a subscription is only ever visible inside its own workspace. */
export interface WorkspaceScope {
  platform: Platform;
  workspaceId: string;
}

export interface NewSubscription {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  sources: string[];
  schedule: string;
  timezone: string;
  options: SubscriptionOptions;
  createdBy: string;
}

export interface SubscriptionStore {
  createSubscription(input: NewSubscription): Promise<Subscription>;
  getSubscription(scope: WorkspaceScope, id: string): Promise<Subscription | undefined>;
  listSubscriptions(scope: WorkspaceScope & { channelId?: string }): Promise<Subscription[]>;
  /** Returns false when no subscription with that id exists in that workspace. */
  deleteSubscription(scope: WorkspaceScope, id: string): Promise<boolean>;
  /** Every subscription of every workspace: for the scheduler only. */
  listAllSubscriptions(): Promise<Subscription[]>;
  setSubscriptionStatus(id: string, status: SubscriptionStatus, reason?: string): Promise<void>;
}

export interface Store extends ArticleStore, FeedStateStore, SubscriptionStore {
  close(): Promise<void>;
}
