/**
 * Analysis 16 (assets/model/MODEL-CARD.md), from the review-sentiment QA pass: a verdict balanced on
 * purpose is neither praise nor complaint. Each neutral case was negative before the change (a 3★
 * "fine, nothing more" raised a negative-review alert); the rest of a review still decides.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';

describe('a verdict balanced on purpose', () => {
  it.each([
    'Not the best, not the worst',
    'Not the best but not the worst.',
    'Neither good nor bad.',
    'Not great, not terrible.',
    'not bad, not great either',
    '不好不坏',
    '不好也不坏。',
    '说不上好也说不上坏',
    '不算好也不算差',
    '不好不壞',
  ])('%s: neutral', (text) => {
    const r = classifyReview(text);
    expect(r.label).toBe('neutral');
    expect(r.score).toBe(0);
  });

  it('leaves the rest of the review to decide', () => {
    const broke = classifyReview('Not great, not terrible. Broke after a week.');
    expect(broke.label).toBe('negative');
    expect(broke.aspects).toContainEqual(
      expect.objectContaining({ aspect: 'quality', polarity: 'negative' }),
    );
    expect(classifyReview('不好不坏，就是物流太慢了').label).toBe('negative');
    expect(
      classifyReview("Not the best, not the worst, and I'd buy it again for the price").label,
    ).toBe('positive');
    expect(classifyReview('过得去，不好不差，活动价买的。以后再买').label).toBe('positive');
  });

  it('is not a phrase that only looks like one', () => {
    // "Not bad" alone is praise; 不差评 is "no bad rating"; the worst is still a complaint.
    expect(classifyReview('Not bad at all.').label).toBe('positive');
    expect(classifyReview('The worst charger I have ever owned.').label).toBe('negative');
    expect(classifyReview('This is not the best, it is the worst.').label).toBe('negative');
  });
});

describe('Chinese aspect words inside an English review', () => {
  it('are aspect mentions, judged by the Chinese model', () => {
    const text = 'The shipping was fast and the seller was friendly, but 质量很差';
    const r = classifyReview(text);
    expect(r.lang).toBe('en');
    expect(r.aspects.map((a) => [a.aspect, a.polarity, text.slice(a.start, a.end)])).toEqual([
      ['shipping', 'positive', 'The shipping was fast'],
      ['service', 'positive', 'the seller was friendly'],
      ['quality', 'negative', '质量很差'],
    ]);
    // Traditional characters too, with the spans in the original text.
    const hant = 'Fast delivery. 包裝破損了';
    const h = classifyReview(hant);
    expect(h.aspects.map((a) => [a.aspect, a.polarity, hant.slice(a.start, a.end)])).toContainEqual(
      ['packaging', 'negative', '包裝破損了'],
    );
  });
});
