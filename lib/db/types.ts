/**
 * Rows of the Dexie database (DESIGN.md §3). These are also the input of the alert engines, so the
 * extension (Chromium IndexedDB) and the CLI replay (fake-indexeddb in memory) run identical code.
 */
import type { Alert } from '../schemas/alert';
import type { Market, Money, PageType } from '../schemas/snapshot';

/** One product the seller sells or watches. id = `market:productKey`. */
export interface ListingRecord {
  id: string;
  market: Market;
  productKey: string;
  /** The seller's SKUs for this product (back-office pages). */
  skus: string[];
  title?: string;
  url?: string;
  currency?: string;
  /** Seen in the seller's own back office, or the featured offer is the seller's own. */
  own: boolean;
  /** Latest known own price (back office) or displayed price (public page). */
  price: Money | null;
  /**
   * The shipping the seller charges, as a back office last showed it (Pricing Health): added to an
   * item-only own price (Manage Inventory) so that own prices are landed on every page.
   */
  ownShipping?: Money | null;
  /** The last page that showed this product's price could not read it (null price + warning). */
  priceUnreadable?: boolean;
  featuredSeller?: string;
  rating?: number | null;
  ratingCount?: number | null;
  brand?: string;
  gtin?: string;
  status?: string;
  quantity?: number | null;
  firstSeen: string;
  /** The last capture that saw this product at all (a review page names it too). */
  lastSeen: string;
  /**
   * The last capture that observed its prices, changed or not: what the price engine counts as a
   * confirming capture. A review page, which shows no price, leaves it alone. Absent on rows stored
   * before it existed (read as lastSeen).
   */
  priceSeenAt?: string;
}

/**
 * Change-only price history of one listing: a new row only when one of the values changed.
 * Fields a capture did not observe are carried forward from the previous point.
 */
export interface PricePointRecord {
  id?: number;
  listingId: string;
  at: string;
  /** The seller's own price (back office, or the featured offer when it is the seller's). */
  ownPrice: Money | null;
  /** The featured offer (buy box) price and its seller. */
  featuredPrice: Money | null;
  featuredSeller: string | null;
  /**
   * The featured seller's id when the page gave one (`featuredSeller` is the name, or the id when only
   * that was shown), so a seller named by id in settings is recognised. Absent on older rows.
   */
  featuredSellerId?: string;
  /**
   * What the page itself said about the featured offer: `true` the seller's own, `false` someone
   * else's (a Pricing Health row that is not the Featured Offer). Absent when the page did not say.
   */
  featuredOwnByPage?: boolean;
  /** The featured offer's condition as the page named it ("Used - Very Good"); absent = new. */
  featuredCondition?: string;
  /** Lowest landed price among the competitors' offers seen (own offers excluded). */
  lowestCompetitorPrice: Money | null;
  lowestCompetitorSeller: string | null;
  offerCount: number | null;
  /** The page type whose capture produced this point. */
  source: PageType;
  captureId: string;
}

/** One offer as seen on one capture of an offer list. */
export interface OfferRecord {
  id?: number;
  listingId: string;
  at: string;
  captureId: string;
  sellerName: string;
  sellerId?: string;
  price: Money | null;
  shipping?: Money | null;
  landedPrice: Money | null;
  isFeatured: boolean;
  isOwn: boolean;
  fulfillment?: string;
  condition?: string;
}

export interface AspectFinding {
  aspect: string;
  polarity: 'positive' | 'neutral' | 'negative';
  start: number;
  end: number;
}

/** A review; id = `market:reviewId`. The body is never indexed. */
/** A version of a review that the buyer later revised. */
export interface ReviewRevision {
  rating: number | null;
  title: string;
  body: string;
  date: string | null;
  dateText: string;
  /** When the version that replaced it was first seen. */
  replacedAt: string;
}

export interface ReviewRecord {
  id: string;
  market: Market;
  reviewId: string;
  listingId: string;
  productKey: string;
  rating: number | null;
  title: string;
  body: string;
  /** YYYY-MM-DD when readable. */
  date: string | null;
  dateText: string;
  author?: string;
  verified?: boolean;
  helpfulVotes?: number;
  /** The variant the buyer bought (JD's 颜色/尺码), when the market shows it. */
  variant?: string;
  firstSeen: string;
  /** When this version of a review the buyer revised was first seen (lib/db/review-revision.ts). */
  revisedAt?: string;
  /** The versions it replaced, oldest first: the original and the latest ones. */
  revisions?: ReviewRevision[];
  /** Filled by the sentiment classifier (off the UI thread); absent until classified. */
  lang?: string;
  label?: 'positive' | 'neutral' | 'negative' | 'unknown';
  score?: number;
  aspects?: AspectFinding[];
  /** Model version that produced label/aspects, so a new model re-classifies. */
  modelVersion?: string;
}

export type CaptureStatus = 'ok' | 'empty' | 'failed' | 'blocked';

/** Every page visit parsed (or skipped). id = the idempotency key of the message. */
export interface CaptureRecord {
  id: string;
  url: string;
  market: Market;
  pageType: PageType;
  parserId: string;
  parserVersion: number;
  at: string;
  receivedAt: string;
  status: CaptureStatus;
  counts: { listings: number; offers: number; reviews: number };
  error?: string;
  warnings?: string[];
  /**
   * When the work after storing it (review labels, alerts, badge) finished. Absent while it runs, and
   * when the service worker was stopped before it finished: the content script's retry of the same
   * capture (a duplicate) then does it (lib/background/handler.ts).
   */
  followedUpAt?: string;
}

export type AlertRecord = Alert;
