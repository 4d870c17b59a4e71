/**
 * Writes a price series for the `alerts` CLI demo and tests: copies of the real saved Amazon product
 * page tests/fixtures/amazon/product/amazon-com_ansi-url.html (amazon.com /dp/B0057OC5O8, sold by
 * "SainSmart Official" at $8.99; provenance in that folder's SOURCE.txt) in which only the buy-box
 * price text and the featured seller's name/id are changed, one file per capture:
 *
 *   war-01 … war-07    the seller holds the buy box, a competitor cuts, the seller matches, they cut
 *                      again … down to below the seller's floor (tests/fixtures/pricing/settings.json)
 *   jitter-01 …        the seller keeps the buy box while the price moves by a few cents (≤ 0.33 %)
 *
 * plus series.json (file, at, price, seller). Usage: `npx tsx scripts/make-price-series.ts`.
 * Only the region from `#buybox` to the twister-plus price data is edited (buy box, #corePrice_feature_div,
 * #apex_desktop, the fee breakdown and the price JSON); the recommendation carousels further down list
 * other products and stay as saved. The replacement counts are checked, so a changed source page fails
 * loudly instead of producing a half-edited fixture.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = join(ROOT, 'tests/fixtures/amazon/product/amazon-com_ansi-url.html');
export const OUT_DIR = join(ROOT, 'tests/fixtures/amazon/product-series');

const SAVED_PRICE = 8.99;
const SAVED_SHIPPING = 10.11; // "$10.11 Shipping to Spain" in the fee breakdown: the total is price + this
const SAVED_SELLER = 'SainSmart Official';
const SAVED_SELLER_ID = 'A1CJB5SYI9X4XC';

export interface SeriesEntry {
  series: 'war' | 'jitter';
  file: string;
  at: string;
  price: number;
  seller: string;
  sellerId: string;
}

const COMPETITOR = { name: 'SmartHome Deals', id: 'A3SMARTHOMEDL5' };
const OWN = { name: SAVED_SELLER, id: SAVED_SELLER_ID };
const T0 = Date.parse('2025-03-03T08:00:00Z');
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString().replace('.000Z', 'Z');

/** [hours after T0, seller, price]. Floor in tests/fixtures/pricing/settings.json: US$7.50. */
const WAR: Array<[number, typeof OWN, number]> = [
  [0, OWN, 8.99], // the seller holds the buy box
  [6, COMPETITOR, 8.49], // competitor undercuts and takes it: buy-box-lost, undercut
  [8, OWN, 8.49], // the seller matches and wins it back: both resolve
  [14, COMPETITOR, 7.99], // they cut again: third alternating cut, −11 %: price war
  [16, OWN, 7.99], // the seller matches again
  [22, COMPETITOR, 7.69], // within 5 % of the floor: the war turns critical
  [24, COMPETITOR, 7.29], // below the floor: below-floor, do not chase
];
const JITTER: Array<[number, typeof OWN, number]> = [
  [0, OWN, 8.99],
  [3, OWN, 8.97],
  [6, OWN, 8.99],
  [9, OWN, 9.0],
  [12, OWN, 8.98],
  [15, OWN, 8.99],
];

const usd = (n: number) => `$${n.toFixed(2)}`;

