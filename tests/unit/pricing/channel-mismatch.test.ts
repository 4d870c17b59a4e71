import { describe, expect, it } from 'vitest';
import { evaluateChannelGroup, channelGroupsOf } from '../../../lib/pricing/channel-mismatch';
import { runScenario, settingsOf, type Step, kinds } from './scenario';
import { ownListing } from '../helpers';

const GTIN = '0810012345678';
const us = (h: number, price: number): Step => ({
  h,
  page: 'inventory',
  market: 'amazon',
  productKey: 'B0057OC5O8',
  price,
  gtin: GTIN,
});
const eu = (h: number, price: number): Step => ({
  h,
  page: 'inventory',
  market: 'ebay',
  productKey: '285012345678',
  price,
  currency: 'EUR',
  gtin: GTIN,
});

describe('channel-mismatch across currencies (same GTIN on Amazon US and eBay DE)', () => {
  it.each([
    // US$, €, rates, alert?
    [24.99, 19.99, { 'USD/EUR': 0.92 }, true], // €19.99 ≈ US$21.73: 15 % apart
    [24.99, 22.49, { 'USD/EUR': 0.92 }, false], // ≈ US$24.45: 2.2 %, within 5 %
    [24.99, 19.99, { 'EUR/USD': 1 / 0.92 }, true], // inverse pair
    [24.99, 19.99, { 'USD/GBP': 0.79, 'EUR/GBP': 0.86 }, true], // triangulated through GBP
    [24.99, 19.99, {}, false], // no rate: no alert, no guess
  ])('US$%d vs €%d with %o → alert: %s', async (usd, eur, rates, alert) => {
    const r = await runScenario([us(0, usd), eu(1, eur)], { rates });
    expect(kinds(r.opened).includes('channel-mismatch')).toBe(alert);
  });

  it('names both prices, the conversion and the spread', async () => {
    const r = await runScenario([us(0, 24.99), eu(1, 19.99)], { rates: { 'USD/EUR': 0.92 } });
    const a = r.opened.find((x) => x.kind === 'channel-mismatch')!;
    expect(a.subject).toBe(`gtin:${GTIN}`);
    expect(a.message.en).toBe(
      `GTIN ${GTIN}: your prices differ by 15% across channels: Amazon.com B0057OC5O8 US$24.99, eBay 285012345678 €19.99 (≈ US$21.73).`,
    );
    expect(a.message.zh).toBe(
      `GTIN ${GTIN}：您在各渠道的价格相差 15%：亚马逊美国站 B0057OC5O8 US$24.99，eBay 285012345678 €19.99（约 US$21.73）。`,
    );
    expect(a.evidence.spreadPct).toBe(15.01);
  });

  it('resolves when the prices are aligned', async () => {
    const r = await runScenario([us(0, 24.99), eu(1, 19.99), eu(5, 22.99)], {
      rates: { 'USD/EUR': 0.92 },
    });
    expect(kinds(r.steps[2]!.resolved)).toEqual(['channel-mismatch']);
  });
});

/** Settings with a second channel group of the US and German listing, called `name`. */
const unnamed = (name: string) => ({
  rates: { 'USD/EUR': 0.92 },
  channelGroups: [
    { id: 'g1', name: 'Relay module', members: ['amazon:B0D4KXD3WQ'] },
    { id: 'g2', name, members: ['amazon:B0057OC5O8', 'ebay:285012345678'] },
  ],
});

describe('channel groups the seller did not name', () => {
  const steps = [
    { ...us(0, 24.99), gtin: undefined },
    { ...eu(1, 19.99), gtin: undefined },
  ];

  it('are called Group 2 in English and 分组 2 in Chinese, whatever language the page had', async () => {
    const r = await runScenario(steps, unnamed(''));
    const a = r.opened.find((x) => x.kind === 'channel-mismatch')!;
    expect(a.message.en).toMatch(/^Group 2: your prices differ by 15% across channels: /);
    expect(a.message.zh).toMatch(/^分组 2：您在各渠道的价格相差 15%：/);
    expect(a.evidence.group).toEqual({ en: 'Group 2', zh: '分组 2' });
    // Blank is unnamed too, not a group called " ".
    const blank = await runScenario(steps, unnamed('  '));
    expect(blank.opened.find((x) => x.kind === 'channel-mismatch')!.message.en).toMatch(
      /^Group 2: /,
    );
  });

  it('keep a name saved before (one the page filled in, 分组 2) as it is', async () => {
    const r = await runScenario(steps, unnamed('分组 2'));
    const a = r.opened.find((x) => x.kind === 'channel-mismatch')!;
    expect(a.message.zh).toMatch(/^分组 2：/);
    expect(a.message.en).toMatch(/^分组 2: /);
  });
});

