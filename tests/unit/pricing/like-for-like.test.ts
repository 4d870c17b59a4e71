/**
 * Compare like with like: a seller named by id is the seller everywhere, prices are landed prices
 * (item + shipping) everywhere, one seller's two readings of one capture are one price, and a used
 * offer never undercuts a new listing. Real product pages go through the real parser, ingest and
 * alert engine (the `parse` and `alerts` CLI commands); series that no saved page shows are
 * realistic snapshots of the same shapes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { replay } from '../../../lib/cli/alerts';
import { SellerRadarDB } from '../../../lib/db/database';
import { conditionClass, ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { buildSeries } from '../../../lib/pricing/series';
import { parseSettings, type SettingsInput } from '../../../lib/schemas/settings';
import { pageSnapshotSchema, type PageSnapshot } from '../../../lib/schemas/snapshot';
import { captureIO, tempFiles } from '../cli/harness';

const FIX = 'tests/fixtures/amazon/product';
const files = tempFiles('seller-radar-like-');

async function parsePage(url: string, at: string, fixture: string): Promise<string> {
  const { io, out, err } = captureIO();
  const code = await main(['parse', '--url', url, '--at', at, `${FIX}/${fixture}`], io);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return out.join('\n');
}

async function alertsOf(settings: SettingsInput, lines: string[]) {
  const s = files.file(`s${Math.random()}.json`, JSON.stringify(settings));
  const input = files.file(`i${Math.random()}.jsonl`, lines.join('\n') + '\n');
  const { io, out } = captureIO();
  expect(await main(['alerts', '--settings', s, input], io)).toBe(0);
  return out.map((l) => JSON.parse(l) as { kind: string; message: string; evidence: unknown });
}

const M = (amount: number, currency = 'USD') => ({ amount, currency });

/** An amazon.com product page with its all-offers panel open: [seller, item price, shipping]. */
function productPage(
  at: string,
  featured: { seller: string; sellerId?: string; price: number },
  offers: Array<[string, number, number, string?]> = [],
): PageSnapshot {
  return pageSnapshotSchema.parse({
    market: 'amazon',
    pageType: 'product',
    url: 'https://www.amazon.com/dp/B0057OC5O8',
    capturedAt: at,
    parser: { id: 'amazon/product', version: 2 },
    listings: [
      {
        productKey: 'B0057OC5O8',
        title: 'SainSmart 4-Channel Relay Module',
        price: M(featured.price),
        featuredOffer: {
          price: M(featured.price),
          sellerName: featured.seller,
          ...(featured.sellerId ? { sellerId: featured.sellerId } : {}),
        },
      },
    ],
    ...(offers.length
      ? {
          offers: offers.map(([seller, price, ship, condition], i) => ({
            productKey: 'B0057OC5O8',
            sellerName: seller,
            price: M(price),
            shipping: M(ship),
            landedPrice: M(Math.round((price + ship) * 100) / 100),
            isFeatured: i === 0,
            ...(condition ? { condition } : {}),
          })),
        }
      : {}),
  });
}

describe('a seller named by id in ownSellers', () => {
  it('holds its own buy box on the real amazon.com page (sold by SainSmart Official, seller=A1CJB5SYI9X4XC)', async () => {
    const page = await parsePage(
      'https://www.amazon.com/dp/B0057OC5O8',
      '2025-03-03T08:00:00Z',
      'amazon-com_ansi-url.html',
    );
    expect(await alertsOf({ ownSellers: ['A1CJB5SYI9X4XC'] }, [page])).toEqual([]);
    // The same with the name, as before.
    expect(await alertsOf({ ownSellers: ['SainSmart Official'] }, [page])).toEqual([]);
  });

  it('walking its own price down is neither a lost buy box nor a competitor nor a war', async () => {
    const snaps = [8.99, 8.49, 7.99, 7.49].map((p, i) =>
      productPage(`2025-03-03T${String(8 + 4 * i).padStart(2, '0')}:00:00Z`, {
        seller: 'SainSmart Official',
        sellerId: 'A1CJB5SYI9X4XC',
        price: p,
      }),
    );
    const out = await replay(
      snaps,
      parseSettings({ ownSellers: ['A1CJB5SYI9X4XC'], floors: { B0057OC5O8: M(7.5) } }),
    );
    expect(out.map((r) => r.alert.kind)).toEqual(['below-floor']);
    const floor = out[0]!.alert;
    expect(floor.message.en).toBe('Your price US$7.49 is below your floor of US$7.50.');
    expect(floor.evidence).toMatchObject({ competitor: null, competitorPrice: null });
  });
});

