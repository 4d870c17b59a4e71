/**
 * Loads the Amazon fixtures (tests/fixtures/amazon/<page-type>/) and parses them the way the CLI does
 * (linkedom) or the way a browser-like DOM does (jsdom), through the real registry (parseDocument).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one constructor we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/amazon/', import.meta.url));
export const AT = '2024-03-05T08:00:00Z';

/** Every fixture with the URL it was (or would have been) served at. */
export const FIXTURE_URLS = {
  'product/amazon-com_ansi-url.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'product/amazon-co-uk_product-url.html': 'https://www.amazon.co.uk/dp/1849757097',
  'product/amazon-in_asin-page.html': 'https://www.amazon.in/dp/B01NCE2FHK',
  'product/amazon-de_aod-panel.html': 'https://www.amazon.de/dp/B0D4KX7TQ2?aod=1',
  'product/broken-layout_amazon-com.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'reviews/Amazon.com_Customer_reviews.html':
    'https://www.amazon.com/Dawn-Ultra-Dishwashing-Liquid-Original/product-reviews/B0BBPNPZTC',
  'offers/amazon-in_listing-sellers-page.html':
    'https://www.amazon.in/gp/offer-listing/B01NCE2FHK/ref=dp_olp_new?ie=UTF8&condition=new',
  'inventory/manage-all-inventory_sellercentral-com.html':
    'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&pageSize=25',
  'inventory/manage-inventory-legacy_sellercentral-co-uk.html':
    'https://sellercentral.amazon.co.uk/inventory/ref=xx_invmgr_dnav_xx',
  'pricing/pricing-health_sellercentral-com.html':
    'https://sellercentral.amazon.com/pricing/health?ref=xx_prchealth_dnav_xx',
  'back-office-reviews/brand-customer-reviews_sellercentral-com.html':
    'https://sellercentral.amazon.com/brand-customer-reviews/?ref=xx_crvws_dnav_xx',
  'blocked/captcha_amazon-com.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'blocked/robot-check_amazon-com.html': 'https://www.amazon.com/product-reviews/B0BBPNPZTC',
  'blocked/signin_amazon-com.html': 'https://www.amazon.com/product-reviews/B0BBPNPZTC',
  'blocked/signin_sellercentral-com.html': 'https://sellercentral.amazon.com/myinventory/inventory',
} as const;
export type FixtureName = keyof typeof FIXTURE_URLS;

const htmlCache = new Map<string, string>();
export function fixtureHtml(name: string): string {
  let html = htmlCache.get(name);
  if (html === undefined) {
    html = readFileSync(FIXTURES + name, 'utf8');
    htmlCache.set(name, html);
  }
  return html;
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * jsdom without scripts or sub-resources: saved pages must never reach the network. The page is given
 * as saved: stripping its 1.4 MB of <style> text with a regex would be faster, but real pages carry
 * "<style>" inside attribute values (ad payloads), where a regex cannot tell markup from data.
 */
export function jsdomDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

const outcomeCache = new Map<string, ParseOutcome>();
export function parseFixture(
  name: FixtureName,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  const key = `${dom}:${name}`;
  let out = outcomeCache.get(key);
  if (!out) {
    const html = fixtureHtml(name);
    const doc = dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html);
    out = parseDocument(doc, FIXTURE_URLS[name], AT);
    outcomeCache.set(key, out);
  }
  return out;
}

export function snapshotOf(name: FixtureName): PageSnapshot {
  const out = parseFixture(name);
  if (out.kind !== 'snapshot') {
    throw new Error(
      `${name}: expected a snapshot, got ${out.kind} ${JSON.stringify(out).slice(0, 300)}`,
    );
  }
  return out.snapshot;
}
