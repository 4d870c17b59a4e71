/**
 * Mercado Libre's public product pages (match.ts): an item page, or a catalog / user-product page
 * showing the item that wins its buy box. One listing: the item id (productKey), title, the current
 * price, the seller as the featured offer, rating and rating count when shown; and the opinions the
 * page shows (parse-reviews.ts), under the same product key. A catalog page's opinions are the catalog
 * product's, bought from any of its sellers: kept, like its rating, under the item the page shows.
 *
 * The item id comes from the URL (`/MLM-1987654321-…-_JM`, or the winner named by
 * `pdp_filters=item_id:` / `wid=`), else from the page's "Publicación #1987654321" line. A catalog
 * page that names no item is kept under its catalog product (`catalog:MLM19655437`), with a warning:
 * it is a product many sellers' items compete for, and does not join the seller's own rows.
 *
 * The price is the current one of the buy box (`.ui-pdp-price__second-line`), read from the Andes
 * money parts (money.ts), never the struck original (`.andes-money-amount--previous`) or the
 * instalments; the microdata price (`meta[itemprop=price]`) stands in when the parts are missing, and
 * its currency (`meta[itemprop=priceCurrency]`) names the currency when given. An unreadable price is
 * null plus a warning, never 0. The opinions render after the page: a page without them yet is a
 * listing and a warning, and the re-read on mutation picks them up. A page with neither the title, a
 * price block nor the opinions section, or whose opinion cards all fail to read, is a layout we no
 * longer understand (LayoutChangedError → parser-health).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseCount } from '../amazon/text';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import { meliItemId, meliProductFromUrl, type MeliSite } from './match';
import { metaAmount, readAndesAmount, type MoneyReading } from './money';
import { readMeliReviews } from './parse-reviews';
import { productSelectors as sel, reviewSelectors } from './selectors';
import { roundToMinor } from '../../money';
import { assertReviewsRead } from '../review-cards';

/** The current price element: the first money amount of the price block that is not struck. */
function currentAmount(block: Element): Element | null {
  const amounts = block.querySelectorAll(sel.amount);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    if (closest(a, sel.notCurrent)) continue;
    return a;
  }
  return null;
}

function readPrice(doc: Document, site: MeliSite, warnings: string[]): MoneyReading | null {
  const block = querySelectorFirst(doc, sel.priceBlock);
  if (!block) return null;
  const meta = block.querySelector(sel.metaPrice) ?? doc.querySelector(sel.metaPrice);
  const iso = attr(
    block.querySelector(sel.metaCurrency) ?? doc.querySelector(sel.metaCurrency),
    'content',
  );
  const amount = currentAmount(block);
  const shown = amount ? readAndesAmount(amount, site, iso || undefined) : null;
  if (shown?.money) {
    const m = metaAmount(meta);
    if (m !== null && Math.abs(m - shown.money.amount) >= 0.005) {
      warnings.push(
        `the page data says ${m} but shows ${shown.money.amount}: the shown price is used`,
      );
    }
    return shown;
  }
  const fromMeta = metaAmount(meta);
  if (fromMeta !== null) {
    const currency = /^[A-Z]{3}$/.test(iso) ? iso : site.currency;
    if (shown?.warning) warnings.push(`price: ${shown.warning}: read from the page data instead`);
    return { money: { amount: roundToMinor(fromMeta, currency), currency } };
  }
  return shown ?? { money: null, warning: 'no price in the price block' };
}

/** "Vendido por CAFEMEX" → "CAFEMEX"; the seller button's name span without its label. */
function sellerName(doc: Document): string {
  const button = doc.querySelector(sel.sellerButton);
  if (button) {
    const name = textOf(button, { exclude: sel.sellerLabel });
    if (name) return name.replace(/^vendid[oa] por\s+/i, '').trim();
  }
  const el = firstWithText(doc, sel.seller);
  return textOf(el)
    .replace(/^(?:vendid[oa] por|loja oficial|tienda oficial)\s*:?\s*/i, '')
    .replace(/^(?:la tienda oficial|a loja oficial)\s+/i, '')
    .trim();
}

/** "Publicación #1987654321" / "Anúncio #1987654321" → the site's item id. */
function itemIdOnPage(doc: Document, site: MeliSite): string | null {
  for (const s of sel.itemNumber) {
    const m = /(?:publicaci[oó]n|an[uú]ncio)\s*#?\s*(\d{6,15})/i.exec(textOf(doc.querySelector(s)));
    if (m) return meliItemId(`${site.id}${m[1]}`, site);
  }
  return null;
}

export const parseMeliProductPage: MarketParser = {
  id: 'mercadolibre/product',
  // 2: the page's opinions are read.
  version: 2,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const page = meliProductFromUrl(ctx.url);
    if (!page) throw new LayoutChangedError('mercadolibre/product: not a product URL');
    const { site } = page;
    const title = textOf(firstWithText(doc, sel.title));
    const price = readPrice(doc, site, warnings);
    const section = querySelectorFirst(doc, reviewSelectors.section);
    if (!title && !price && !section) {
      throw new LayoutChangedError(
        'mercadolibre/product: neither the title (h1.ui-pdp-title), the price block (.ui-pdp-price) nor the opinions (#reviews_capability_v3) were found — the page layout may have changed',
      );
    }
    let productKey: string;
    if (page.kind === 'item') productKey = page.itemId;
    else {
      const id = page.itemId ?? itemIdOnPage(doc, site);
      if (id) productKey = id;
      else {
        productKey = `catalog:${page.productId}`;
        warnings.push(
          `the page names no item (publicación) of ${page.kind === 'catalog' ? 'catalog product' : 'product'} ${page.productId}: kept under the product, it does not join the seller's own items`,
        );
      }
    }
    const listing: ListingSnapshot = { productKey, price: null };
    listing.url =
      page.kind !== 'item' && productKey.startsWith('catalog:')
        ? `https://${site.host}/${page.kind === 'catalog' ? 'p' : 'up'}/${page.productId}`
        : `https://${site.itemHost}/${productKey.slice(0, 3)}-${productKey.slice(3)}-_JM`;
    if (title) listing.title = title.slice(0, 2_000);
    else warnings.push('product title not found');
    if (!price) warnings.push('no price block on the page');
    else {
      listing.price = price.money;
      if (price.warning) warnings.push(price.money ? `price: ${price.warning}` : price.warning);
    }
    const seller = sellerName(doc).slice(0, 2_000);
    listing.featuredOffer = seller
      ? { price: listing.price ?? null, sellerName: seller }
      : { price: listing.price ?? null };
    const ratingText = textOf(firstWithText(doc, sel.rating)).replace(',', '.');
    const rating = /^\d(?:\.\d)?$/.test(ratingText) ? Number(ratingText) : null;
    if (rating !== null && rating <= 5) listing.rating = rating;
    const countText = textOf(firstWithText(doc, sel.ratingCount));
    if (countText) {
      const n = parseCount(countText);
      if (n !== null) listing.ratingCount = n;
    }

    const { reviews, cards } = readMeliReviews(doc, productKey, site, ctx.capturedAt, warnings);
    assertReviewsRead('mercadolibre/product', { cards, reviews }, { cards: 'opinion cards' });
    if (cards === 0) {
      warnings.push(
        !section
          ? 'no opinions section on the page'
          : section.matches(reviewSelectors.rendered) ||
              section.querySelector(reviewSelectors.rendered)
            ? 'the opinions section shows no written opinion'
            : 'no opinions rendered yet (Mercado Libre renders them after the page)',
      );
    }
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