describe('channel groups from settings', () => {
  it('matches members by listing id, product key, SKU or GTIN', () => {
    const settings = settingsOf({
      channelGroups: [
        {
          id: 'relay',
          name: 'Relay module',
          members: ['amazon:B0057OC5O8', '285012345678', 'RELAY-2CH', GTIN],
        },
      ],
    });
    const groups = channelGroupsOf(
      [
        ownListing('amazon:B0057OC5O8'),
        ownListing('ebay:285012345678'),
        ownListing('shopee:998877', { skus: ['RELAY-2CH'] }),
        ownListing('walmart:55501', { gtin: GTIN }),
        ownListing('etsy:123'),
      ],
      settings,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.subject).toBe('channel:relay');
    expect(groups[0]!.listings.map((l) => l.id)).toEqual([
      'amazon:B0057OC5O8',
      'ebay:285012345678',
      'shopee:998877',
      'walmart:55501',
    ]);
  });

  it('compares in the currency most prices reach, not the first listing’s', () => {
    // Amazon.co.jp in JPY, Taobao and JD in CNY, and only a CNY rate: Taobao and JD are 30 % apart.
    const at = '2025-03-03T09:00:00.000Z';
    const res = evaluateChannelGroup({
      subject: 'gtin:4901234567894',
      name: { en: 'GTIN 4901234567894', zh: 'GTIN 4901234567894' },
      settings: settingsOf({ rates: { 'CNY/USD': 0.14 } }),
      now: '2025-03-03T10:00:00.000Z',
      alerts: [],
      members: [
        {
          listing: ownListing('amazon:B0JP000001@amazon.co.jp', { productKey: 'B0JP000001' }),
          price: { amount: 1980, currency: 'JPY' },
          at,
        },
        { listing: ownListing('jd:100012345'), price: { amount: 129, currency: 'CNY' }, at },
        { listing: ownListing('taobao:6543210'), price: { amount: 99, currency: 'CNY' }, at },
      ],
    });
    expect(res.candidates).toHaveLength(1);
    expect(res.candidates[0]!.evidence.baseCurrency).toBe('CNY');
    expect(res.notes).toEqual([
      'no rate between JPY and CNY: amazon:B0JP000001@amazon.co.jp left out of the comparison',
    ]);
  });

  it('tells two Amazon storefronts of one ASIN apart', () => {
    const at = '2025-03-03T09:00:00.000Z';
    const res = evaluateChannelGroup({
      subject: 'channel:mug',
      name: { en: 'MUG-1', zh: 'MUG-1' },
      settings: settingsOf({ rates: { 'USD/EUR': 0.92 } }),
      now: '2025-03-03T10:00:00.000Z',
      alerts: [],
      members: [
        { listing: ownListing('amazon:B0CH000001'), price: { amount: 20, currency: 'USD' }, at },
        {
          listing: ownListing('amazon:B0CH000001@amazon.de', { productKey: 'B0CH000001' }),
          price: { amount: 25, currency: 'EUR' },
          at,
        },
      ],
    });
    expect(res.candidates[0]!.message.en).toContain(
      'Amazon.com B0CH000001 US$20.00, Amazon.de B0CH000001 €25.00',
    );
    expect(res.candidates[0]!.message.zh).toContain(
      '亚马逊美国站 B0CH000001 US$20.00，亚马逊德国站 B0CH000001 €25.00',
    );
  });

  it('notes the member it could not convert and still compares the others', () => {
    const settings = settingsOf({ rates: { 'USD/EUR': 0.92 } });
    const res = evaluateChannelGroup({
      subject: 'channel:relay',
      name: { en: 'Relay module', zh: 'Relay module' },
      settings,
      now: '2025-03-03T10:00:00.000Z',
      alerts: [],
      members: [
        {
          listing: ownListing('amazon:B0057OC5O8'),
          price: { amount: 24.99, currency: 'USD' },
          at: '2025-03-03T09:00:00.000Z',
        },
        {
          listing: ownListing('ebay:285012345678'),
          price: { amount: 19.99, currency: 'EUR' },
          at: '2025-03-03T09:00:00.000Z',
        },
        {
          listing: ownListing('jd:100012345'),
          price: { amount: 169, currency: 'CNY' },
          at: '2025-03-03T09:00:00.000Z',
        },
      ],
    });
    expect(res.candidates).toHaveLength(1);
    expect(res.notes).toEqual([
      'no rate between CNY and USD: jd:100012345 left out of the comparison',
    ]);
    expect(res.candidates[0]!.evidence.notes).toEqual(res.notes);
  });
});

/** Own rows of one mug: Amazon's SKU in upper case, Etsy's in lower case, no GTIN. */
const rates = {};
const amazonRow = (h: number, price: number): Step => ({
  h,
  page: 'inventory',
  market: 'amazon',
  productKey: 'B0CMUG0011',
  price,
  sku: 'MUG-11OZ-WHT',
});
const etsyRow = (h: number, price: number): Step => ({
  h,
  page: 'inventory',
  market: 'etsy',
  productKey: '1498765432',
  price,
  sku: 'mug-11oz-wht',
});

