/**
 * The snapshot contract (DESIGN.md §4): what a content script (or the CLI) extracts from one page.
 * Validated in the content script before sending and again in the background on receipt.
 */
import { z } from 'zod';

export const MARKETS = [
  'amazon',
  'ebay',
  'etsy',
  'walmart',
  'shopee',
  'mercadolibre',
  'taobao',
  'jd',
  'pinduoduo',
] as const;
export const marketSchema = z.enum(MARKETS);
export type Market = z.infer<typeof marketSchema>;

export const PAGE_TYPES = [
  'product', // a public product page (/dp/ASIN, /itm/ID ...)
  'offers', // the list of all offers for one product (Amazon AOD, legacy offer-listing)
  'reviews', // a public review page
  'inventory', // the seller's own listings in the back office
  'pricing', // back-office pricing health / pricing dashboards
  'back-office-reviews', // reviews as the back office shows them (Brand Customer Reviews, Voice of the Customer)
  'listing-edit', // the seller's listing editor (drafts, for live compliance checks)
] as const;
export const pageTypeSchema = z.enum(PAGE_TYPES);
export type PageType = z.infer<typeof pageTypeSchema>;

/**
 * How many records a capture of this page type read, for parser health: a review page counts its
 * reviews only. Its header also names the product, but a page whose review cards stopped parsing
 * must still read as empty ("used to parse 10 reviews"), not as one listing.
 */
export function pageRecordCount(
  pageType: PageType,
  counts: { listings: number; offers: number; reviews: number },
): number {
  if (pageType === 'reviews' || pageType === 'back-office-reviews') return counts.reviews;
  return counts.listings + counts.offers + counts.reviews;
}

/** ISO 4217 alphabetic code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO-4217 currency code');

/**
 * A price. Amounts are in major units (12.99 USD) and must be finite and non-negative;
 * an unreadable price is `null` in the parent object plus a snapshot warning, never 0.
 */
