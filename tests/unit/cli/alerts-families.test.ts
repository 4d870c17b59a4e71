/** The `alerts` replay runs every alert family the background runs after an ingest, not only prices. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { inventorySnapshot, productSnapshot } from '../helpers';
import { snapshotOf } from '../markets/amazon/fixtures';
import { captureIO, tempFiles } from './harness';

async function replay(lines: object[]) {
  const file = tempFiles('seller-radar-families-').file(
    'snapshots.jsonl',
    lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
  );
  const { io, out, err } = captureIO();
  const code = await main(['alerts', file], io);
  return {
    code,
    err,
    alerts: out.map((l) => JSON.parse(l) as { kind: string; severity: string; message: string }),
  };
}

describe('alerts replay: all families', () => {
  it('raises a compliance alert for an own listing whose title breaks the market rules', async () => {
    const inv = inventorySnapshot('2026-11-20T10:00:00.000Z', [['B0TEST0001', 'SKU-1', 19.99]]);
    inv.listings![0]!.title = 'Relay module FDA approved, kills 99.9% of germs — free shipping';
    const r = await replay([inv]);
    expect(r.err).toEqual([]);
    expect(r.alerts.map((a) => a.kind)).toContain('compliance');
    expect(r.alerts.find((a) => a.kind === 'compliance')!.message).toMatch(/FDA approved/i);
  });

  it('raises parser-health for a known page that parsed to nothing', async () => {
    const empty = { ...productSnapshot('2026-11-20T10:00:00.000Z', 1), listings: [] };
    const r = await replay([empty]);
    expect(r.alerts.map((a) => a.kind)).toEqual(['parser-health']);
  });

  it('raises parser-health when a review page that named its product stops yielding reviews', async () => {
    // The real review page reads 10 reviews and the product header; the same page with its review
    // cards gone (a layout change) still names the product, but it must read as empty, not as ok.
    const real = { ...snapshotOf('reviews/Amazon.com_Customer_reviews.html') };
    real.capturedAt = '2026-11-20T10:00:00.000Z';
    const broken = { ...real, capturedAt: '2026-11-21T10:00:00.000Z', reviews: [] };
    expect(broken.listings).toHaveLength(1);
    const r = await replay([real, broken]);
    const health = r.alerts.filter((a) => a.kind === 'parser-health');
    expect(health).toHaveLength(1);
    expect(health[0]!.message).toBe(
      'Amazon review page parsed 0 items where it used to parse 10: the page layout may have changed.',
    );
  });

  it('raises a negative-review alert for a new 1-star review with its aspect', async () => {
    const s = productSnapshot('2026-11-20T10:00:00.000Z', 24.99, 'X', {
      reviews: [
        {
          id: 'RNEW1',
          productKey: 'B0057OC5O8',
          rating: 1,
          title: 'Arrived broken',
          body: 'The box was crushed and the carafe arrived broken. Shipping took three weeks.',
          date: '2026-11-19',
          dateText: 'November 19, 2026',
        },
      ],
    });
    const r = await replay([s]);
    const neg = r.alerts.find((a) => a.kind === 'negative-review');
    expect(neg?.severity).toBe('warning');
    expect(neg?.message).toMatch(/shipping|packaging/i);
  });
});
