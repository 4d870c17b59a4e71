/**
 * Analysis 13 (assets/model/MODEL-CARD.md): an order that never arrived, the complaint behind A-to-z
 * claims and chargebacks, read as neutral or with no delivery complaint. Each case failed before the
 * change; the counter-examples are what the new patterns must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';
import type { AspectName } from '../../../lib/sentiment/types';

const labelOf = (text: string) => classifyReview(text).label;
const aspectOf = (text: string, aspect: AspectName) =>
  classifyReview(text)
    .aspects.filter((a) => a.aspect === aspect)
    .map((a) => a.polarity);

describe('an order never delivered (English)', () => {
  it.each([
    'It never arrived.',
    'Marked as delivered but never got it',
    'Item never showed up.',
    'Still waiting for my order after 3 weeks.',
    'My package was not delivered.',
    'Order not received, seller will not answer.',
    'It has not arrived yet.',
  ])('%s -> negative, with a shipping complaint', (text) => {
    expect(labelOf(text)).toBe('negative');
    expect(aspectOf(text, 'shipping')).toContain('negative');
    expect(aspectOf(text, 'packaging')).not.toContain('negative');
  });

  it('a missing reply is the service, not the delivery', () => {
    const text = 'Never received a response from the seller.';
    expect(aspectOf(text, 'shipping')).toEqual([]);
    expect(aspectOf(text, 'service')).toEqual(['negative']);
  });

  it('a delivery that did not come late is still praise', () => {
    expect(labelOf("It didn't arrive late, came right on time.")).toBe('positive');
    expect(aspectOf("It didn't arrive late, came right on time.", 'shipping')).toEqual([
      'positive',
    ]);
  });
});

describe('an order never delivered (Chinese)', () => {
  it.each([
    '显示已签收，但是我根本没收到',
    '都快20天了，还没收到，怎么回事',
    '货都还没有收到，叫我怎么评价呀',
  ])('%s -> a shipping complaint, not a quality one', (text) => {
    expect(aspectOf(text, 'shipping')).toContain('negative');
    expect(aspectOf(text, 'quality')).not.toContain('negative');
  });

  it.each([
    ['说好有赠品，可是我一直就没有收到', 'a promised gift'],
    ['开了发票，一直没收到', 'an invoice'],
    ['酒店一直称未收到', 'the hotel saying it never received the booking'],
    ['显示满信号，就是收不到', 'a phone signal'],
    ['已签收，速度很快', 'a parcel signed for'],
  ])('%s (%s) is no delivery complaint', (text) => {
    expect(aspectOf(text, 'shipping')).not.toContain('negative');
  });
});

describe('a broken item outweighs praise of its box', () => {
  it('is negative without stars, with a quality complaint', () => {
    const text = 'Packaging was great, the item inside was broken.';
    expect(labelOf(text)).toBe('negative');
    expect(aspectOf(text, 'quality')).toContain('negative');
    expect(labelOf('Box was in perfect condition, the glass inside was shattered.')).toBe(
      'negative',
    );
  });
});