export const moneySchema = z.object({
  // At most lib/money.ts MAX_AMOUNT: no price is larger, and beyond it digits lose precision.
  amount: z.number().finite().nonnegative().max(1e11),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

const shortText = z.string().max(2_000);
const longText = z.string().max(100_000);
const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z.iso.date();

export const featuredOfferSchema = z.object({
  price: moneySchema.nullable(),
  sellerName: shortText.optional(),
  sellerId: shortText.optional(),
  /**
   * What the page itself says about whose offer is featured: `true` the seller's own, `false` someone
   * else's (Pricing Health lists a listing as not the Featured Offer without naming the winner).
   */
  isOwn: z.boolean().optional(),
  /**
   * Shipping of the featured offer when the page shows it next to the price ("£4.45 + £3.99
   * delivery"); `{amount: 0}` for free delivery, absent when unknown. `price` stays the item price.
   */
  shipping: moneySchema.nullable().optional(),
  /** The featured offer's condition when the page names it ("Used - Very Good"); absent = new. */
  condition: shortText.optional(),
});
export type FeaturedOffer = z.infer<typeof featuredOfferSchema>;

export const listingSnapshotSchema = z.object({
  /** The market's product identity: ASIN, eBay item id, Etsy listing id ... */
  productKey: z.string().min(1).max(200),
  /** The seller's SKU, known on back-office pages. */
  sku: shortText.optional(),
  title: shortText.optional(),
  url: z.string().max(4_000).optional(),
  /**
   * The seller's own price on back-office pages; the displayed price on public pages. `null`: the page
   * shows a price that could not be read (with a warning). Absent: the page shows no price at all (a
   * review page names the product and its rating, not its price), so the known price stands.
   */
  price: moneySchema.nullable().optional(),
  /** True when this row comes from the seller's own back office (it is the seller's listing). */
  own: z.boolean().optional(),
  /**
   * The shipping the seller charges, when a back-office page shows it beside their price (Pricing
   * Health's "+ $4.99 shipping", already added into `price` there); `{amount: 0}` for free shipping.
   * Remembered on the listing so that an item-only price (Manage Inventory) is compared landed too.
   */
  ownShipping: moneySchema.nullable().optional(),
  featuredOffer: featuredOfferSchema.optional(),
  /** Lowest competitor landed price, when the page shows it (back-office pricing pages). */
  lowestPrice: moneySchema.nullable().optional(),
  minPrice: moneySchema.nullable().optional(),
  maxPrice: moneySchema.nullable().optional(),
  /** Reference prices shown by back offices ("Featured Offer", "Average Selling Price" ...). */
  referencePrices: z.record(z.string().max(100), moneySchema.nullable()).optional(),
  status: shortText.optional(),
  quantity: z.number().int().nonnegative().nullable().optional(),
  fulfillment: shortText.optional(),
  offerCount: z.number().int().nonnegative().nullable().optional(),
  rating: z.number().min(0).max(5).nullable().optional(),
  ratingCount: z.number().int().nonnegative().nullable().optional(),
  brand: shortText.optional(),
  gtin: z
    .string()
    .regex(/^\d{8,14}$/)
    .optional(),
});
export type ListingSnapshot = z.infer<typeof listingSnapshotSchema>;

export const offerSnapshotSchema = z.object({
  productKey: z.string().min(1).max(200),
  sellerName: shortText,
  sellerId: shortText.optional(),
  price: moneySchema.nullable(),
  /** Shipping cost; `{amount: 0}` when the page says free shipping, absent when unknown. */
  shipping: moneySchema.nullable().optional(),
  /** price + shipping when both are known. */
  landedPrice: moneySchema.nullable(),
  condition: shortText.optional(),
  fulfillment: shortText.optional(),
  isFeatured: z.boolean(),
  isOwn: z.boolean().optional(),
});
export type OfferSnapshot = z.infer<typeof offerSnapshotSchema>;

export const reviewSnapshotSchema = z.object({
  /** The market's review id. */
  id: z.string().min(1).max(200),
  productKey: z.string().min(1).max(200),
  rating: z.number().min(0).max(5).nullable(),
  title: shortText,
  body: longText,
  /** The review date as a calendar date when it could be read, else null (dateText keeps the original). */
  date: isoDate.nullable(),
  dateText: shortText,
  author: shortText.optional(),
  verified: z.boolean().optional(),
  helpfulVotes: z.number().int().nonnegative().optional(),
  /** The variant the buyer bought, as the review shows it (JD's 颜色/尺码: "曜石黑 XL"). */
  variant: shortText.optional(),
  /**
   * The product's name as a page of many products' reviews shows it beside the review (an eBay
   * Feedback entry's item title). It names a listing that has no title yet, and never renames one:
   * without it a product known only from such a page was called by its id in alerts and pickers.
   */
  productTitle: shortText.optional(),
});
export type ReviewSnapshot = z.infer<typeof reviewSnapshotSchema>;

/**
 * How much of a listing the draft carries. The editor reader clips a longer field to these (an eBay
 * description may hold 500,000 characters) and names it in `truncated`, so the rest of the listing is
 * still checked and the panel can say what was not.
 */
export const DRAFT_LIMITS = {
  text: 100_000,
  bullets: 50,
  tags: 100,
  tag: 2_000,
  brand: 200,
} as const;
export const DRAFT_FIELDS = ['title', 'bullets', 'description', 'tags'] as const;

/** A listing being edited: streamed to the side panel for live compliance checks. */
export const draftSchema = z.object({
  productKey: z.string().max(200).optional(),
  title: longText.optional(),
  bullets: z.array(longText).max(DRAFT_LIMITS.bullets).optional(),
  description: longText.optional(),
  tags: z.array(shortText).max(DRAFT_LIMITS.tags).optional(),
  /**
   * The brand the editor holds (Amazon's Brand Name, an eBay item specific, Taobao's 品牌): not checked
   * itself, but a title may contain the characters its policy bans inside it (lint input `brand`).
   */
  brand: z.string().trim().min(1).max(DRAFT_LIMITS.brand).optional(),
  /** Fields the editor holds more of than the draft carries (see DRAFT_LIMITS). */
  truncated: z.array(z.enum(DRAFT_FIELDS)).max(DRAFT_FIELDS.length).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

export const parserInfoSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
});

export const pageSnapshotSchema = z.object({
  market: marketSchema,
  pageType: pageTypeSchema,
  url: z.url().max(8_000),
  capturedAt: isoDateTime,
  parser: parserInfoSchema,
  listings: z.array(listingSnapshotSchema).max(5_000).optional(),
  offers: z.array(offerSnapshotSchema).max(5_000).optional(),
  reviews: z.array(reviewSnapshotSchema).max(5_000).optional(),
  draft: draftSchema.optional(),
  /** Things the parser could not read (an unreadable price, a missing rating ...), in plain English. */
  warnings: z.array(z.string().max(1_000)).max(500).optional(),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** Number of records a snapshot carries; a known page with 0 is a parser-health problem. */
export function snapshotRecordCount(s: PageSnapshot): number {
  return (
    (s.listings?.length ?? 0) +
    (s.offers?.length ?? 0) +
    (s.reviews?.length ?? 0) +
    (s.draft ? 1 : 0)
  );
}
