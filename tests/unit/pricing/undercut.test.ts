import { evidenceView } from '../../../components/evidence';
import { describe, expect, it } from 'vitest';
import { OWN, runScenario, type Step, kinds } from './scenario';

/** An all-offers capture: the seller at `own`, one competitor at `comp`. */
const offers = (h: number, own: number, comp: number, seller = 'SmartHome Deals'): Step => ({
  h,
  page: 'offers',
  offers: [
    [OWN, own, true],
    [seller, comp],
  ],
});

describe('undercut: threshold max(undercutPct %, one minor step), jitter ignored', () => {
  it.each([
    // own, competitor, currency, alert?
    [22.99, 22.92, 'USD', false], // 0.3 % jitter
    [22.99, 22.88, 'USD', false], // 0.5 % cheaper: below the 1 % threshold
    [22.99, 22.75, 'USD', true], // 1.04 %
    [22.99, 21.49, 'USD', true], // 6.5 %
    [0.99, 0.98, 'USD', false], // 1 % but only one cent: not more than one minor step
    [0.99, 0.97, 'USD', true],
    [1000, 995, 'JPY', false], // 0.5 %
    [50, 49, 'JPY', false], // 2 %, exactly one yen: not more than one step
    [50, 48, 'JPY', true],
    [22.99, 23.49, 'USD', false], // the competitor is dearer
  ])('own %d vs competitor %d %s → alert: %s', async (own, comp, currency, alert) => {
    const r = await runScenario([{ ...offers(0, own, comp), currency }]);
    expect(kinds(r.opened).includes('undercut')).toBe(alert);
  });

  it('is evaluated on the very first capture, with the evidence and both languages', async () => {
    // A legacy offer list marks no featured offer (holding the buy box is its own case, below).
    const r = await runScenario([
      {
        ...offers(0, 22.99, 21.49),
        offers: [
          [OWN, 22.99],
          ['SmartHome Deals', 21.49],
        ],
      },
    ]);
    const a = r.steps[0]!.opened.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('warning');
    expect(a.subject).toBe('amazon:B0057OC5O8');
    expect(a.evidence).toMatchObject({
      competitor: 'SmartHome Deals',
      competitorPrice: { amount: 21.49, currency: 'USD' },
      ownPrice: { amount: 22.99, currency: 'USD' },
      gap: { amount: 1.5, pct: 6.52 },
    });
    expect(a.message.en).toBe(
      'SmartHome Deals undercuts you by 6.5%: US$21.49 against your US$22.99.',
    );
    expect(a.message.zh).toBe('SmartHome Deals 比您低 6.5%：对方 US$21.49，您 US$22.99。');
  });

  it('stays silent through 0.3 % jitter in both directions', async () => {
    const prices = [22.99, 22.92, 22.99, 23.06, 22.92, 22.99, 22.93, 23.0];
    const r = await runScenario(prices.map((p, i) => offers(i * 2, 22.99, p)));
    expect(r.opened).toEqual([]);
  });
});

describe('undercut hysteresis (undercutPct 1, hysteresisPct 0.5)', () => {
  it('opens at 2 %, stays open at 0.8 %, resolves once clear by the margin (competitor 0.2 % above)', async () => {
    const r = await runScenario([
      offers(0, 100, 98), // 2 % below: opens
      offers(2, 100, 99.2), // 0.8 %: inside the band, stays open
      offers(4, 100, 100.2), // -0.2 %: cleared by more than the margin
    ]);
    expect(kinds(r.steps[0]!.opened)).toEqual(['undercut']);
    expect(r.steps[1]!.resolved).toEqual([]);
    expect(r.steps[1]!.opened).toEqual([]);
    expect(kinds(r.steps[2]!.resolved)).toEqual(['undercut']);
    expect(r.alerts.find((a) => a.kind === 'undercut')!.state).toBe('resolved');
  });

  it('a gap of 0.6 % after an open alert is still inside the band', async () => {
    const r = await runScenario([offers(0, 100, 98), offers(2, 100, 99.4)]);
    expect(r.alerts.find((a) => a.kind === 'undercut')!.state).toBe('open');
  });
});

