import { describe, expect, it } from 'vitest';
import { alertCandidateSchema } from '../../../lib/schemas/alert';
import { OWN, runScenario, type Step } from './scenario';

const floor = { floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } };
const offers = (h: number, own: number, comp: number): Step => ({
  h,
  page: 'offers',
  offers: [
    [OWN, own, true],
    ['SmartHome Deals', comp],
  ],
});

describe('every price alert speaks both languages and quotes its numbers', () => {
  it.each<[string, Step[], Record<string, unknown>, string[]]>([
    ['undercut', [offers(0, 22.99, 21.49)], floor, ['US$21.49', 'US$22.99', '6.5%', 'US$21.00']],
    [
      'buy-box-lost',
      [
        { h: 0, page: 'product', price: 22.99 },
        { h: 2, page: 'product', price: 21.99, seller: 'SmartHome Deals' },
      ],
      {},
      ['US$21.99', 'US$22.99', 'SmartHome Deals'],
    ],
    [
      'price-war',
      [
        { h: 0, page: 'product', price: 24.99 },
        { h: 4, page: 'product', price: 23.99, seller: 'SmartHome Deals' },
        { h: 8, page: 'product', price: 23.49 },
        { h: 12, page: 'product', price: 22.49, seller: 'SmartHome Deals' },
      ],
      floor,
      ['US$24.99', 'US$22.49', '10%', 'US$21.00'],
    ],
    ['below-floor', [offers(0, 22.99, 20.49)], floor, ['US$20.49', 'US$21.00', 'US$22.99']],
  ])('%s', async (kind, steps, settings, amounts) => {
    const r = await runScenario(steps, settings);
    const a = r.opened.find((x) => x.kind === kind)!;
    expect(a, `${kind} was raised`).toBeDefined();
    expect(alertCandidateSchema.safeParse(a).success).toBe(true);
    for (const text of [a.message.en, a.message.zh, a.nextStep.en, a.nextStep.zh])
      expect(text.trim()).not.toBe('');
    for (const amount of amounts) {
      expect(a.message.en).toContain(amount);
      expect(a.message.zh).toContain(amount);
    }
    expect(a.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(a.nextStep.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(a.message.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
