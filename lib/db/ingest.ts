/**
 * Ingest of one validated PageSnapshot: one read-write transaction over every table, so a service
 * worker killed mid-write leaves nothing half-written (the transaction aborts, no acknowledgement is
 * sent, and the content script retries with the same idempotency key).
 */
import { table } from '../lookup';
import { addMoney } from '../money';
import {
  pageRecordCount,
  type FeaturedOffer,
  type PageSnapshot,
  type Money,
  type OfferSnapshot,
  type ListingSnapshot,
} from '../schemas/snapshot';
import type { Settings } from '../schemas/settings';
import type { SellerRadarDB } from './database';
import { reviewChange } from './review-revision';
import type {
  CaptureRecord,
  CaptureStatus,
  ListingRecord,
  OfferRecord,
  PricePointRecord,
  ReviewRecord,
} from './types';

export interface IngestResult {
  status: 'stored' | 'duplicate';
  captureId: string;
  captureStatus: CaptureStatus;
  /** The capture row written by this ingest (absent for a duplicate). */
  capture?: CaptureRecord;
  listingIds: string[];
  pricePointsAdded: number;
  offersAdded: number;
  /** Reviews to classify and judge: new to the database, or shown more fully than stored. */
  newReviewIds: string[];
  /** Reviews the buyer revised since they were stored (lib/db/review-revision.ts). */
  revisedReviewIds: string[];
}

/**
 * Amazon marketplace ids (the `mons_sel_mkid` parameter Seller Central's marketplace switcher puts in
 * the URL) by storefront, for the back offices that serve several storefronts on one host.
 */
const MARKETPLACE_TLD: Readonly<Record<string, string>> = table({
  ATVPDKIKX0DER: 'com',
  A2EUQ1WTGCTBG2: 'ca',
  A1AM78C64UM0Y8: 'com.mx',
  A2Q3Y263D00KWC: 'com.br',
  A1F83G8C2ARO7P: 'co.uk',
  A1PA6795UKMFR9: 'de',
  A13V1IB3VIYZZH: 'fr',
  APJ6JRA9NG5V4: 'it',
  A1RKKUPIHCS9HS: 'es',
  A1805IZSGTT6HS: 'nl',
  A2NODRKZP88ZB9: 'se',
  A1C3SOZRARQ6R3: 'pl',
  AMEN7PMS2RVL: 'com.be',
  A33AVAJ2PDY3EV: 'com.tr',
  A21TJRUUN4KGV: 'in',
  A1VC38T7YXB528: 'co.jp',
  A39IBJ37TRP1C6: 'com.au',
  A19VAU5U5O7RUS: 'sg',
  A2VIGQ35RCS4UG: 'ae',
  A17E79C6D8DWNP: 'sa',
});

/** The European storefronts one unified Seller Central Europe account sells on. */
const EU_STOREFRONTS: Readonly<Record<string, string>> = table({
  'co.uk': 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  'com.be': 'EUR',
  se: 'SEK',
  pl: 'PLN',
  'com.tr': 'TRY',
});

/** The listing-id suffix of the unified EU back office when the page does not say which storefront. */
export const EU_UNIFIED = '@amazon.eu';

/**
 * A market that spans several storefronts with their own prices and currencies (amazon.com, amazon.de
 * ...) keys the same product per storefront, so a USD and a EUR series never mix; the home storefront
 * keeps the plain `market:productKey`. Returns '' for the home storefront, else `@amazon.de` etc.
 * A Seller Central URL naming its marketplace (`mons_sel_mkid=A1PA6795UKMFR9`, set by the marketplace
 * switcher) is that storefront's back office; the unified EU host without one is `@amazon.eu`, which
 * ingest joins to the seller's EU storefront listings by ASIN (see joinEuropeanStorefronts).
 */
export function storefrontSuffix(market: string, url: string): string {
  if (market !== 'amazon') return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const host = parsed.hostname;
  if (host.startsWith('sellercentral')) {
    const mkid =
      parsed.searchParams.get('mons_sel_mkid') ??
      parsed.searchParams.get('marketplaceId') ??
      parsed.searchParams.get('marketplaceID');
    const tld = mkid ? MARKETPLACE_TLD[mkid] : undefined;
    if (tld) return tld === 'com' ? '' : `@amazon.${tld}`;
  }
  if (host === 'sellercentral-europe.amazon.com') return EU_UNIFIED;
  const m = /(?:^|\.)amazon\.([a-z.]+)$/.exec(host);
  if (!m || m[1] === 'com') return '';
  return `@amazon.${m[1]}`;
}