describe('flip-flopping prices do not storm', () => {
  it('10 flips in a day between two prices open at most one alert', async () => {
    const steps: Step[] = [offers(0, 21.49, 21.99)];
    for (let i = 1; i <= 10; i++) steps.push(offers(i * 2.2, 21.49, i % 2 === 1 ? 19.99 : 21.99));
    const r = await runScenario(steps);
    expect(r.opened.length).toBeLessThanOrEqual(1);
    expect(kinds(r.opened)).toEqual(['undercut']);
    // The resolution happened once; the flips after it neither re-opened nor re-resolved anything.
    expect(r.steps.flatMap((s) => s.resolved).length).toBeLessThanOrEqual(1);
  });

  it('a flip-flop of the buy box between the seller and a competitor opens it once', async () => {
    const steps: Step[] = [];
    for (let i = 0; i < 10; i++) {
      steps.push(
        i % 2 === 0
          ? { h: i * 2.4, page: 'product', price: 21.49 }
          : { h: i * 2.4, page: 'product', price: 20.99, seller: 'SmartHome Deals' },
      );
    }
    const r = await runScenario(steps);
    expect(kinds(r.opened).filter((k) => k === 'buy-box-lost')).toHaveLength(1);
    expect(kinds(r.opened).filter((k) => k === 'undercut')).toHaveLength(1);
    expect(kinds(r.opened)).not.toContain('price-war');
  });

  it('a condition that returns and is confirmed by a second capture re-opens', async () => {
    const r = await runScenario([
      offers(0, 21.49, 19.99),
      offers(1, 21.49, 21.99),
      offers(2, 21.49, 19.99),
      offers(3, 21.49, 19.99),
    ]);
    expect(r.steps.map((s) => kinds(s.opened))).toEqual([['undercut'], [], [], ['undercut']]);
  });

  it('a return with a deeper cut within 24 h is news: it re-opens on its first capture', async () => {
    const r = await runScenario([
      offers(0, 21.49, 19.99),
      offers(1, 21.49, 21.99),
      offers(2, 21.49, 18.99), // lower than the $19.99 of the resolved alert
    ]);
    expect(r.steps.map((s) => kinds(s.opened))).toEqual([['undercut'], [], ['undercut']]);
    expect(r.steps[2]!.opened[0]!.message.en).toContain('US$18.99');
  });

  it('a review page visit is no capture of the prices: it does not confirm a returning condition', async () => {
    // The review page names the product (and so moves its lastSeen) but shows no price; counting it
    // as the second capture would let flap damping re-open the undercut on one sighting.
    const r = await runScenario([
      offers(0, 21.49, 19.99),
      offers(1, 21.49, 21.99),
      offers(2, 21.49, 19.99),
      { h: 3, page: 'reviews' },
      offers(4, 21.49, 19.99),
    ]);
    expect(r.steps.map((s) => kinds(s.opened))).toEqual([['undercut'], [], [], [], ['undercut']]);
  });

  it('the per-product rate limit caps openings per 24 h', async () => {
    // Each return of the undercut is seen twice, so flap damping lets it through; the cap does not.
    const steps: Step[] = [];
    for (let i = 0; i < 8; i++) {
      steps.push(
        offers(i * 3, 21.49, 19.99),
        offers(i * 3 + 1, 21.49, 19.99),
        offers(i * 3 + 2, 21.49, 21.99),
      );
    }
    const r = await runScenario(
      steps.filter((s) => s.h < 24),
      {
        thresholds: { maxAlertsPerProductPerDay: 3 },
      },
    );
    expect(r.opened).toHaveLength(3);
  });

  it('past the cap, an alert opening for the first time that day still opens: below the floor after a flapping morning', async () => {
    const steps: Step[] = [];
    for (let i = 0; i < 4; i++) {
      steps.push(
        offers(i * 3, 21.49, 20.49),
        offers(i * 3 + 1, 21.49, 20.49),
        offers(i * 3 + 2, 21.49, 21.99),
      );
    }
    steps.push(offers(13, 21.49, 18.49));
    const r = await runScenario(steps, {
      floors: { B0057OC5O8: { amount: 19, currency: 'USD' } },
      thresholds: { maxAlertsPerProductPerDay: 3 },
    });
    // The undercut flapped open three times and hit the cap; its fourth return stays shut.
    expect(kinds(r.opened)).toEqual(['undercut', 'undercut', 'undercut', 'below-floor']);
    expect(r.steps.at(-1)!.opened.map((a) => [a.kind, a.severity])).toEqual([
      ['below-floor', 'warning'],
    ]);
  });
});

