import type {
  Article,
  Delivery,
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
  /**
   * Full-text search over titles and texts, ranked by BM25. Any user text is safe: it is reduced
   * to word terms. `mode: 'any'` (default) matches articles with any term, `'all'` every term.
   */
  searchArticles(
    query: string,
    options?: { limit?: number; since?: string; mode?: 'any' | 'all' },
  ): Promise<ArticleHit[]>;
  /**
   * How many stored articles match each query (any of its words, read as `searchArticles`
   * reads them), and how many are stored: the document frequencies that weigh a query's terms.
   */
  countMatches(queries: readonly string[]): Promise<{ documents: number; matches: number[] }>;
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

/** A bot installed into one workspace through OAuth (Slack's "Add to Slack"). */
export interface NewInstallation {
  platform: Platform;
  /** The team id, or the enterprise id of an org-wide install. */
  workspaceId: string;
  enterpriseId?: string;
  /** A secret: never log it. */
  botToken: string;
  botUserId?: string;
  botId?: string;
  installedBy?: string;
  /** The platform's full installation record (JSON-serialisable), read back by its SDK. */
  data?: unknown;
}

export interface StoredInstallation extends NewInstallation {
  installedAt: string;
}

/** Installations per workspace; a reinstall replaces the previous one. */
export interface InstallationStore {
  saveInstallation(input: NewInstallation): Promise<void>;
  getInstallation(scope: WorkspaceScope): Promise<StoredInstallation | undefined>;
  /** Returns false when there was none. */
  deleteInstallation(scope: WorkspaceScope): Promise<boolean>;
}

/**
 * Scheduled-digest slots. A slot (subscriptionId, slot time) is claimed through a unique row
 * before anything is posted, so it is delivered at most once across restarts and processes;
 * the articles of a slot are reserved for its destination at claim time, so a recovered run
 * posts the same content and no destination ever gets an article twice.
 */
export interface DeliveryStore {
  /** Inserts the slot and reserves its articles; undefined when the slot exists already. */
  claimSlot(claim: SlotClaim): Promise<DeliveryRecord | undefined>;
  /** Takes over a claim whose lease expired (its process died); undefined if not expired. */
  takeOverSlot(
    key: SlotKey,
    owner: string,
    now: string,
    leaseMs: number,
  ): Promise<DeliveryRecord | undefined>;
  /** Claims still `claimed` whose lease expired at `now`, oldest first. */
  listExpiredClaims(now: string, limit: number): Promise<DeliveryRecord[]>;
  /** Extends the lease; false when another owner took the slot over meanwhile. */
  renewLease(key: SlotKey, owner: string, leaseExpiresAt: string): Promise<boolean>;
  recordAttempt(key: SlotKey, owner: string, error: string): Promise<void>;
  /** Marks the slot delivered; false when this owner no longer holds it. */
  completeSlot(key: SlotKey, owner: string, now: string): Promise<boolean>;
  /** Marks the slot failed and releases its articles for the next slot. */
  failSlot(key: SlotKey, owner: string, now: string, error: string): Promise<boolean>;
  getDelivery(key: SlotKey): Promise<DeliveryRecord | undefined>;
  /** The newest slot of a subscription, whatever its status. */
  latestDelivery(subscriptionId: string): Promise<DeliveryRecord | undefined>;
  /** The newest slot of each of these subscriptions that has one (one query for many). */
  latestSlots(subscriptionIds: string[]): Promise<Map<string, string>>;
  listDeliveries(filter?: { subscriptionId?: string; limit?: number }): Promise<DeliveryRecord[]>;
  /** Records a one-time notice; false when it was recorded before (by any process). */
  claimNotice(key: string, now: string): Promise<boolean>;
  /** The time `key` was first remembered (by any process); records `now` the first time. */
  rememberFirstSeen(key: string, now: string): Promise<string>;
}

export interface SlotKey {
  subscriptionId: string;
  /** ISO timestamp of the scheduled time. */
  slot: string;
}

export interface SlotClaim extends SlotKey {
  /** "platform:workspace:channel": articles are never delivered twice to one destination. */
  destination: string;
  owner: string;
  now: string;
  leaseMs: number;
  /** Which stored articles the slot takes (those not yet reserved for the destination). */
  articles: {
    /** Article.source names or ingest origins (feed URLs, folders). */
    sources: string[];
    /** Articles stored at or after this (arrived since the subscription began)... */
    storedSince: string;
    /** ...or published at or after this (the first digest's look-back). */
    publishedSince: string;
    limit: number;
  };
}

export interface DeliveryRecord extends Delivery {
  destination: string;
  owner: string;
  leaseExpiresAt: string;
  attempts: number;
  lastError?: string;
  claimedAt: string;
  finishedAt?: string;
}

/** What each user last asked about, so "what's new on X" means new since they last asked. */
export interface AskMemoryStore {
  /** ISO time this user last asked about this topic, if ever. */
  getLastAsked(userKey: string, topic: string): Promise<string | undefined>;
  rememberAsked(userKey: string, topic: string, askedAt: string): Promise<void>;
}

export interface Store
  extends
    ArticleStore,
    FeedStateStore,
    SubscriptionStore,
    InstallationStore,
    DeliveryStore,
    AskMemoryStore {
  close(): Promise<void>;
}