describe('own listings sharing a seller SKU across markets', () => {
  it('are one channel group, without any settings', async () => {
    const r = await runScenario([amazonRow(0, 24.99), etsyRow(1, 19.99)], { rates });
    const a = r.opened.find((x) => x.kind === 'channel-mismatch')!;
    expect(a.subject).toBe('sku:MUG-11OZ-WHT');
    expect(a.message.en).toBe(
      'SKU MUG-11OZ-WHT: your prices differ by 25% across channels: Amazon.com B0CMUG0011 US$24.99, Etsy 1498765432 US$19.99.',
    );
    expect(a.message.zh).toBe(
      'SKU MUG-11OZ-WHT：您在各渠道的价格相差 25%：亚马逊美国站 B0CMUG0011 US$24.99，Etsy 1498765432 US$19.99。',
    );
  });

  it('stay silent when the prices agree, and resolve when they are aligned', async () => {
    const same = await runScenario([amazonRow(0, 24.99), etsyRow(1, 24.49)], { rates });
    expect(kinds(same.opened)).not.toContain('channel-mismatch');
    const fixed = await runScenario([amazonRow(0, 24.99), etsyRow(1, 19.99), etsyRow(4, 24.99)], {
      rates,
    });
    expect(kinds(fixed.steps[2]!.resolved)).toEqual(['channel-mismatch']);
  });

  it('groups by SKU only across markets, own listings, and codes that name a product', () => {
    const settings = settingsOf({});
    const ids = (listings: Parameters<typeof channelGroupsOf>[0]) =>
      channelGroupsOf(listings, settings).map((g) => [g.subject, g.listings.map((l) => l.id)]);
    expect(
      ids([
        ownListing('ebay:285012345678', { skus: [' relay-2ch '] }),
        ownListing('amazon:B0057OC5O8', { skus: ['RELAY-2CH', 'RELAY-2CH-FBA'] }),
        // A competitor's listing never joins: only the seller's own SKUs.
        ownListing('walmart:55501', { own: false, skus: ['RELAY-2CH'] }),
      ]),
    ).toEqual([['sku:RELAY-2CH', ['amazon:B0057OC5O8', 'ebay:285012345678']]]);
    // Two storefronts of one market: the seller's pricing per storefront (VAT), not a mismatch.
    expect(
      ids([
        ownListing('amazon:B0CH000001@amazon.de', { productKey: 'B0CH000001', skus: ['MUG-1'] }),
        ownListing('amazon:B0CH000001@amazon.fr', { productKey: 'B0CH000001', skus: ['MUG-1'] }),
        ownListing('amazon:B0CH000001@amazon.eu', { productKey: 'B0CH000001', skus: ['MUG-1'] }),
      ]),
    ).toEqual([]);
    // The unified Seller Central Europe row names no storefront: it is left out.
    expect(
      ids([
        ownListing('amazon:B0CH000001@amazon.eu', { productKey: 'B0CH000001', skus: ['MUG-1'] }),
        ownListing('ebay:285000000001', { skus: ['MUG-1'] }),
      ]),
    ).toEqual([]);
    // Codes too short or generic to name one product.
    for (const sku of ['1', '01', '123', 'sku', 'Default', '默认']) {
      expect(
        ids([
          ownListing('amazon:B0057OC5O8', { skus: [sku] }),
          ownListing('jd:100012345', { skus: [sku] }),
        ]),
        sku,
      ).toEqual([]);
    }
  });

  it('does not repeat a group a channel group or a GTIN already holds', () => {
    const listings = [
      ownListing('amazon:B0057OC5O8', { skus: ['RELAY-2CH'], gtin: GTIN }),
      ownListing('ebay:285012345678', { skus: ['RELAY-2CH'], gtin: GTIN }),
    ];
    expect(channelGroupsOf(listings, settingsOf({})).map((g) => g.subject)).toEqual([
      `gtin:${GTIN}`,
    ]);
    const configured = settingsOf({
      channelGroups: [{ id: 'relay', name: 'Relay', members: ['RELAY-2CH'] }],
    });
    expect(channelGroupsOf(listings, configured).map((g) => g.subject)).toEqual(['channel:relay']);
    // A third channel that only the SKU names gets its own group with all three.
    const third = [...listings, ownListing('etsy:1498765432', { skus: ['relay-2ch'] })];
    expect(
      channelGroupsOf(third, settingsOf({})).map((g) => [g.subject, g.listings.length]),
    ).toEqual([
      [`gtin:${GTIN}`, 2],
      ['sku:RELAY-2CH', 3],
    ]);
  });
});