function countOf(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function replaceAllChecked(
  text: string,
  from: string,
  to: string,
  expected: number,
  what: string,
): string {
  const n = countOf(text, from);
  if (n !== expected)
    throw new Error(
      `${what}: expected ${expected} occurrence(s) of ${JSON.stringify(from)}, found ${n}`,
    );
  return text.split(from).join(to);
}

/** The saved page with the buy-box price and featured seller changed (nothing else). */
export function makeVariant(
  html: string,
  price: number,
  seller: { name: string; id: string },
  note: string,
): string {
  const start = html.indexOf('id="buybox"');
  const anchor = html.indexOf('"priceAmount":8.99', start);
  if (start < 0 || anchor < 0)
    throw new Error('the saved page no longer has #buybox and the price JSON');
  const end = html.indexOf('\n', anchor);
  let region = html.slice(start, end);

  const [whole, fraction] = price.toFixed(2).split('.') as [string, string];
  region = replaceAllChecked(region, usd(SAVED_PRICE), usd(price), 7, 'displayed price');
  region = replaceAllChecked(
    region,
    '>8<span class="a-price-decimal">.</span></span><span class="a-price-fraction">99<',
    `>${whole}<span class="a-price-decimal">.</span></span><span class="a-price-fraction">${fraction}<`,
    6,
    'price whole/fraction',
  );
  region = replaceAllChecked(
    region,
    'value="8.99"',
    `value="${price.toFixed(2)}"`,
    1,
    'twister price input',
  );
  region = replaceAllChecked(
    region,
    '"priceAmount":8.99,"currencySymbol":"$","integerValue":"8","decimalSeparator":".","fractionalValue":"99"',
    `"priceAmount":${price},"currencySymbol":"$","integerValue":"${whole}","decimalSeparator":".","fractionalValue":"${fraction}"`,
    1,
    'price JSON',
  );
  region = replaceAllChecked(
    region,
    usd(SAVED_PRICE + SAVED_SHIPPING),
    usd(price + SAVED_SHIPPING),
    2,
    'fee total',
  );
  region = replaceAllChecked(
    region,
    `id="sellerProfileTriggerId">${SAVED_SELLER}<`,
    `id="sellerProfileTriggerId">${seller.name}<`,
    2,
    'featured seller name',
  );
  region = replaceAllChecked(region, SAVED_SELLER_ID, seller.id, 5, 'featured seller id');

  const body = html.slice(0, start) + region + html.slice(end);
  const doctype = '<!DOCTYPE html>\n';
  if (!body.startsWith(doctype))
    throw new Error('the saved page does not start with <!DOCTYPE html>');
  const comment =
    `<!-- Seller Radar fixture derived from the REAL saved page tests/fixtures/amazon/product/amazon-com_ansi-url.html\n` +
    `     (amazon.com /dp/B0057OC5O8; upstream microlinkhq/metascraper, MIT — see ../product/SOURCE.txt).\n` +
    `     Only the buy-box price text and the featured seller's name/id were changed, by scripts/make-price-series.ts:\n` +
    `     ${note} -->\n`;
  return doctype + comment + body.slice(doctype.length);
}

export function buildSeries(html: string): Array<{ entry: SeriesEntry; html: string }> {
  const out: Array<{ entry: SeriesEntry; html: string }> = [];
  for (const [series, rows] of [
    ['war', WAR],
    ['jitter', JITTER],
  ] as const) {
    rows.forEach(([h, seller, price], i) => {
      const file = `${series}-${String(i + 1).padStart(2, '0')}.html`;
      const entry: SeriesEntry = {
        series,
        file,
        at: at(h),
        price,
        seller: seller.name,
        sellerId: seller.id,
      };
      const note = `price $${price.toFixed(2)}, featured seller "${seller.name}" (${seller.id}), captured ${entry.at}.`;
      out.push({ entry, html: makeVariant(html, price, seller, note) });
    });
  }
  return out;
}

/**
 * `npx tsx scripts/make-price-series.ts [--out <dir>]`: writes the pages into <dir> (default: the
 * git-ignored tests/fixtures/amazon/product-series/) and refreshes the committed series.json there.
 */
function main(): void {
  const html = readFileSync(SOURCE, 'utf8');
  const i = process.argv.indexOf('--out');
  const pagesDir = i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : OUT_DIR;
  mkdirSync(pagesDir, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const built = buildSeries(html);
  for (const { entry, html: page } of built) writeFileSync(join(pagesDir, entry.file), page);
  writeFileSync(
    join(OUT_DIR, 'series.json'),
    JSON.stringify(
      {
        source: 'tests/fixtures/amazon/product/amazon-com_ansi-url.html',
        url: 'https://www.amazon.com/dp/B0057OC5O8',
        generatedBy: 'scripts/make-price-series.ts',
        settings: 'tests/fixtures/pricing/settings.json',
        captures: built.map((b) => b.entry),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${built.length} pages to ${pagesDir} and series.json to ${OUT_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
