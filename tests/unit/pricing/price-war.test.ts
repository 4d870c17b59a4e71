import { describe, expect, it } from 'vitest';
import { OWN, runScenario, type Step, kinds } from './scenario';

const floor = { floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } };

/** Featured offer on the product page: [hours, seller, price]. */
const product = (rows: Array<[number, string, number]>): Step[] =>
  rows.map(([h, seller, price]) => ({ h, page: 'product', seller, price }));

/** All-offers captures: [hours, {seller: price}]. */
const offerLists = (rows: Array<[number, Record<string, number>]>): Step[] =>
  rows.map(([h, prices]) => ({
    h,
    page: 'offers',
    offers: Object.entries(prices).map(([s, p]) => [s, p] as [string, number]),
  }));

describe('price war: alternating cuts within the window, cumulative decline ≥ 5 %', () => {
  it('saw-tooth between the seller and one competitor, with the cut sequence as evidence', async () => {
    const r = await runScenario(
      product([
        [0, OWN, 24.99],
        [5, 'SmartHome Deals', 24.49],
        [9, OWN, 23.99],
        [14, 'SmartHome Deals', 23.29],
        [20, OWN, 22.99],
      ]),
      floor,
    );
    const opened = r.steps.map((s) => kinds(s.opened).filter((k) => k === 'price-war').length);
    expect(opened).toEqual([0, 0, 0, 1, 0]);
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.evidence.cuts).toEqual([
      {
        who: 'SmartHome Deals',
        own: false,
        at: '2025-03-03T13:00:00.000Z',
        from: { amount: 24.99, currency: 'USD' },
        to: { amount: 24.49, currency: 'USD' },
      },
      {
        who: OWN,
        own: true,
        at: '2025-03-03T17:00:00.000Z',
        from: { amount: 24.99, currency: 'USD' },
        to: { amount: 23.99, currency: 'USD' },
      },
      {
        who: 'SmartHome Deals',
        own: false,
        at: '2025-03-03T22:00:00.000Z',
        from: { amount: 24.49, currency: 'USD' },
        to: { amount: 23.29, currency: 'USD' },
      },
      {
        who: OWN,
        own: true,
        at: '2025-03-04T04:00:00.000Z',
        from: { amount: 23.99, currency: 'USD' },
        to: { amount: 22.99, currency: 'USD' },
      },
    ]);
    expect(war.evidence.declinePct).toBe(8.0);
    expect(war.message.en).toBe(
      'Price war with SmartHome Deals: 4 alternating price cuts in 15 h (US$24.99 → US$22.99, −8%); you are at US$22.99, floor US$21.00.',
    );
    expect(war.message.zh).toBe(
      '与 SmartHome Deals 的价格战：15 小时内交替降价 4 次（US$24.99 → US$22.99，−8%）；您的价格为 US$22.99，底价 US$21.00。',
    );
    expect(war.severity).toBe('warning');
  });

  it('among three competitors, while the seller holds still', async () => {
    const r = await runScenario(
      offerLists([
        [0, { [OWN]: 26.99, 'SmartHome Deals': 24.99, TechBarn: 25.49, 'Gadget Hub': 25.99 }],
        [6, { [OWN]: 26.99, 'SmartHome Deals': 24.99, TechBarn: 24.49, 'Gadget Hub': 25.99 }],
        [12, { [OWN]: 26.99, 'SmartHome Deals': 24.99, TechBarn: 24.49, 'Gadget Hub': 23.99 }],
        [18, { [OWN]: 26.99, 'SmartHome Deals': 23.49, TechBarn: 24.49, 'Gadget Hub': 23.99 }],
      ]),
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war).toBeDefined();
    expect((war.evidence.cuts as Array<{ who: string }>).map((c) => c.who)).toEqual([
      'TechBarn',
      'Gadget Hub',
      'SmartHome Deals',
    ]);
    expect(war.evidence.participants).toEqual(['TechBarn', 'Gadget Hub', 'SmartHome Deals']);
    expect(war.message.en).toMatch(
      /^Price war between TechBarn, Gadget Hub and SmartHome Deals: 3 alternating price cuts in 12 h/,
    );
    expect(war.message.zh).toMatch(/^TechBarn、Gadget Hub 和 SmartHome Deals 之间的价格战/);
  });

  it('escalates to critical as the price nears the floor, then resolves after a quiet window', async () => {
    const r = await runScenario(
      [
        ...product([
          [0, OWN, 24.99],
          [4, 'SmartHome Deals', 23.99],
          [8, OWN, 23.49],
          [12, 'SmartHome Deals', 22.49],
          [16, OWN, 21.99],
        ]),
        { h: 100, page: 'product', seller: OWN, price: 21.99 },
      ],
      floor,
    );
    expect(kinds(r.steps[3]!.opened)).toContain('price-war');
    expect(r.steps[3]!.opened.find((a) => a.kind === 'price-war')!.severity).toBe('warning');
    // 21.99 is within 5 % of the 21.00 floor
    const esc = r.steps[4]!.escalated.find((a) => a.kind === 'price-war')!;
    expect(esc.severity).toBe('critical');
    expect(esc.nextStep.en).toContain('do not chase below it');
    expect(kinds(r.steps[5]!.resolved)).toContain('price-war');
  });

  it('a war that has gone below the floor says so, rather than "close to your floor"', async () => {
    const r = await runScenario(
      product([
        [0, OWN, 22.99],
        [4, 'SmartHome Deals', 22.49],
        [8, OWN, 21.99],
        [12, 'SmartHome Deals', 20.49],
      ]),
      floor,
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.severity).toBe('critical');
    expect(war.nextStep.en).toBe(
      'Hold: the war has gone below your floor of US$21.00 (now US$20.49); do not follow it down, every sale there is under your floor.',
    );
    expect(war.nextStep.zh).toBe(
      '保持价格：价格战已跌破您的底价 US$21.00（现为 US$20.49）；不要跟降，在这个价格每卖一件都低于底价。',
    );
    expect(war.nextStep.en).not.toContain('close to');
  });

  it('cuts seen in one capture are one round: a real war around a sale, timed from first to last round', async () => {
    const r = await runScenario(
      offerLists([
        [0, { [OWN]: 25.0, 'SmartHome Deals': 25.5, TechBarn: 26.0 }],
        // both competitors discount, seen together: one round, not two alternating cuts
        [4, { [OWN]: 25.0, 'SmartHome Deals': 24.5, TechBarn: 24.75 }],
        [10, { [OWN]: 24.0, 'SmartHome Deals': 24.5, TechBarn: 24.75 }],
        [16, { [OWN]: 24.0, 'SmartHome Deals': 23.5, TechBarn: 24.75 }],
      ]),
      floor,
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war).toBeDefined();
    expect(r.steps[3]!.opened.map((a) => a.kind)).toContain('price-war');
    expect(war.message.en).toBe(
      'Price war with SmartHome Deals and TechBarn: 3 alternating price cuts in 12 h (US$25.50 → US$23.50, −7.8%); you are at US$24.00, floor US$21.00.',
    );
    expect(war.evidence.spanHours).toBe(12);
    expect((war.evidence.cuts as Array<{ who: string; at: string }>).map((c) => c.who)).toEqual([
      'SmartHome Deals',
      'TechBarn',
      OWN,
      'SmartHome Deals',
    ]);
  });

  it('a 60 h war is said to last 60 h, not "3 days"', async () => {
    const rows: Array<[number, Record<string, number>]> = [
      [0, { [OWN]: 20.0, Rival: 20.0 }],
      [12, { [OWN]: 20.0, Rival: 19.49 }],
      [24, { [OWN]: 19.29, Rival: 19.49 }],
      [36, { [OWN]: 19.29, Rival: 18.79 }],
      [48, { [OWN]: 18.59, Rival: 18.79 }],
      [60, { [OWN]: 18.59, Rival: 17.99 }],
      [72, { [OWN]: 17.49, Rival: 17.99 }],
    ];
    const r = await runScenario(offerLists(rows), {
      floors: { B0057OC5O8: { amount: 17, currency: 'USD' } },
    });
    const war = r.steps[6]!.escalated.find((a) => a.kind === 'price-war')!;
    expect(war.message.en).toMatch(/: 6 alternating price cuts in 60 h \(/);
    expect(war.message.zh).toMatch(/：60 小时内交替降价 6 次/);
  });

  it.each<[string, number]>([
    ['a sale day: three competitors each discount once, seen in one capture', 3],
    ['a sale day with fifty competitors discounting in one capture', 50],
  ])('stays silent: %s', async (_name, n) => {
    const before: Record<string, number> = { [OWN]: 50 };
    const after: Record<string, number> = { [OWN]: 50 };
    for (let i = 0; i < n; i++) {
      before[`Seller ${i + 1}`] = 52 + i;
      after[`Seller ${i + 1}`] = Math.round((52 + i) * 95) / 100; // 5 % off
    }
    if (n === 3) {
      before['Seller 4'] = 55; // D does not take part in the sale
      after['Seller 4'] = 55;
    }
    const r = await runScenario(
      offerLists([
        [0, before],
        [2, after],
      ]),
      { floors: { B0057OC5O8: { amount: 47, currency: 'USD' } } },
    );
    expect(kinds(r.opened)).not.toContain('price-war');
    expect(kinds(r.opened)).toContain('undercut'); // the first seller is now below you: that is real
  });

  it.each<[string, Step[]]>([
    [
      'a single cut',
      product([
        [0, OWN, 24.99],
        [5, 'SmartHome Deals', 22.99],
      ]),
    ],
    [
      'one seller walking its price down 10 days (no answer)',
      offerLists(
        Array.from({ length: 10 }, (_, d) => [
          d * 24,
          { [OWN]: 26.99, 'SmartHome Deals': 24.99 - d * 0.5 },
        ]),
      ),
    ],
    [
      'alternating cuts spread over 10 days (never 3 in 72 h)',
      offerLists([
        [0, { [OWN]: 24.99, 'SmartHome Deals': 24.99 }],
        [60, { [OWN]: 24.99, 'SmartHome Deals': 23.99 }],
        [140, { [OWN]: 23.49, 'SmartHome Deals': 23.99 }],
        [220, { [OWN]: 23.49, 'SmartHome Deals': 22.99 }],
      ]),
    ],
    [
      'price increases',
      product([
        [0, OWN, 21.99],
        [5, 'SmartHome Deals', 22.49],
        [9, OWN, 22.99],
        [14, 'SmartHome Deals', 23.49],
      ]),
    ],
    [
      'alternating cuts with only 3 % decline',
      offerLists([
        [0, { [OWN]: 25.0, 'SmartHome Deals': 25.0 }],
        [4, { [OWN]: 25.0, 'SmartHome Deals': 24.7 }],
        [8, { [OWN]: 24.6, 'SmartHome Deals': 24.7 }],
        [12, { [OWN]: 24.6, 'SmartHome Deals': 24.25 }],
      ]),
    ],
    [
      '0.3 % jitter back and forth by both',
      offerLists([
        [0, { [OWN]: 25.0, 'SmartHome Deals': 25.05 }],
        [2, { [OWN]: 24.93, 'SmartHome Deals': 25.05 }],
        [4, { [OWN]: 24.93, 'SmartHome Deals': 24.98 }],
        [6, { [OWN]: 24.86, 'SmartHome Deals': 24.98 }],
        [8, { [OWN]: 24.86, 'SmartHome Deals': 24.91 }],
      ]),
    ],
  ])('stays silent: %s', async (_name, steps) => {
    const r = await runScenario(steps, floor);
    expect(kinds(r.opened)).not.toContain('price-war');
  });
});