/** The EU storefront (`de`, `co.uk` ...) of a listing id, or undefined. */
function euStorefrontOf(id: string): string | undefined {
  const tld = /@amazon\.([a-z.]+)$/.exec(id)?.[1];
  return tld !== undefined && tld in EU_STOREFRONTS ? tld : undefined;
}

/**
 * Whether a row of the unified EU back office (marketplace not named) can be the seller's listing on
 * this EU storefront: same ASIN, and a price in the storefront's currency when the row shows one (a
 * EUR row is one of the euro storefronts, never amazon.co.uk).
 */
function euJoins(storefrontId: string, currency: string | undefined): boolean {
  const tld = euStorefrontOf(storefrontId);
  return tld !== undefined && (currency === undefined || EU_STOREFRONTS[tld] === currency);
}

/**
 * What the seller's own back office knows about a product (SKUs, stock, status, that it is theirs),
 * copied from a unified-EU row onto a storefront listing of the same ASIN. Prices are not copied: the
 * row does not say which storefront they are for.
 */
function joinBackOffice(target: ListingRecord, from: ListingRecord, overwrite: boolean): void {
  target.skus = [...new Set([...target.skus, ...from.skus])];
  if (from.own) target.own = true;
  if (from.quantity !== undefined && (overwrite || target.quantity === undefined))
    target.quantity = from.quantity;
  if (from.status !== undefined && (overwrite || target.status === undefined))
    target.status = from.status;
}

export function listingId(market: string, productKey: string, url?: string): string {
  return `${market}:${productKey}${url ? storefrontSuffix(market, url) : ''}`;
}

/**
 * A seller name or id as compared: NFKC, case, spaces, and a final period ("Acme Supply Co." on one
 * page or in the settings, "Acme Supply Co" on another, where the sentence's period was cut).
 */
