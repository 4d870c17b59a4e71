/**
 * Seller Central Pricing Health (`/pricing/health`): one `kat-table-row` per listing of the seller
 * (`own: true`), with the seller's price in a `kat-input[value]` and reference prices ("Featured Offer",
 * "Average Selling Price", "Competitive Price" ...) as `kat-label[text]` pairs in `.product-reference-price`.
 * A reference shown as "price + shipping" ("$22.49 + $4.99") is stored as their sum, the landed price
 * that Amazon compares.
 */
import type { ListingSnapshot, Money } from '../../schemas/snapshot';
import { addMoney, parseMoney, type MoneyOptions } from '../../money';
import type { MarketParser } from '../types';
import { attr, querySelectorFirst, textOf } from '../dom';
import { asinIn, landedOwnPrice, readPriceInput } from './parse-inventory';
import { moneyOptionsFor } from './parse-offers';
import { minorStep } from '../../pricing/format';
import { pricingHealthSelectors } from './selectors';

/** "$22.49 + $4.99" → 26.48; a single price as is. */
export function parseMoneySum(
  text: string,
  opts: MoneyOptions,
): { money: Money | null; warning?: string } {
  const parts = text.split('+').filter((p) => p.trim() !== '');
  if (parts.length <= 1) return parseMoney(text, opts);
  let total: Money | null = null;
  for (const part of parts) {
    const r = parseMoney(part, opts);
    if (!r.money) return r;
    total = total ? addMoney(total, r.money) : r.money;
    if (!total) return { money: null, warning: `mixed currencies in "${text.slice(0, 80)}"` };
  }
  return { money: total };
}

function labelsOf(el: Element): string[] {
  return Array.from(el.querySelectorAll(pricingHealthSelectors.label.join(',')))
    .map((l) => attr(l, 'text'))
    .filter((t) => t !== '');
}

const FEATURED =
  /featured offer|empfohlenes angebot|offre vedette|offerta in evidenza|oferta destacada|おすすめ出品/i;
const LOWEST =
  /lowest price|competitive price|niedrigster preis|prix le plus bas|prezzo più basso|precio más bajo/i;

export const parsePricingHealthPage: MarketParser = {
  id: 'amazon/pricing',
  version: 2,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const opts = moneyOptionsFor(ctx.url);
    const listings: ListingSnapshot[] = [];
    const rows = doc.querySelectorAll(pricingHealthSelectors.row.join(','));
    let n = 0;
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
      const row = rows[rowIndex]!;
      // The header row of kat-table is a kat-table-row too; it has no product in it.
      const ids = Array.from(row.querySelectorAll(pricingHealthSelectors.identifiers.join(',')))
        .map((el) => attr(el, 'text') || textOf(el))
        .join(' ');
      const asin = /ASIN[:：]?\s*([A-Z0-9]{10})/i.exec(ids)?.[1]?.toUpperCase() ?? asinIn(row);
      if (!asin) {
        if (row.querySelector('kat-input, .product-reference-price'))
          warnings.push(`pricing row ${n + 1}: no ASIN`);
        continue;
      }
      const i = n++;
      const sku = /SKU[:：]?\s*(\S+)/i.exec(ids)?.[1];
      const input = querySelectorFirst(row, pricingHealthSelectors.yourPrice);
      const own = readPriceInput(input, opts, null);
      // "+ $4.99 shipping" under the price: Amazon compares landed prices (the reference prices are
      // "price + shipping" too), so the seller's price is stored landed as well.
      const shipText = textOf(querySelectorFirst(row, pricingHealthSelectors.yourShipping));
      const landed = landedOwnPrice(own.money, shipText, opts);
      if (landed.warning) warnings.push(`pricing row ${i + 1} (${sku ?? asin}): ${landed.warning}`);
      own.money = landed.price;
      const ownShipping = landed.ownShipping;
      if (!own.money)
        warnings.push(`pricing row ${i + 1} (${sku ?? asin}): ${own.warning ?? 'no price input'}`);
      const referencePrices: Record<string, Money | null> = {};
      const refs = row.querySelectorAll(pricingHealthSelectors.referencePrice.join(','));
      for (let j = 0; j < refs.length; j++) {
        const labels = labelsOf(refs[j]!);
        let name = labels[0] ?? '';
        let value = labels.slice(1).join(' ');
        if (!value && name.includes(':'))
          [name, value] = [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)];
        name = name.replace(/[:：]\s*$/, '').trim();
        if (!name) continue;
        const r = parseMoneySum(value, opts);
        if (!r.money)
          warnings.push(
            `pricing row ${i + 1} (${sku ?? asin}): ${name}: ${r.warning ?? 'unreadable'}`,
          );
        referencePrices[name.slice(0, 100)] = r.money;
      }
      const titleEl = querySelectorFirst(row, pricingHealthSelectors.title);
      const listing: ListingSnapshot = { productKey: asin, price: own.money, own: true };
      if (ownShipping !== undefined) listing.ownShipping = ownShipping;
      if (sku) listing.sku = sku.slice(0, 2_000);
      const title = textOf(titleEl);
      if (title) listing.title = title.slice(0, 2_000);
      if (Object.keys(referencePrices).length) {
        listing.referencePrices = referencePrices;
        const featured = Object.entries(referencePrices).find(([k]) => FEATURED.test(k));
        if (featured) {
          listing.featuredOffer = { price: featured[1] };
          // The page lists listings that are not the Featured Offer because of their price: a
          // featured offer at another landed price than the seller's is someone else's (the page does
          // not name the winner). At the same price it may be the seller's own: the page does not say.
          const f = featured[1];
          if (
            f &&
            own.money &&
            f.currency === own.money.currency &&
            Math.abs(f.amount - own.money.amount) >= minorStep(f.currency) - 1e-9
          )
            listing.featuredOffer.isOwn = false;
        }
        const lowest = Object.entries(referencePrices).find(([k]) => LOWEST.test(k));
        if (lowest) listing.lowestPrice = lowest[1];
      }
      listings.push(listing);
    }
    if (listings.length === 0) warnings.push('no pricing rows found on the page');
    return warnings.length ? { listings, warnings } : { listings };
  },
};