/** Offer lists on another market: [hours, {seller: price}]. */
const on = (
  market: 'ebay' | 'taobao' | 'amazon',
  currency: string,
  productKey: string,
  rows: Array<[number, Record<string, number>]>,
): Step[] =>
  rows.map(([h, prices]) => ({
    h,
    page: 'offers',
    market,
    currency,
    productKey,
    offers: Object.entries(prices).map(([s, p]) => [s, p] as [string, number]),
  }));
const sawTooth = (own: number, rival: string): Array<[number, Record<string, number>]> => [
  [0, { [OWN]: own, [rival]: own + 0.5 }],
  [4, { [OWN]: own, [rival]: own - 0.5 }],
  [8, { [OWN]: own - 1, [rival]: own - 0.5 }],
  [12, { [OWN]: own - 1, [rival]: own - 1.5 }],
];

describe('price war: the next step fits the market and what the seller did', () => {
  it('eBay has no buy box: the advice is about the lowest price', async () => {
    const r = await runScenario(on('ebay', 'USD', '1234567890', sawTooth(20, 'rival_store')), {
      floors: { '1234567890': { amount: 10, currency: 'USD' } },
    });
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.nextStep.en).toBe(
      'Hold rather than cut again; if you must keep the lowest price, match once and never go below US$10.00.',
    );
    expect(war.nextStep.zh).toBe(
      '建议保持价格，不要继续降价；如必须保持最低价，最多跟价一次，且绝不低于 US$10.00。',
    );
  });

  it('Taobao: no 购物车 (the buyer’s cart there), and Chinese shop names set without spaces', async () => {
    const r = await runScenario(
      on('taobao', 'CNY', '6789012399', [
        [0, { [OWN]: 99, 惠购百货专营店: 99, 拼价小铺: 105 }],
        [4, { [OWN]: 99, 惠购百货专营店: 95, 拼价小铺: 105 }],
        [8, { [OWN]: 93, 惠购百货专营店: 95, 拼价小铺: 105 }],
        [12, { [OWN]: 93, 惠购百货专营店: 95, 拼价小铺: 89 }],
      ]),
      { floors: { '6789012399': { amount: 70, currency: 'CNY' } } },
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.message.zh).toBe(
      '与惠购百货专营店和拼价小铺的价格战：8 小时内交替降价 3 次（¥99.00 → ¥89.00，−10%）；您的价格为 ¥93.00，底价 ¥70.00。',
    );
    expect(war.nextStep.zh).not.toContain('购物车');
    expect(war.nextStep.en).not.toContain('buy box');
    const undercut = r.opened.find((a) => a.kind === 'undercut')!;
    expect(undercut.message.zh).toBe(
      '惠购百货专营店比您低 4%：对方 ¥95.00，您 ¥99.00（底价 ¥70.00）；您已不再是最低价，详见“失去最低价”提醒。',
    );
    expect(undercut.severity).toBe('info'); // the lowest-lost alert counts on the badge, once
    const lost = r.opened.find((a) => a.kind === 'buy-box-lost')!;
    expect(lost.message.zh).toBe(
      '您已不再是最低价：惠购百货专营店售价 ¥95.00；您的价格为 ¥99.00。',
    );
  });

  it('Amazon keeps the buy-box advice; a Latin name keeps its spaces in Chinese', async () => {
    const r = await runScenario(
      on('amazon', 'USD', 'B0057OC5O8', sawTooth(25, 'SmartHome Deals')),
      floor,
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.nextStep.en).toContain('if you must keep the buy box, match once');
    expect(war.nextStep.zh).toContain('如必须保住购物车（Buy Box）');
    expect(war.message.zh).toMatch(/^与 SmartHome Deals 的价格战：/);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'without a floor',
      {},
      'You have not cut: hold your price and let them fight it out, and set a floor price for this product so the engine can warn you before it is too late.',
      '您尚未降价：建议保持价格，让对方之间去拼；并为该商品设置底价，以便在触底前收到提醒。',
    ],
    [
      'with a floor',
      { floors: { B0057OC5O8: { amount: 15, currency: 'USD' } } },
      'You have not cut: hold your price unless you lose the buy box; then match once at most and never go below US$15.00.',
      '您尚未降价：建议保持价格，除非失去购物车（Buy Box）；届时最多跟价一次，且绝不低于 US$15.00。',
    ],
  ])(
    'a war among competitors tells the seller who never cut to hold, %s',
    async (_n, settings, en, zh) => {
      const r = await runScenario(
        offerLists([
          [0, { [OWN]: 25, A: 22, B: 22 }],
          [1, { [OWN]: 25, A: 21, B: 22 }],
          [2, { [OWN]: 25, A: 21, B: 20.5 }],
          [3, { [OWN]: 25, A: 20, B: 20.5 }],
        ]),
        settings,
      );
      const war = r.alerts.find((a) => a.kind === 'price-war')!;
      expect(war.message.en).toMatch(/^Price war between A and B: 3 alternating price cuts in 2 h/);
      expect(war.nextStep.en).toBe(en);
      expect(war.nextStep.zh).toBe(zh);
      expect(war.nextStep.en).not.toContain('cut again');
      expect(war.nextStep.zh).not.toContain('继续降价');
    },
  );
});

describe('price war within a minute (pages opened one after another)', () => {
  it('says 1 分钟内 in Chinese, not the doubled 不到 1 分钟内', async () => {
    const r = await runScenario(
      product([
        [0, OWN, 24.99],
        [0.002, 'SmartHome Deals', 24.49],
        [0.004, OWN, 23.99],
        [0.006, 'SmartHome Deals', 23.29],
      ]),
    );
    const war = r.alerts.find((a) => a.kind === 'price-war')!;
    expect(war.message.en).toContain('in under a minute');
    expect(war.message.zh).toContain('1 分钟内交替降价');
    expect(war.message.zh).not.toContain('不到');
  });
});