describe('debounce', () => {
  it('with debounceMinutes 60 a condition opens on its second capture, not the first', async () => {
    const r = await runScenario([offers(0, 22.99, 21.49), offers(0.25, 22.99, 21.49)], {
      thresholds: { debounceMinutes: 60 },
    });
    expect(r.steps.map((s) => kinds(s.opened))).toEqual([[], ['undercut']]);
  });
});

/** The all-offers panel: the seller's FBA offer featured, a merchant-fulfilled one cheaper landed. */
const holding = (h: number, market: 'amazon' | 'walmart' | 'ebay' = 'amazon'): Step => ({
  h,
  page: 'offers',
  market,
  offers: [
    [OWN, 24.99, true],
    ['SlowShip', 23.98], // US$19.99 + US$3.99 shipping
  ],
});

describe('undercut while the seller still holds the buy box (Amazon, Walmart)', () => {
  const floor = { floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } };

  it.each(['amazon', 'walmart'] as const)(
    '%s: says so and advises to hold, as info',
    async (market) => {
      const r = await runScenario([holding(0, market)], floor);
      const a = r.opened.find((x) => x.kind === 'undercut')!;
      expect(a.severity).toBe('info'); // not on the badge: no sale is lost while the buy box is yours
      expect(a.message.en).toBe(
        'SlowShip undercuts you by 4%: US$23.98 against your US$24.99 (floor US$21.00), but you still hold the buy box.',
      );
      expect(a.message.zh).toBe(
        'SlowShip 比您低 4%：对方 US$23.98，您 US$24.99（底价 US$21.00），但购物车（Buy Box）仍在您手中。',
      );
      expect(a.nextStep.en).toBe(
        'You still hold the buy box, so there is no need to match US$23.98: keep your price and watch; react only if you lose the buy box.',
      );
      expect(a.nextStep.zh).toBe(
        '购物车（Buy Box）仍在您手中，无需跟价至 US$23.98：建议保持价格并继续观察，失去购物车后再考虑应对。',
      );
      expect(a.nextStep.en).not.toMatch(/\bMatch\b/);
      expect(a.evidence.holdsBuyBox).toBe(true);
    },
  );

  it('once the undercutter takes the buy box, buy-box-lost counts and the undercut points to it', async () => {
    const r = await runScenario(
      [holding(0), { h: 2, page: 'product', seller: 'SlowShip', price: 23.98 }],
      floor,
    );
    expect(kinds(r.steps[1]!.opened)).toContain('buy-box-lost');
    const lost = r.steps[1]!.opened.find((x) => x.kind === 'buy-box-lost')!;
    expect(lost.severity).toBe('warning');
    expect(lost.nextStep.en).toBe(
      'Match US$23.98 if your margin allows (it is above your floor of US$21.00), or hold and watch.',
    );
    // One price drop, one count on the badge: the undercut stays info and says where the advice is.
    const a = r.alerts.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('info');
    expect(a.message.en).toBe(
      'SlowShip undercuts you by 4%: US$23.98 against your US$24.99 (floor US$21.00); they also took the buy box (see that alert).',
    );
    expect(a.message.zh).toBe(
      'SlowShip 比您低 4%：对方 US$23.98，您 US$24.99（底价 US$21.00）；对方也抢走了购物车（Buy Box），详见该提醒。',
    );
    expect(a.evidence.alsoLost).toBe('buy-box');
    const facts = evidenceView(a, 'en').facts;
    expect(facts).toContainEqual({ label: 'Buy box', value: 'theirs now' });
    expect(evidenceView(a, 'zh').facts).toContainEqual({
      label: '购物车（Buy Box）',
      value: '已归对方',
    });
    expect(r.alerts.filter((x) => x.severity !== 'info').map((x) => x.kind)).toEqual([
      'buy-box-lost',
    ]);
  });

  it('an undercutter who did not take the buy box is still a warning of its own', async () => {
    // The buy box went to a Prime seller at the seller's price; a cheaper offer sits below both.
    const r = await runScenario([
      holding(0),
      {
        h: 2,
        page: 'offers',
        offers: [
          [OWN, 24.99],
          ['PrimeFast', 24.99, true],
          ['SlowShip', 22.49],
        ],
      },
    ]);
    const a = r.alerts.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('warning');
    expect(a.evidence.alsoLost).toBeUndefined();
    expect(r.alerts.find((x) => x.kind === 'buy-box-lost')?.severity).toBe('warning');
  });

  it('eBay has no buy box: a featured flag there changes nothing', async () => {
    const r = await runScenario([holding(0, 'ebay')], floor);
    const a = r.opened.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('warning');
    expect(a.message.en).not.toContain('buy box');
  });
});

