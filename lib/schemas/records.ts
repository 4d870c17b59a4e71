/**
 * zod schemas of the stored rows (lib/db/types.ts, DESIGN.md §3), for what enters the database from
 * outside the ingest path: an imported export file. A row that passes is one the UI and the engines
 * can read (an alert card needs its message, the classifier a review's title and body). Built from the
 * snapshot schemas the rows were made from; fields the code treats as optional stay optional.
 */
import { z } from 'zod';
import { alertSchema } from './alert';
import {
  currencySchema,
  listingSnapshotSchema,
  marketSchema,
  moneySchema,
  offerSnapshotSchema,
  pageTypeSchema,
  reviewSnapshotSchema,
} from './snapshot';

const isoDateTime = z.iso.datetime({ offset: true });
const money = moneySchema.nullable();
/** An auto-increment key (price points, offers, alerts): absent means "number it on import". */
const autoId = z.number().int().nonnegative().optional();

export const listingRecordSchema = listingSnapshotSchema
  .pick({
    productKey: true,
    title: true,
    url: true,
    rating: true,
    ratingCount: true,
    brand: true,
    gtin: true,
    status: true,
    quantity: true,
  })
  .extend({
    id: z.string().min(1),
    market: marketSchema,
    skus: z.array(z.string()),
    currency: currencySchema.optional(),
    own: z.boolean(),
    price: money,
    ownShipping: money.optional(),
    priceUnreadable: z.boolean().optional(),
    featuredSeller: z.string().optional(),
    firstSeen: isoDateTime,
    lastSeen: isoDateTime,
    priceSeenAt: isoDateTime.optional(),
  });

export const pricePointRecordSchema = z.object({
  id: autoId,
  listingId: z.string().min(1),
  at: isoDateTime,
  ownPrice: money,
  featuredPrice: money,
  featuredSeller: z.string().nullable(),
  featuredSellerId: z.string().optional(),
  featuredOwnByPage: z.boolean().optional(),
  featuredCondition: z.string().optional(),
  lowestCompetitorPrice: money,
  lowestCompetitorSeller: z.string().nullable(),
  offerCount: z.number().int().nonnegative().nullable(),
  source: pageTypeSchema,
  captureId: z.string(),
});

export const offerRecordSchema = offerSnapshotSchema
  .pick({
    sellerName: true,
    sellerId: true,
    price: true,
    shipping: true,
    landedPrice: true,
    isFeatured: true,
    fulfillment: true,
    condition: true,
  })
  .extend({
    id: autoId,
    listingId: z.string().min(1),
    at: isoDateTime,
    captureId: z.string(),
    isOwn: z.boolean(),
  });

const polaritySchema = z.enum(['positive', 'neutral', 'negative']);

export const reviewRecordSchema = reviewSnapshotSchema.omit({ id: true }).extend({
  id: z.string().min(1),
  market: marketSchema,
  reviewId: z.string().min(1),
  listingId: z.string().min(1),
  firstSeen: isoDateTime,
  revisedAt: isoDateTime.optional(),
  revisions: z
    .array(
      reviewSnapshotSchema
        .pick({ rating: true, title: true, body: true, date: true, dateText: true })
        .extend({ replacedAt: isoDateTime }),
    )
    .optional(),
  lang: z.string().optional(),
  label: z.enum(['positive', 'neutral', 'negative', 'unknown']).optional(),
  score: z.number().min(-1).max(1).optional(),
  aspects: z
    .array(
      z.object({
        aspect: z.string(),
        polarity: polaritySchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    )
    .optional(),
  modelVersion: z.string().optional(),
});

const countSchema = z.number().int().nonnegative();

export const captureRecordSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  market: marketSchema,
  pageType: pageTypeSchema,
  parserId: z.string().min(1),
  parserVersion: z.number().int().positive(),
  at: isoDateTime,
  receivedAt: isoDateTime,
  status: z.enum(['ok', 'empty', 'failed', 'blocked']),
  counts: z.object({ listings: countSchema, offers: countSchema, reviews: countSchema }),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  followedUpAt: isoDateTime.optional(),
});

/** One schema per table, keyed by the table's name in the database and in an export file. */
export const recordSchemas = {
  listings: listingRecordSchema,
  pricePoints: pricePointRecordSchema,
  offers: offerRecordSchema,
  reviews: reviewRecordSchema,
  alerts: alertSchema,
  captures: captureRecordSchema,
};

export type TableName = keyof typeof recordSchemas;
// data-transfer.ts stores the parsed rows without casts, so the type checker holds each schema to
// its row type in lib/db/types.ts.