export function normSellerName(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** Case-, space- and final-period-insensitive match of a seller name or id against the user's own sellers. */
export function isOwnSeller(
  settings: Pick<Settings, 'ownSellers'>,
  name: string | undefined,
  id?: string,
): boolean {
  if (!name && !id) return false;
  const wanted = new Set(settings.ownSellers.map(normSellerName));
  return (
    (name !== undefined && wanted.has(normSellerName(name))) ||
    (id !== undefined && wanted.has(normSellerName(id)))
  );
}

/** An offer (or featured offer) is the seller's own when the page says so or its seller is in settings. */
export function isOwnOffer(
  settings: Pick<Settings, 'ownSellers'>,
  o:
    | {
        isOwn?: boolean | undefined;
        sellerName?: string | undefined;
        sellerId?: string | undefined;
      }
    | undefined,
): boolean {
  return o !== undefined && (o.isOwn === true || isOwnSeller(settings, o.sellerName, o.sellerId));
}

function sameMoney(a: Money | null, b: Money | null): boolean {
  if (a === null || b === null) return a === b;
  return a.currency === b.currency && Math.abs(a.amount - b.amount) < 1e-9;
}

/** The lowest price among those in `currency` (prices in other currencies cannot be compared). */
function minMoney(
  values: Array<{ price: Money; seller: string }>,
  currency: string | undefined,
): { price: Money; seller: string } | null {
  let best: { price: Money; seller: string } | null = null;
  for (const v of values) {
    if (currency !== undefined && v.price.currency !== currency) continue;
    if (!best || v.price.amount < best.price.amount) best = v;
  }
  return best;
}

/** The currency most offers are priced in. */
function mainCurrency(offers: OfferSnapshot[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of offers) {
    const c = o.landedPrice?.currency;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].toSorted((a, b) => b[1] - a[1])[0]?.[0];
}

type Observed = Partial<Omit<PricePointRecord, 'id' | 'listingId' | 'at' | 'source' | 'captureId'>>;

/**
 * Used, refurbished or collectible ("Used - Very Good", "Gebraucht - Sehr gut", "Renewed", "D'occasion",
 * "中古"): such an offer is not the same product as a new listing, so it never undercuts it.
 */
const NOT_NEW_CONDITION =
  /used|pre-?owned|second[- ]hand|refurb|renewed|reconditioned|collectib|gebraucht|generalüberholt|sammlerstück|occasion|reconditionn|usat[oa]|ricondizionat|usad[oa]|reacondicionad|seminuev|recondicionad|tweedehands|gebruikt|begagnad|używan|odnowion|ikinci el|yenilenmiş|中古|二手|翻新|コレクター/iu;

/** 'used' for used, refurbished and collectible offers; 'new' for new ones and an unknown condition. */
export function conditionClass(condition: string | null | undefined): 'new' | 'used' {
  return condition && NOT_NEW_CONDITION.test(condition) ? 'used' : 'new';
}

/**
 * The condition a seller's listing is judged in, from their own offers: new when any of them is new (or
 * names no condition), used only when all are used. A seller with a new offer and a used one on the same
 * product is a new-goods seller: which row came last must not decide (it did, and the used row made
 * every new competitor disappear).
 */
export function sellerClass(conditions: ReadonlyArray<string | null | undefined>): 'new' | 'used' {
  if (conditions.length === 0) return 'new';
  return conditions.some((c) => conditionClass(c) === 'new') ? 'new' : 'used';
}

/** Same seller: by id when both have one, else by name. */
export function sameSeller(
  a: { sellerName?: string | undefined; sellerId?: string | undefined },
  b: { sellerName?: string | undefined; sellerId?: string | undefined },
): boolean {
  if (a.sellerId && b.sellerId) return a.sellerId === b.sellerId;
  return (
    !!a.sellerName &&
    !!b.sellerName &&
    normSellerName(a.sellerName) === normSellerName(b.sellerName)
  );
}

/**
 * The featured offer's landed price: the landed price the offer list of the same capture shows for
 * that seller (or for the offer it marks as featured), else the page's item price plus the shipping
 * shown next to it, else the item price as shown (shipping unknown, e.g. a Prime offer whose page says
 * nothing about delivery cost).
 */
export function featuredLanded(
  featured: FeaturedOffer,
  offers: readonly OfferSnapshot[],
): Money | null {
  const named = featured.sellerName !== undefined || featured.sellerId !== undefined;
  const wantedClass = conditionClass(featured.condition);
  const match =
    (named
      ? offers.find(
          (o) =>
            o.landedPrice !== null &&
            sameSeller(o, featured) &&
            conditionClass(o.condition) === wantedClass,
        )
      : undefined) ??
    offers.find(
      (o) => o.isFeatured && o.landedPrice !== null && (!named || sameSeller(o, featured)),
    );
  if (match) return match.landedPrice;
  return addMoney(featured.price, featured.shipping) ?? featured.price;
}

/**
 * The seller's own price from a back-office row, landed: as shown when the page included its shipping
 * (Pricing Health), else the item price plus the shipping a back office last showed for this listing
 * (Manage Inventory shows the item price only; without this a seller capturing both pages saw their own
 * price jump between $18.49 and $23.48, and a "cut" in every round of a price war). Unknown shipping, or
 * shipping in another currency, leaves the item price.
 */
function ownLanded(listing: ListingSnapshot, ownShipping: Money | null | undefined): Money | null {
  const price = listing.price ?? null;
  if (!price || listing.ownShipping !== undefined || !ownShipping) return price;
  return addMoney(price, ownShipping) ?? price;
}

/** What one snapshot observed about one product's prices (fields it did not see are absent). */
export function observePrices(
  listing: ListingSnapshot | undefined,
  offers: OfferSnapshot[],
  settings: Pick<Settings, 'ownSellers'>,
  ownShipping?: Money | null,
): Observed {
  const seen: Observed = {};
  const featured = listing?.featuredOffer;
  const featuredOwn = isOwnOffer(settings, featured);
  const own = (o: OfferSnapshot) => isOwnOffer(settings, o);
  // Like with like: the seller's own offer on the list says which condition it sells; a new listing
  // (the default when the page names no condition) is never undercut by a used offer.
  const ownOffers = offers.filter(own);
  const ownClass = ownOffers.length
    ? sellerClass(ownOffers.map((o) => o.condition))
    : conditionClass(featuredOwn ? featured?.condition : undefined);
  if (listing?.own) seen.ownPrice = ownLanded(listing, ownShipping);
  if (featured) {
    const landed = featuredLanded(featured, offers);
    seen.featuredPrice = landed;
    seen.featuredSeller = featured.sellerName ?? featured.sellerId ?? null;
    if (featured.sellerId !== undefined) seen.featuredSellerId = featured.sellerId;
    if (featured.isOwn !== undefined) seen.featuredOwnByPage = featured.isOwn;
    if (featured.condition !== undefined) seen.featuredCondition = featured.condition;
    if (featuredOwn && seen.ownPrice === undefined) seen.ownPrice = landed;
  }
  if (listing?.lowestPrice !== undefined) {
    seen.lowestCompetitorPrice = listing.lowestPrice;
    seen.lowestCompetitorSeller = null;
  }
  if (listing?.offerCount !== undefined && listing.offerCount !== null)
    seen.offerCount = listing.offerCount;
  if (offers.length > 0) {
    const competitors = offers
      .filter((o) => !own(o) && o.landedPrice !== null && conditionClass(o.condition) === ownClass)
      .map((o) => ({ price: o.landedPrice as Money, seller: o.sellerName }));
    const lowest = minMoney(competitors, listing?.price?.currency ?? mainCurrency(offers));
    seen.lowestCompetitorPrice = lowest?.price ?? null;
    seen.lowestCompetitorSeller = lowest?.seller ?? null;
    seen.offerCount ??= offers.length;
    const featuredOffer = offers.find((o) => o.isFeatured);
    if (featuredOffer && seen.featuredPrice === undefined) {
      seen.featuredPrice = featuredOffer.landedPrice ?? featuredOffer.price;
      seen.featuredSeller = featuredOffer.sellerName;
      if (featuredOffer.sellerId !== undefined) seen.featuredSellerId = featuredOffer.sellerId;
      if (featuredOffer.condition !== undefined) seen.featuredCondition = featuredOffer.condition;
    }
    // The seller's own price in the listing's condition (their used copy is not what a new offer asks).
    const ownOffer = ownOffers.find(
      (o) => o.landedPrice !== null && conditionClass(o.condition) === ownClass,
    );
    if (ownOffer && seen.ownPrice === undefined) seen.ownPrice = ownOffer.landedPrice;
  }
  return seen;
}

const PRICE_FIELDS = [
  'ownPrice',
  'featuredPrice',
  'featuredSeller',
  'lowestCompetitorPrice',
  'lowestCompetitorSeller',
  'offerCount',
] as const;

/**
 * Facts about the featured offer that only exist on some pages (absent = the page did not say): they
 * belong to the featured seller observed with them, so a capture that observed the featured offer
 * replaces them all (a new winner without an id does not inherit the old one's), and one that did not
 * carries them forward. Rows stored before they existed simply lack them.
 */
const FEATURED_FACTS = ['featuredSellerId', 'featuredOwnByPage', 'featuredCondition'] as const;

/** Whether a capture observed any price field of the product (a review page observes none). */
function observedPrices(seen: Observed): boolean {
  return PRICE_FIELDS.some((f) => seen[f] !== undefined);
}

/** Merges an observation into the previous point; returns the new point, or null when nothing changed. */
export function nextPricePoint(
  prev: PricePointRecord | undefined,
  seen: Observed,
  base: Pick<PricePointRecord, 'listingId' | 'at' | 'source' | 'captureId'>,
): PricePointRecord | null {
  const point: PricePointRecord = {
    ...base,
    ownPrice: prev?.ownPrice ?? null,
    featuredPrice: prev?.featuredPrice ?? null,
    featuredSeller: prev?.featuredSeller ?? null,
    lowestCompetitorPrice: prev?.lowestCompetitorPrice ?? null,
    lowestCompetitorSeller: prev?.lowestCompetitorSeller ?? null,
    offerCount: prev?.offerCount ?? null,
  };
  const featuredSeen = seen.featuredSeller !== undefined || seen.featuredPrice !== undefined;
  for (const f of FEATURED_FACTS) {
    const value = featuredSeen ? seen[f] : prev?.[f];
    if (value !== undefined) (point as unknown as Record<string, unknown>)[f] = value;
  }
  let changed = prev === undefined;
  if (featuredSeen && FEATURED_FACTS.some((f) => seen[f] !== prev?.[f])) changed = true;
  for (const field of PRICE_FIELDS) {
    const value = seen[field];
    if (value === undefined) continue;
    const before = point[field];
    const differs =
      field === 'ownPrice' || field === 'featuredPrice' || field === 'lowestCompetitorPrice'
        ? !sameMoney(before as Money | null, value as Money | null)
        : before !== value;
    if (differs) {
      (point as unknown as Record<string, unknown>)[field] = value;
      changed = true;
    }
  }
  if (prev === undefined && !observedPrices(seen)) return null;
  return changed ? point : null;
}

/**
 * The unified-EU join, both ways. A `@amazon.eu` record updates every EU storefront listing of its
 * ASIN whose currency fits (returned, to be stored and re-evaluated); an EU storefront record takes
 * the SKUs and, where it has none, the stock of the `@amazon.eu` record of its ASIN.
 */
async function joinEuropeanStorefronts(
  db: SellerRadarDB,
  records: ListingRecord[],
): Promise<ListingRecord[]> {
  const euRows = records.filter((r) => r.id.endsWith(EU_UNIFIED));
  const storefrontRows = records.filter((r) => euStorefrontOf(r.id) !== undefined);
  if (euRows.length === 0 && storefrontRows.length === 0) return [];
  const inCapture = new Set(records.map((r) => r.id));
  const joined: ListingRecord[] = [];
  if (euRows.length > 0) {
    const candidates = await db.listings
      .where('productKey')
      .anyOf(euRows.map((r) => r.productKey))
      .toArray();
    for (const from of euRows) {
      const currency = from.price?.currency ?? from.currency;
      for (const target of candidates) {
        if (target.productKey !== from.productKey || inCapture.has(target.id)) continue;
        if (target.market !== from.market || !euJoins(target.id, currency)) continue;
        joinBackOffice(target, from, true);
        joined.push(target);
      }
    }
  }
  if (storefrontRows.length > 0) {
    const holders = await db.listings.bulkGet(
      storefrontRows.map((r) => `${r.market}:${r.productKey}${EU_UNIFIED}`),
    );
    storefrontRows.forEach((target, i) => {
      const from = holders[i];
      if (from && euJoins(target.id, from.price?.currency ?? from.currency))
        joinBackOffice(target, from, false);
    });
  }
  return joined;
}

export function captureStatusOf(snapshot: PageSnapshot): CaptureStatus {
  const n = pageRecordCount(snapshot.pageType, {
    listings: snapshot.listings?.length ?? 0,
    offers: snapshot.offers?.length ?? 0,
    reviews: snapshot.reviews?.length ?? 0,
  });
  return n > 0 || snapshot.draft ? 'ok' : 'empty';
}

export async function ingestSnapshot(
  db: SellerRadarDB,
  snapshot: PageSnapshot,
  opts: { key: string; settings: Pick<Settings, 'ownSellers'>; receivedAt?: string },
): Promise<IngestResult> {
  const receivedAt = opts.receivedAt ?? new Date().toISOString();
  // Normalised to UTC ISO: `at` is compared and range-queried as a string, and capturedAt may carry
  // any offset ("2024-05-01T12:00:00+02:00" sorts after "2024-05-01T11:00:00Z" but happened before).
  const at = new Date(snapshot.capturedAt).toISOString();
  return db.transaction(
    'rw',
    [db.listings, db.pricePoints, db.offers, db.reviews, db.captures],
    async (): Promise<IngestResult> => {
      const existing = await db.captures.get(opts.key);
      if (existing) {
        return {
          status: 'duplicate',
          captureId: opts.key,
          captureStatus: existing.status,
          listingIds: [],
          pricePointsAdded: 0,
          offersAdded: 0,
          newReviewIds: [],
          revisedReviewIds: [],
        };
      }
      const listings = snapshot.listings ?? [];
      const offers = snapshot.offers ?? [];
      const reviews = snapshot.reviews ?? [];
      const productKeys = [
        ...new Set<string>([
          ...listings.map((l) => l.productKey),
          ...offers.map((o) => o.productKey),
          ...reviews.map((r) => r.productKey),
        ]),
      ];
      const listingIds = productKeys.map((k) => listingId(snapshot.market, k, snapshot.url));
      let pricePointsAdded = 0;
      const offerRows: OfferRecord[] = [];
      // A product listed on several rows (two SKUs of one ASIN, e.g. FBA and merchant-fulfilled):
      // the first row gives the listing's fields, every row gives its SKU.
      const snapByKey = new Map<string, (typeof listings)[number]>();
      const skusByKey = new Map<string, string[]>();
      for (const l of listings) {
        if (!snapByKey.has(l.productKey)) snapByKey.set(l.productKey, l);
        if (l.sku) skusByKey.set(l.productKey, [...(skusByKey.get(l.productKey) ?? []), l.sku]);
      }
      // A review page of many products names each beside its reviews (eBay Feedback): a title for a
      // listing that has none, never a new title for one that has.
      const reviewTitles = new Map<string, string>();
      for (const r of reviews) {
        const t = r.productTitle?.trim();
        if (t && !reviewTitles.has(r.productKey)) reviewTitles.set(r.productKey, t);
      }
      const offersByKey = new Map<string, typeof offers>();
      for (const o of offers) {
        const list = offersByKey.get(o.productKey);
        if (list) list.push(o);
        else offersByKey.set(o.productKey, [o]);
      }
      // One round trip for all listings and one batch of price-point look-ups (requests in one
      // transaction are pipelined), not four awaited requests per row: a 250-row inventory page
      // would otherwise hold the worker for most of a second (npm run bench -- --suite chromium).
      const [prevs, befores] = await Promise.all([
        db.listings.bulkGet(listingIds),
        Promise.all(
          listingIds.map((id) =>
            db.pricePoints.where('[listingId+at]').between([id, ''], [id, at], true, true).last(),
          ),
        ),
      ]);
      const records: ListingRecord[] = [];
      const points: PricePointRecord[] = [];

      productKeys.forEach((productKey, i) => {
        const id = listingIds[i]!;
        const snap = snapByKey.get(productKey);
        const productOffers = offersByKey.get(productKey) ?? [];
        const prev = prevs[i];
        const featuredOwn = isOwnOffer(opts.settings, snap?.featuredOffer);
        const seen = observePrices(snap, productOffers, opts.settings, prev?.ownShipping);
        const record: ListingRecord = {
          id,
          market: snapshot.market,
          productKey,
          skus: [...new Set([...(prev?.skus ?? []), ...(skusByKey.get(productKey) ?? [])])],
          own: (prev?.own ?? false) || snap?.own === true || featuredOwn,
          // A page that shows no price (a review page) leaves the known price as it is.
          price: snap && snap.price !== undefined ? snap.price : (prev?.price ?? null),
          firstSeen: prev?.firstSeen && prev.firstSeen < at ? prev.firstSeen : at,
          lastSeen: prev?.lastSeen && prev.lastSeen > at ? prev.lastSeen : at,
        };
        const priceSeenAt =
          observedPrices(seen) && !(prev?.priceSeenAt && prev.priceSeenAt > at)
            ? at
            : prev?.priceSeenAt;
        if (priceSeenAt !== undefined) record.priceSeenAt = priceSeenAt;
        const unreadable =
          snap && snap.price !== undefined ? snap.price === null : prev?.priceUnreadable;
        if (unreadable) record.priceUnreadable = true;
        const title = snap?.title ?? prev?.title ?? reviewTitles.get(productKey);
        if (title !== undefined) record.title = title;
        const url = snap?.url ?? (snapshot.pageType === 'product' ? snapshot.url : prev?.url);
        if (url !== undefined) record.url = url;
        const currency =
          snap?.price?.currency ??
          productOffers.find((o) => o.price)?.price?.currency ??
          prev?.currency;
        if (currency !== undefined) record.currency = currency;
        const featuredSeller = snap?.featuredOffer?.sellerName ?? prev?.featuredSeller;
        if (featuredSeller !== undefined) record.featuredSeller = featuredSeller;
        if (snap?.rating !== undefined) record.rating = snap.rating;
        else if (prev?.rating !== undefined) record.rating = prev.rating;
        if (snap?.ratingCount !== undefined) record.ratingCount = snap.ratingCount;
        else if (prev?.ratingCount !== undefined) record.ratingCount = prev.ratingCount;
        const brand = snap?.brand ?? prev?.brand;
        if (brand !== undefined) record.brand = brand;
        const gtin = snap?.gtin ?? prev?.gtin;
        if (gtin !== undefined) record.gtin = gtin;
        const status = snap?.status ?? prev?.status;
        if (status !== undefined) record.status = status;
        if (snap?.quantity !== undefined) record.quantity = snap.quantity;
        else if (prev?.quantity !== undefined) record.quantity = prev.quantity;
        const ownShipping = snap?.ownShipping !== undefined ? snap.ownShipping : prev?.ownShipping;
        if (ownShipping !== undefined) record.ownShipping = ownShipping;
        records.push(record);

        const point = nextPricePoint(befores[i], seen, {
          listingId: id,
          at,
          source: snapshot.pageType,
          captureId: opts.key,
        });
        if (point) points.push(point);
        for (const o of productOffers) {
          const row: OfferRecord = {
            listingId: id,
            at,
            captureId: opts.key,
            sellerName: o.sellerName,
            price: o.price,
            landedPrice: o.landedPrice,
            isFeatured: o.isFeatured,
            isOwn: isOwnOffer(opts.settings, o),
          };
          if (o.sellerId !== undefined) row.sellerId = o.sellerId;
          if (o.shipping !== undefined) row.shipping = o.shipping;
          if (o.fulfillment !== undefined) row.fulfillment = o.fulfillment;
          if (o.condition !== undefined) row.condition = o.condition;
          offerRows.push(row);
        }
      });
      // Seller Central Europe without a named marketplace: its rows hold the seller's SKUs and stock
      // for every EU storefront of the ASIN, so they join the storefront listings already seen (and a
      // storefront listing seen later picks them up from the `@amazon.eu` row).
      const joined = await joinEuropeanStorefronts(db, records);
      records.push(...joined);
      await db.listings.bulkPut(records);
      if (points.length > 0) {
        await db.pricePoints.bulkAdd(points);
        pricePointsAdded = points.length;
      }
      if (offerRows.length > 0) await db.offers.bulkAdd(offerRows);

      const newReviewIds: string[] = [];
      const revisedReviewIds: string[] = [];
      if (reviews.length > 0) {
        const ids = reviews.map((r) => `${snapshot.market}:${r.id}`);
        const known = await db.reviews.bulkGet(ids);
        const fresh: ReviewRecord[] = [];
        const changed: ReviewRecord[] = [];
        const seen = new Set<string>();
        reviews.forEach((r, i) => {
          // Repeated within this snapshot: keep the first.
          if (seen.has(ids[i]!)) return;
          seen.add(ids[i]!);
          const stored = known[i];
          if (stored) {
            // Seen before: revised by the buyer, shown more fully, or the same.
            const change = reviewChange(stored, r, at);
            if (change.kind === 'same') return;
            changed.push(change.row);
            if (change.kind === 'revised') revisedReviewIds.push(stored.id);
            else if (change.reclassify) newReviewIds.push(stored.id);
            return;
          }
          const row: ReviewRecord = {
            id: ids[i]!,
            market: snapshot.market,
            reviewId: r.id,
            listingId: listingId(snapshot.market, r.productKey, snapshot.url),
            productKey: r.productKey,
            rating: r.rating,
            title: r.title,
            body: r.body,
            date: r.date,
            dateText: r.dateText,
            firstSeen: at,
          };
          if (r.author !== undefined) row.author = r.author;
          if (r.verified !== undefined) row.verified = r.verified;
          if (r.helpfulVotes !== undefined) row.helpfulVotes = r.helpfulVotes;
          if (r.variant !== undefined) row.variant = r.variant;
          fresh.push(row);
          newReviewIds.push(row.id);
        });
        await db.reviews.bulkAdd(fresh);
        if (changed.length > 0) await db.reviews.bulkPut(changed);
      }

      const capture: CaptureRecord = {
        id: opts.key,
        url: snapshot.url,
        market: snapshot.market,
        pageType: snapshot.pageType,
        parserId: snapshot.parser.id,
        parserVersion: snapshot.parser.version,
        at,
        receivedAt,
        status: captureStatusOf(snapshot),
        counts: { listings: listings.length, offers: offers.length, reviews: reviews.length },
      };
      if (snapshot.warnings?.length) capture.warnings = snapshot.warnings.slice(0, 50);
      await db.captures.add(capture);
      return {
        status: 'stored',
        captureId: opts.key,
        captureStatus: capture.status,
        capture,
        // Storefront listings whose stock the capture changed are re-evaluated with it.
        listingIds: [...listingIds, ...joined.map((l) => l.id)],
        pricePointsAdded,
        offersAdded: offerRows.length,
        newReviewIds,
        revisedReviewIds,
      };
    },
  );
}
