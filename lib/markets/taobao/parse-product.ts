/**
 * Taobao/Tmall item pages (`item.taobao.com/item.htm?id=…`, `detail.tmall.com`, 天猫超市, 天猫国际):
 * one listing (the item id, title, the price in CNY, the shop as the seller) and the reviews the page
 * shows (parse-reviews.ts).
 *
 * Which price: the one a buyer pays now without claiming a coupon. The page shows up to two: a
 * promotion price (classic 淘宝价 / 促销价, applied to every buyer: read) or an after-coupon price (券后,
 * 领券后, 补贴后, 到手价: it needs a coupon or subsidy the buyer must claim or qualify for), next to the
 * price before it (价格, 优惠前). An after-coupon price is not read when the price before it is shown:
 * that is the listing's price, the one 千牛's product list shows for the seller's own item, so the two
 * compare like for like. A range ("89.00-129.00", SKUs priced differently) reads as its lower bound
 * with a note (lib/money.ts).
 *
 * The page fills its prices and reviews by script after the page: an empty price element is a price
 * not loaded yet, null plus a warning (never 0), and a page without reviews yet is a listing and a
 * warning; the content script re-reads on mutations. A page on which neither the title, a price nor a
 * review section can be found, or whose review cards all fail to read, is a layout we no longer
 * understand: the parser throws and parseDocument reports `failed` (parser-health alert).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseMoney } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import { taobaoItemIdFromUrl } from './match';
import { readTaobaoReviews } from './parse-reviews';
import { productSelectors, reviewSectionSelectors } from './selectors';
import { assertReviewsRead } from '../review-cards';

const sel = productSelectors.price;

/** Labels of a price that needs a coupon, a subsidy or membership the buyer must claim or have. */
const CLAIMED_PRICE = /券|领|补贴|满\d|满减|会员|88VIP|新人|首单|到手|预估/i;

interface ShownPrice {
  /** The amount as shown ("89", "¥89.00", "89.00-129.00"); '' when the element is still empty. */
  amount: string;
  /** The words printed with it ("券后", "优惠前", "促销价"). */
  label: string;
}

/** The amount and label of a price block: the number in `numberSel`, the rest of its text as the label. */
function shown(el: Element | null, numberSel: string): ShownPrice | null {
  if (!el) return null;
  const num = el.querySelector(numberSel);
  const amount = num ? textOf(num) : textOf(el).replace(/[^\d.,\-~¥￥]/g, '');
  const label = textOf(el, { exclude: numberSel })
    .replace(/[¥￥\d.,\-~\s]/g, '')
    .trim();
  return { amount, label };
}

function outsideSticky(doc: Document, selector: string): Element | null {
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length; i++) {
    if (!closest(els[i]!, sel.sticky)) return els[i]!;
  }
  return null;
}

/** The page's main price block and the price before it, for whichever generation the page is. */
function priceBlocks(doc: Document): { main: ShownPrice | null; before: ShownPrice | null } {
  // 2024–2025: highlightPrice-- (labelled when after a discount) and subPrice-- ("优惠前").
  const highlight = outsideSticky(doc, sel.highlight);
  if (highlight) {
    // Its subPrice-- is its sibling in the same price block (priceWrap--).
    const sub = highlight.parentElement?.querySelector(sel.sub) ?? null;
    return {
      main: shown(highlight, sel.highlightNumber),
      before: shown(sub, sel.highlightNumber),
    };
  }
  // 2023: Price--extraPrice-- ("券后") beside Price--originPrice--; or a lone Price--priceText--.
  const extra = doc.querySelector(sel.moduleMain);
  const origin = doc.querySelector(sel.moduleAlt);
  if (extra || origin) {
    return {
      main: extra ? shown(extra, sel.moduleText) : shown(origin, sel.moduleText),
      before: extra ? shown(origin, sel.moduleText) : null,
    };
  }
  const lone = doc.querySelector(sel.moduleText);
  if (lone) return { main: { amount: textOf(lone), label: '' }, before: null };
  // Classic: the promotion (淘宝价 / 促销价, for every buyer) when filled in, else the price.
  for (const gen of [sel.classicTaobao, sel.classicTmall]) {
    const promo = querySelectorFirst(doc, gen.main);
    const price = querySelectorFirst(doc, gen.alt);
    if (!promo && !price) continue;
    const promoText = textOf(promo);
    return {
      main: promoText ? { amount: promoText, label: '' } : { amount: textOf(price), label: '' },
      before: null,
    };
  }
  return { main: null, before: null };
}

type Price = NonNullable<ListingSnapshot['featuredOffer']>['price'];

function readPrice(doc: Document, warnings: string[]): { found: boolean; price: Price } {
  const { main, before } = priceBlocks(doc);
  if (!main) {
    warnings.push('no price element found on the page');
    return { found: false, price: null };
  }
  let chosen = main;
  if (CLAIMED_PRICE.test(main.label)) {
    if (before?.amount) chosen = before;
    else {
      warnings.push(
        `price: only the price after a coupon or subsidy is shown ("${main.label.slice(0, 20)}"), read as the price`,
      );
    }
  }
  if (!chosen.amount) {
    warnings.push('price not loaded yet (the price element is empty)');
    return { found: true, price: null };
  }
  const r = parseMoney(chosen.amount, { currencyHint: 'CNY', locale: 'zh-CN' });
  if (r.warning) warnings.push(`price: ${r.warning}`);
  else if (!r.money) warnings.push(`unreadable price "${chosen.amount.slice(0, 80)}"`);
  return { found: true, price: r.money };
}

function shopName(doc: Document): string {
  const el = firstWithText(doc, productSelectors.shop);
  // Classic Taobao's link carries the full name in its title when the text is cut.
  return (attr(el, 'title') || textOf(el)).slice(0, 2_000);
}

function titleOf(doc: Document): string {
  const el = firstWithText(doc, productSelectors.title);
  // Classic Taobao's title element keeps the unabridged title in data-title.
  return (attr(el, 'data-title') || textOf(el)).slice(0, 2_000);
}

export const parseTaobaoProductPage: MarketParser = {
  id: 'taobao/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const itemId = taobaoItemIdFromUrl(ctx.url);
    if (!itemId) throw new LayoutChangedError('taobao/product: no item id in the URL');
    const title = titleOf(doc);
    const { found, price } = readPrice(doc, warnings);
    const section = querySelectorFirst(doc, reviewSectionSelectors);
    if (!title && !found && !section) {
      throw new LayoutChangedError(
        'taobao/product: neither the title, a price element nor the review section was found — the page layout may have changed',
      );
    }
    if (!title) warnings.push('product title not found');

    const listing: ListingSnapshot = {
      productKey: itemId,
      url: new URL(`${ctx.url.pathname}?id=${itemId}`, ctx.url.origin).href,
      price,
    };
    if (title) listing.title = title;
    const seller = shopName(doc);
    listing.featuredOffer = seller ? { price, sellerName: seller } : { price };

    const { reviews, cards } = readTaobaoReviews(doc, itemId, ctx.capturedAt, warnings);
    assertReviewsRead('taobao/product', { cards, reviews }, { lacking: 'no text' });
    if (cards === 0) {
      warnings.push(
        section
          ? 'no reviews rendered yet (the page loads them after it, or when 宝贝评价 is opened)'
          : 'no review section on the page',
      );
    }
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
