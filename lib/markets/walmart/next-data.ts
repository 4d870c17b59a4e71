/**
 * The JSON Walmart's Next.js pages carry in `script#__NEXT_DATA__`: what the server rendered the page
 * from. Read as data, never run: the text is parsed with JSON.parse and every field the parsers use is
 * checked here (zod, field by field: a field of the wrong type reads as absent, never as a crash, and
 * nothing but the fields below leaves this module). Strings stay strings: markup in a review is text.
 *
 * Paths (public scrapers, tests/fixtures/walmart/product/SOURCE.txt):
 *   props.pageProps.initialData.data.product   usItemId, name, brand, upc, priceInfo.currentPrice
 *                                              {price, priceString, currencyUnit}, priceInfo.wasPrice,
 *                                              priceInfo.priceRange, sellerName, sellerDisplayName,
 *                                              sellerId, sellerType, averageRating, numberOfReviews,
 *                                              additionalOfferCount, availabilityStatus
 *   props.pageProps.initialData.data.reviews   averageOverallRating, roundedAverageOverallRating,
 *                                              totalReviewCount, customerReviews[] {reviewId, rating,
 *                                              reviewTitle, reviewText, reviewSubmissionTime
 *                                              ("6/5/2024"), userNickname, positiveFeedback,
 *                                              badges[] {id: "VerifiedPurchaser"}}
 */
import { z } from 'zod';
import { querySelectorFirst } from '../dom';
import { nextDataSelectors } from './selectors';

/** Larger than any real page's data (1–3 MB), small enough to parse without stalling the page. */
const MAX_JSON_CHARS = 20_000_000;
const MAX_REVIEWS = 1_000;

const text = z.string().max(200_000).nullish().catch(undefined);
const num = z.number().finite().nullish().catch(undefined);
/** Ids come as strings of word characters ("225626843", "F55CDC31AB754BB68FE0B39041159D63") or numbers. */
const id = z
  .union([
    z.string().regex(/^[\w-]{1,100}$/),
    z
      .number()
      .int()
      .nonnegative()
      .max(Number.MAX_SAFE_INTEGER)
      .transform((n) => String(n)),
  ])
  .nullish()
  .catch(undefined);

const productSchema = z.object({
  usItemId: id,
  name: text,
  brand: text,
  upc: text,
  sellerName: text,
  sellerDisplayName: text,
  sellerId: id,
  sellerType: text,
  averageRating: num,
  numberOfReviews: num,
  additionalOfferCount: num,
  availabilityStatus: text,
  /** Checked by the price reader (parse-product.ts), which says what it could not read. */
  priceInfo: z.unknown().optional(),
});
export type NextProduct = z.infer<typeof productSchema>;

const badgeSchema = z
  .object({
    id: text,
    glassBadge: z.object({ id: text, text }).nullish().catch(undefined),
  })
  .catch({ id: undefined, glassBadge: undefined });

const reviewSchema = z.object({
  reviewId: id,
  rating: num,
  reviewTitle: text,
  reviewText: text,
  reviewSubmissionTime: text,
  userNickname: text,
  positiveFeedback: num,
  badges: z.array(badgeSchema).max(50).nullish().catch(undefined),
});
export type NextReview = z.infer<typeof reviewSchema>;

const reviewsSchema = z.object({
  averageOverallRating: num,
  roundedAverageOverallRating: num,
  totalReviewCount: num,
  customerReviews: z.array(z.unknown()).nullish().catch(undefined),
});

export interface NextReviews {
  averageOverallRating?: number | null;
  roundedAverageOverallRating?: number | null;
  totalReviewCount?: number | null;
  /** Each entry checked on its own: one odd review is skipped (`null`), not the whole list. */
  customerReviews: Array<NextReview | null>;
}

export interface WalmartNextData {
  product: NextProduct | null;
  reviews: NextReviews | null;
}

export type NextDataResult =
  { ok: true; data: WalmartNextData } | { ok: false; problem: string; present: boolean };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `o.a.b.c` of a parsed JSON value, own properties only; undefined as soon as one is missing. */
function at(value: unknown, path: readonly string[]): unknown {
  let cur = value;
  for (const key of path) {
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

const DATA_PATH = ['props', 'pageProps', 'initialData', 'data'] as const;

/** The page's `__NEXT_DATA__`, read and checked; or why it could not be. */
export function readNextData(doc: Document): NextDataResult {
  const script = querySelectorFirst(doc, nextDataSelectors);
  if (!script) return { ok: false, present: false, problem: 'no __NEXT_DATA__ script on the page' };
  const raw = script.textContent ?? '';
  if (raw.length > MAX_JSON_CHARS) {
    return { ok: false, present: true, problem: '__NEXT_DATA__ is too large to read' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, present: true, problem: '__NEXT_DATA__ is not valid JSON' };
  }
  const data = at(json, DATA_PATH);
  if (!isObject(data)) {
    return {
      ok: false,
      present: true,
      problem: '__NEXT_DATA__ has no props.pageProps.initialData.data',
    };
  }
  const product = productSchema.safeParse(data['product']);
  const reviews = reviewsSchema.safeParse(data['reviews']);
  return {
    ok: true,
    data: {
      product: product.success ? product.data : null,
      reviews: reviews.success
        ? {
            averageOverallRating: reviews.data.averageOverallRating,
            roundedAverageOverallRating: reviews.data.roundedAverageOverallRating,
            totalReviewCount: reviews.data.totalReviewCount,
            customerReviews: (reviews.data.customerReviews ?? []).slice(0, MAX_REVIEWS).map((r) => {
              const checked = reviewSchema.safeParse(r);
              return checked.success ? checked.data : null;
            }),
          }
        : null,
    },
  };
}

export { isObject };
