/**
 * Price parsing and Amazon page parsing throughput, as ratios to baselines run in the same process:
 *  - parseMoney over the formats of DESIGN.md §2 vs a naive "strip everything but digits and dots"
 *    Number() (which gets most of them wrong: the price of being right);
 *  - building the Document with linkedom and running the product parser vs building it alone (the
 *    parser's share of a CLI parse of the 3 MB amazon.com page).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parseMoney } from '../../lib/money';
import { parseDocument } from '../../lib/markets/index';
import { throughput, withRatios, type BenchSuite } from './harness';

const PRICES: [string, string][] = [
  ['$12.99', 'USD'], ['US$12.99', 'MXN'], ['¥1,299.00', 'CNY'], ['￥1,299', 'JPY'], ['1.299,00 €', 'EUR'],
  ['€ 1.299,00', 'EUR'], ['R$ 1.299,00', 'BRL'], ['₹2,37,097.00', 'INR'], ['£7.99', 'GBP'], ["CHF 1'299.50", 'CHF'],
  ['1 299,00 zł', 'PLN'], ['$1,299.00', 'MXN'], ['Rs. 499', 'INR'], ['$12.99 - $15.99', 'USD'], ['--', 'USD'],
  ['FREE', 'USD'], ['免费', 'CNY'], ['１２３円', 'JPY'], ['12,99\u00a0€', 'EUR'], ['Currently unavailable.', 'USD'],
]; // prettier-ignore

const PAGE = fileURLToPath(
  new URL('../fixtures/amazon/product/amazon-com_ansi-url.html', import.meta.url),
);

export const suite: BenchSuite = {
  name: 'money',
  description: 'parseMoney and the Amazon product parser, as ratios to same-run baselines',
  async run() {
    const naive = throughput(PRICES, ([t]) => Number(t.replace(/[^\d.]/g, '')));
    const parsed = throughput(PRICES, ([t, c]) => parseMoney(t, { currencyHint: c }).money);
    const html = readFileSync(PAGE, 'utf8');
    const pages = [html];
    const domOnly = throughput(pages, (h) => parseHTML(h).document, 3_000);
    const full = throughput(
      pages,
      (h) =>
        parseDocument(
          parseHTML(h).document as unknown as Document,
          'https://www.amazon.com/dp/B0057OC5O8',
          '2024-03-05T08:00:00Z',
        ).kind === 'snapshot',
      3_000,
    );
    return {
      suite: 'money',
      rows: [
        ...withRatios(
          [
            { name: 'naive Number(strip) (baseline)', unit: 'prices/s', value: naive },
            { name: 'parseMoney', unit: 'prices/s', value: parsed },
          ],
          'naive Number(strip) (baseline)',
        ),
        ...withRatios(
          [
            {
              name: 'linkedom parseHTML, amazon.com page (baseline)',
              unit: 'pages/s',
              value: domOnly,
            },
            { name: 'parseHTML + amazon/product parser', unit: 'pages/s', value: full },
          ],
          'linkedom parseHTML, amazon.com page (baseline)',
        ),
      ],
      notes: [
        `${PRICES.length} price strings per pass; the naive baseline misreads 1.299,00 €, ₹2,37,097.00, ranges and "--"`,
      ],
    };
  },
};
