/**
 * The engine's core data types. Plain values only: every module passes these around,
 * the store persists them and the adapters render them.
 */

/** An article as the engine sees it: clean text, never HTML. */
export interface Article {
  /** Stable id: a hash of the canonical URL, else of the content. */
  id: string;
  url?: string;
  /** Human-readable source name, e.g. a feed's title or "seeds". */
  source: string;
  title: string;
  /** ISO 8601 timestamp. */
  publishedAt?: string;
  author?: string;
  text: string;
}

/** A character range in a text, as UTF-16 offsets (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

export interface SummarySentence extends Span {
  /** Verbatim from the article text: `article.text.slice(start, end) === text`. */
  text: string;
  /** Position of the sentence in the article (0-based). */
  index: number;
  score: number;
}

/** Sentences taken verbatim from the article, in article order. */
export interface Summary {
  sentences: SummarySentence[];
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  /** Display name: the fullest form the text gives ("Jeff Sessions"). */
  name: string;
  type: EntityType;
  /** Other forms that refer to the same thing ("Sessions", "Mr Sessions"). */
  aliases: string[];
  /** A role the text gives, e.g. "Attorney General". */
  role?: string;
  mentions: Span[];
  /** Higher is more central to the text; comparable within one ranking. */
  salience: number;
}

/** A sentence of a multi-article story summary, with the article it came from. */
export interface StorySentence {
  articleId: string;
  text: string;
  index: number;
  score: number;
}

export interface Story {
  id: string;
  headline: string;
  articles: Article[];
  summary: StorySentence[];
  entities: Entity[];
  /** Ranking score of the story within its digest. */
  importance: number;
}

export interface Digest {
  title: string;
  generatedAt: string;
  stories: Story[];
  topEntities: Entity[];
  /** Stories left out by the size limit ("and N more"). */
  omittedStories: number;
}

export type Platform = 'discord' | 'slack';

export interface SubscriptionOptions {
  sentences: number;
  maxStories: number;
  keywords: string[];
}

export type SubscriptionStatus = 'active' | 'paused' | 'failing';

export interface Subscription {
  id: string;
  platform: Platform;
  /** Discord guild id or Slack team id: the tenant boundary. */
  workspaceId: string;
  channelId: string;
  /** Feed URLs, page URLs or local folders. */
  sources: string[];
  /** Cron expression (node-cron syntax, 5 or 6 fields). */
  schedule: string;
  /** IANA timezone, e.g. "Europe/Berlin". */
  timezone: string;
  options: SubscriptionOptions;
  createdBy: string;
  createdAt: string;
  status: SubscriptionStatus;
  statusReason?: string;
}

export type DeliveryStatus = 'claimed' | 'delivered' | 'failed';

/** One scheduled run of a subscription; unique on (subscriptionId, slot). */
export interface Delivery {
  subscriptionId: string;
  /** ISO timestamp of the scheduled time. */
  slot: string;
  status: DeliveryStatus;
  articleIds: string[];
}
