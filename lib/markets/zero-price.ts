/**
 * A price of 0 shown for an item is not a price a seller competes with: it is a placeholder (a page
 * rendered before its price loaded, "$0.00" on an unavailable offer, a free e-book edition). Read as a
 * price it raised a 100% undercut, a lost buy box "at US$0.00" and a floor breach (QA pass). DESIGN.md
 * §4: a price that is not a real price is `null` plus a warning, never 0. Shipping of 0 is free
 * shipping and stays; only item prices are checked: a listing's price and lowest price, the featured
 * offer's price, each offer's price (its landed price goes with it).
 */
import type { Money, PageSnapshot } from '../schemas/snapshot';

const isZero = (m: Money | null | undefined): boolean => m != null && m.amount === 0;

/** `fields` with every zero item price made null, and one warning per price dropped. */
export function dropZeroPrices<T extends Partial<PageSnapshot>>(fields: T): T {
  const warnings: string[] = [];
  const zero = (what: string, key: string, m: Money) =>
    warnings.push(`${what} ${key}: price ${m.currency} 0 shown, not a price: read as unknown`);
  const listings = fields.listings?.map((l) => {
    if (!isZero(l.price) && !isZero(l.lowestPrice) && !isZero(l.featuredOffer?.price)) return l;
    const out = { ...l };
    if (isZero(l.price)) {
      zero('listing', l.productKey, l.price!);
      out.price = null;
    }
    if (isZero(l.lowestPrice)) {
      zero('lowest price of', l.productKey, l.lowestPrice!);
      out.lowestPrice = null;
    }
    if (l.featuredOffer && isZero(l.featuredOffer.price)) {
      zero('featured offer of', l.productKey, l.featuredOffer.price!);
      out.featuredOffer = { ...l.featuredOffer, price: null };
    }
    return out;
  });
  const offers = fields.offers?.map((o) => {
    if (!isZero(o.price)) return o;
    zero(`offer of ${o.sellerName} on`, o.productKey, o.price!);
    return { ...o, price: null, landedPrice: null };
  });
  if (warnings.length === 0) return fields;
  return {
    ...fields,
    ...(listings ? { listings } : {}),
    ...(offers ? { offers } : {}),
    warnings: [...(fields.warnings ?? []), ...warnings].slice(0, 500),
  };
}