describe('undercut by less than 0.05 % (undercutPct 0)', () => {
  it('shows the money gap and a finer percentage, never "0%"', async () => {
    const r = await runScenario(
      [
        {
          h: 0,
          page: 'offers',
          offers: [
            [OWN, 100],
            ['Rival', 99.98],
          ],
        },
      ],
      { thresholds: { undercutPct: 0 } },
    );
    const a = r.opened.find((x) => x.kind === 'undercut')!;
    expect(a.message.en).toBe(
      'Rival undercuts you by US$0.02 (0.02%): US$99.98 against your US$100.00.',
    );
    expect(a.message.zh).toBe('Rival 比您低 US$0.02（0.02%）：对方 US$99.98，您 US$100.00。');
    expect(a.message.en).not.toContain(' 0%');
  });
});

describe('out of stock: a lower price sells nothing, so the advice is to restock (info)', () => {
  it('undercut while the inventory row says Out of Stock: info, restock first, in both languages', async () => {
    const r = await runScenario([
      { h: 0, page: 'inventory', price: 20, quantity: 0, status: 'Out of Stock' },
      { h: 2, page: 'offers', offers: [['Rival Goods', 18]] },
    ]);
    const a = r.opened.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('info');
    expect(a.message.en).toBe(
      'Rival Goods undercuts you by 10%: US$18.00 against your US$20.00, but you are out of stock.',
    );
    expect(a.message.zh).toBe('Rival Goods 比您低 10%：对方 US$18.00，您 US$20.00，但您目前缺货。');
    expect(a.nextStep.en).toBe(
      'You are out of stock, so no price sells anything now: restock (or reactivate the listing) first, then compare with US$18.00.',
    );
    expect(a.nextStep.zh).toBe(
      '您目前缺货，调价也无法成交：请先补货（或重新上架），再对比对方的 US$18.00。',
    );
    expect(a.evidence.outOfStock).toBe(true);
    expect(evidenceView(a, 'zh').facts).toContainEqual({ label: '您的库存', value: '缺货' });
  });

  it('a Chinese back office’s 缺货, or quantity 0 alone, counts; restocked, the usual advice is back', async () => {
    const zhStatus = await runScenario([
      { h: 0, page: 'inventory', price: 20, status: '缺货' },
      { h: 2, page: 'offers', offers: [['Rival Goods', 18]] },
    ]);
    expect(zhStatus.opened.find((x) => x.kind === 'undercut')!.severity).toBe('info');
    const restocked = await runScenario([
      { h: 0, page: 'inventory', price: 20, quantity: 0 },
      { h: 1, page: 'inventory', price: 20, quantity: 35, status: 'Active' },
      { h: 2, page: 'offers', offers: [['Rival Goods', 18]] },
    ]);
    const a = restocked.opened.find((x) => x.kind === 'undercut')!;
    expect(a.severity).toBe('warning');
    expect(a.nextStep.en).toMatch(/^Set a floor price/);
  });
});

describe('a landed price with shipping on top', () => {
  it('is shown with its make-up, as the seller sees it on the page (€15.49 + €3.99 shipping)', async () => {
    const r = await runScenario([
      {
        h: 0,
        page: 'offers',
        currency: 'EUR',
        offers: [
          [OWN, 20],
          ['Konkurrent', 19.48, false, 3.99],
        ],
      },
    ]);
    const a = r.opened.find((x) => x.kind === 'undercut')!;
    expect(a.message.en).toBe(
      'Konkurrent undercuts you by 2.6%: €19.48 (€15.49 + €3.99 shipping) against your €20.00.',
    );
    expect(a.message.zh).toBe(
      'Konkurrent 比您低 2.6%：对方 €19.48（€15.49 + 运费 €3.99），您 €20.00。',
    );
    expect(evidenceView(a, 'en').facts).toContainEqual({
      label: 'Their price',
      value: '€19.48 (€15.49 + €3.99 shipping)',
    });
  });
});
