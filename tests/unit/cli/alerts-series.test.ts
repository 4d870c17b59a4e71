/**
 * End to end on real page markup: the Amazon product page series (the real saved amazon.com page with
 * only the buy-box price and seller changed, built by scripts/make-price-series.ts into a temporary
 * folder, as tests/fixtures/amazon/product-series/series.json lists) goes through `seller-radar parse`,
 * then `seller-radar alerts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { buildSeries, SOURCE } from '../../../scripts/make-price-series';
import { captureIO, tempFiles } from './harness';

const SETTINGS = 'tests/fixtures/pricing/settings.json';
// 13 variants of a 3 MB page are built per run rather than committed.
const pages = tempFiles('seller-radar-pages-');
for (const { entry, html } of buildSeries(readFileSync(SOURCE, 'utf8'))) {
  pages.file(entry.file, html);
}
const series = JSON.parse(
  readFileSync('tests/fixtures/amazon/product-series/series.json', 'utf8'),
) as {
  url: string;
  captures: Array<{ series: string; file: string; at: string; price: number; seller: string }>;
};

async function cli(argv: string[]) {
  const { io, out, err } = captureIO();
  const code = await main(argv, io);
  return { code, out, err };
}

async function replaySeries(name: string) {
  const snapshots: string[] = [];
  for (const c of series.captures.filter((x) => x.series === name)) {
    const r = await cli(['parse', '--url', series.url, '--at', c.at, pages.path(c.file)]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const snap = JSON.parse(r.out[0]!);
    // The parser reads the changed price and seller: the fixtures say what they claim to.
    expect(snap.listings[0].featuredOffer).toMatchObject({
      price: { amount: c.price, currency: 'USD' },
      sellerName: c.seller,
    });
    snapshots.push(r.out[0]!);
  }
  const file = tempFiles('seller-radar-series-').file(`${name}.jsonl`, snapshots.join('\n') + '\n');
  const r = await cli(['alerts', '--settings', SETTINGS, file]);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return r.out.map(
    (l) =>
      JSON.parse(l) as {
        kind: string;
        severity: string;
        at: string;
        event: string;
        message: string;
      },
  );
}

describe('alerts on the Amazon product-page series', () => {
  it('war: buy-box loss, then the price war, its escalation near the floor, then the floor breach', async () => {
    const alerts = await replaySeries('war');
    expect(alerts.map((a) => [a.at, a.kind, a.severity, a.event])).toEqual([
      ['2025-03-03T14:00:00.000Z', 'buy-box-lost', 'warning', 'opened'],
      ['2025-03-03T14:00:00.000Z', 'undercut', 'info', 'opened'], // the buy-box loss of the same drop counts
      // Each time SmartHome Deals takes the buy box back at a lower price it is news (a deeper cut),
      // not a flap: the alerts re-open at once, not on the capture after.
      ['2025-03-03T22:00:00.000Z', 'buy-box-lost', 'warning', 'reopened'],
      ['2025-03-03T22:00:00.000Z', 'undercut', 'info', 'reopened'],
      ['2025-03-03T22:00:00.000Z', 'price-war', 'warning', 'opened'],
      ['2025-03-04T06:00:00.000Z', 'buy-box-lost', 'warning', 'reopened'],
      ['2025-03-04T06:00:00.000Z', 'price-war', 'critical', 'escalated'],
      ['2025-03-04T08:00:00.000Z', 'below-floor', 'warning', 'opened'],
    ]);
    expect(alerts[0]!.message).toBe(
      'SmartHome Deals took the buy box at US$8.49; you are at US$8.99.',
    );
    expect(alerts[2]!.message).toBe(
      'SmartHome Deals took the buy box at US$7.99; you are at US$8.49.',
    );
    expect(alerts[4]!.message).toBe(
      'Price war with SmartHome Deals: 3 alternating price cuts in 8 h (US$8.99 → US$7.99, −11%); you are at US$8.49, floor US$7.50.',
    );
    expect(alerts[7]!.message).toBe(
      'Matching SmartHome Deals at US$7.29 would take you below your floor of US$7.50 (you are at US$7.99).',
    );
  });

  it('jitter: a few cents up and down raise nothing', async () => {
    expect(await replaySeries('jitter')).toEqual([]);
  });
});