// Relay Shack holds the buy box at $8.49 + $3.99 shipping ($12.48 landed) and never moves.
const shack = (at: string, own: number, extra: Array<[string, number, number]> = []) =>
  productPage(at, { seller: 'Relay Shack', price: 8.49 }, [
    ['Relay Shack', 8.49, 3.99],
    ['SainSmart Official', own, 0],
    ...extra,
  ]);

describe('landed prices', () => {
  it('stores the used buy box of the real amazon.co.uk page as £4.45 + £3.99 delivery = £8.44', async () => {
    const page = pageSnapshotSchema.parse(
      JSON.parse(
        await parsePage(
          'https://www.amazon.co.uk/dp/1849757097',
          '2025-03-03T08:00:00Z',
          'amazon-co-uk_product-url.html',
        ),
      ),
    );
    const db = new SellerRadarDB(`like-${Math.random()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    await ingestSnapshot(db, page, { key: snapshotKey(page), settings: { ownSellers: [] } });
    const [point] = await db.pricePoints.toArray();
    expect(point).toMatchObject({
      featuredPrice: { amount: 8.44, currency: 'GBP' },
      featuredSeller: 'Goldstone-Books',
      featuredSellerId: 'A2NQK4TIWYJD6B',
      featuredCondition: 'Used',
    });
  });

  it('the featured item price is not a competitor price when the offer list gives the landed one', async () => {
    const out = await replay(
      [shack('2025-03-03T08:00:00Z', 12.39)],
      parseSettings({ ownSellers: ['SainSmart Official'] }),
    );
    // $12.48 landed is above the seller's $12.39: no undercut (it was "$8.49, 32% below").
    expect(out.map((r) => r.alert.kind)).toEqual(['buy-box-lost']);
    expect(out[0]!.alert.message.en).toBe(
      'Relay Shack took the buy box at US$12.48; you are at US$12.39.',
    );
  });

  it('one seller read twice in one capture (featured item price, listed landed price) is no cut', async () => {
    const seq: Array<[string, number, boolean]> = [
      ['2025-03-03T08:00:00Z', 13.49, true],
      ['2025-03-03T12:00:00Z', 13.19, true],
      ['2025-03-03T16:00:00Z', 13.19, false],
      ['2025-03-03T20:00:00Z', 12.89, false],
      ['2025-03-04T00:00:00Z', 12.89, true],
      ['2025-03-04T04:00:00Z', 12.63, true],
    ];
    const snaps = seq.map(([at, own, budget]) =>
      shack(at, own, budget ? [['Budget Relay Co', 13.99, 0]] : []),
    );
    const settings = parseSettings({ ownSellers: ['SainSmart Official'] });
    const out = await replay(snaps, settings);
    expect(out.map((r) => r.alert.kind)).not.toContain('price-war');

    // Only the seller's own three cuts: Relay Shack never moved.
    const db = new SellerRadarDB(`like-${Math.random()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    for (const s of snaps) await ingestSnapshot(db, s, { key: snapshotKey(s), settings });
    const ctx = buildSeries({
      listing: (await db.listings.toArray())[0]!,
      points: await db.pricePoints.orderBy('at').toArray(),
      offers: await db.offers.orderBy('at').toArray(),
      settings,
      now: '2025-03-04T04:00:00.000Z',
      alerts: [],
    });
    expect(ctx.cuts.map((c) => [c.who === 'Relay Shack' ? c.who : 'own', c.to.amount])).toEqual([
      ['own', 13.19],
      ['own', 12.89],
      ['own', 12.63],
    ]);
  });
});

describe('used offers against a new listing', () => {
  it('the amazon.de all-offers panel: "Gebraucht - Sehr gut" €10.20 neither undercuts nor breaks the floor', async () => {
    const page = await parsePage(
      'https://www.amazon.de/dp/B0D4KX7TQ2',
      '2025-03-05T09:00:00Z',
      'amazon-de_aod-panel.html',
    );
    const out = await alertsOf(
      { ownSellers: ['Voltkern Direkt'], floors: { B0D4KX7TQ2: M(11, 'EUR') } },
      [page],
    );
    expect(out).toEqual([]);
  });

  it('a used offer cutting against the new listing is neither an undercut nor a price war', async () => {
    // Rounds alternate: the seller cuts, the used offer cuts, the seller cuts (-11% in 12 h).
    const own = [13.49, 12.99, 12.99, 12.49];
    const used = [12.99, 12.99, 11.99, 11.99];
    const snaps = own.map((o, i) =>
      productPage(
        `2025-03-03T${String(8 + 4 * i).padStart(2, '0')}:00:00Z`,
        { seller: 'SainSmart Official', price: o },
        [
          ['SainSmart Official', o, 0, 'New'],
          ['Warehouse Deals', used[i]!, 0, 'Used - Very Good'],
        ],
      ),
    );
    const out = await replay(snaps, parseSettings({ ownSellers: ['SainSmart Official'] }));
    expect(out.map((r) => r.alert.kind)).toEqual([]);
  });

  it.each(['new copy listed first', 'used copy listed first'])(
    "a seller with a new and a used copy is judged as new, whatever the rows' order (%s)",
    async (order) => {
      const rows = (rival: number, used: string): Array<[string, number, number, string]> => {
        const list: Array<[string, number, number, string]> = [
          ['SainSmart Official', 20, 0, 'New'],
          ['Rival Co', rival, 0, 'New'],
          ['SainSmart Official', 14, 0, used],
        ];
        return order === 'new copy listed first' ? list : [list[2]!, list[0]!, list[1]!];
      };
      const out = await replay(
        [
          productPage(
            '2025-03-03T09:00:00Z',
            { seller: 'SainSmart Official', price: 20 },
            rows(18.9, 'Used - Like New'),
          ),
          productPage(
            '2025-03-03T13:00:00Z',
            { seller: 'Rival Co', price: 15 },
            rows(15, 'Used - Good'),
          ),
        ],
        parseSettings({ ownSellers: ['SainSmart Official'], floors: { B0057OC5O8: M(18) } }),
      );
      expect(out.map((r) => [r.alert.kind, r.alert.severity, r.alert.message.en])).toEqual([
        [
          'undercut',
          'info',
          'Rival Co undercuts you by 5.5%: US$18.90 against your US$20.00 (floor US$18.00), but you still hold the buy box.',
        ],
        ['buy-box-lost', 'warning', 'Rival Co took the buy box at US$15.00; you are at US$20.00.'],
        [
          'below-floor',
          'warning',
          'Matching Rival Co at US$15.00 would take you below your floor of US$18.00 (you are at US$20.00).',
        ],
      ]);
    },
  );

  it('reads the condition words of the storefronts', () => {
    for (const c of [
      'Used - Very Good',
      'Gebraucht - Sehr gut',
      "D'occasion - Très bon",
      'Usato - Come nuovo',
      'Renewed',
      'Reacondicionado',
      '中古品 - 非常に良い',
      'Collectible - Like New',
    ])
      expect(conditionClass(c), c).toBe('used');
    for (const c of ['New', 'Neu', 'Neuf', 'Nuovo', 'Nuevo', '新品', '', undefined])
      expect(conditionClass(c), String(c)).toBe('new');
  });
});

describe('Pricing Health', () => {
  it('a listing that is not the Featured Offer has lost the buy box, and the featured price undercuts its landed price', async () => {
    const parsed = captureIO();
    await main(
      [
        'parse',
        '--url',
        'https://sellercentral.amazon.com/pricing/health',
        '--at',
        '2025-03-03T08:00:00Z',
        'tests/fixtures/amazon/pricing/pricing-health_sellercentral-com.html',
      ],
      parsed.io,
    );
    const page = parsed.out.join('\n');
    const out = await alertsOf({ ownSellers: ['Voltkern Direct'] }, [page]);
    expect(out.map((a) => [a.kind, a.message])).toEqual([
      ['buy-box-lost', 'A competitor took the buy box at US$11.49; you are at US$12.99.'],
      [
        'undercut',
        'A competitor undercuts you by 12%: US$11.49 against your US$12.99; they also took the buy box (see that alert).',
      ],
      // Row 2: $18.49 + $4.99 shipping = $23.48 against a $19.99 featured offer.
      ['buy-box-lost', 'A competitor took the buy box at US$19.99; you are at US$23.48.'],
      [
        'undercut',
        'A competitor undercuts you by 15%: US$19.99 against your US$23.48; they also took the buy box (see that alert).',
      ],
    ]);
    // With a floor above the featured price: the unnamed competitor reads in lower case mid-sentence.
    const floored = await alertsOf(
      {
        ownSellers: ['Voltkern Direct'],
        floors: { 'VK-RELAY-4CH': M(12) },
      },
      [page],
    );
    const below = floored.find((a) => a.kind === 'below-floor');
    expect(below?.message).toMatch(
      /^Matching a competitor at US\$11\.49 would take you below your floor of US\$12\.00/,
    );
  });
});

describe('naming yourself applies to the pages already captured', () => {
  it('the product page read before the seller named themselves gives their price: the first lost buy box alerts', async () => {
    const { recomputePriceAlerts } = await import('../../../lib/alerts/recompute');
    const db = new SellerRadarDB(`named-${Math.random()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const before = parseSettings({});
    const named = parseSettings({ ownSellers: ['SainSmart Official'] });
    // Visited before the seller named themselves: their own offer holds the buy box at $8.99.
    const first = productPage('2025-03-03T08:00:00Z', {
      seller: 'SainSmart Official',
      price: 8.99,
    });
    await ingestSnapshot(db, first, { key: snapshotKey(first), settings: before });
    expect((await db.pricePoints.toArray())[0]!.ownPrice).toBeNull();
    // Named in the options, then a competitor takes the buy box at $8.49.
    const second = productPage('2025-03-03T12:00:00Z', { seller: 'Relay Shack', price: 8.49 });
    await ingestSnapshot(db, second, { key: snapshotKey(second), settings: named });
    const r = await recomputePriceAlerts(db, named, '2025-03-03T12:00:00.000Z', [
      'amazon:B0057OC5O8',
    ]);
    expect(r.opened.map((a) => a.kind).toSorted()).toEqual(['buy-box-lost', 'undercut']);
    expect(r.opened.find((a) => a.kind === 'buy-box-lost')!.message.en).toBe(
      'Relay Shack took the buy box at US$8.49; you are at US$8.99.',
    );
  });

  it('a featured seller who is not named stays a competitor: no own price is made up', async () => {
    const db = new SellerRadarDB(`unnamed-${Math.random()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const page = productPage('2025-03-03T08:00:00Z', { seller: 'SainSmart Official', price: 8.99 });
    await ingestSnapshot(db, page, { key: snapshotKey(page), settings: parseSettings({}) });
    const listing = (await db.listings.toArray())[0]!;
    const points = await db.pricePoints.toArray();
    const view = (ownSellers: string[]) =>
      buildSeries({
        listing,
        settings: parseSettings({ ownSellers }),
        now: '2025-03-03T09:00:00Z',
        points,
        offers: [],
        alerts: [],
      }).views[0]!;
    expect(view([])).toMatchObject({ own: null, comp: M(8.99) });
    expect(view(['SainSmart Official'])).toMatchObject({ own: M(8.99), comp: null });
  });
});
