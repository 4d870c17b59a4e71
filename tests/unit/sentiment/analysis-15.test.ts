/**
 * Analysis 15 (assets/model/MODEL-CARD.md), from a QA pass over review alerts: a fear of a fake that
 * the review answers is no authenticity complaint (it had raised a critical alert with an OS
 * notification), the brand's anti-counterfeit code is praise, and goods compared with the genuine
 * article and found wanting are a complaint. Each case failed before the change; the counter-examples
 * are what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';

const authenticity = (text: string) =>
  classifyReview(text)
    .aspects.filter((a) => a.aspect === 'authenticity')
    .map((a) => [a.polarity, text.slice(a.start, a.end)]);

describe('a fear of a fake, answered', () => {
  it.each([
    "I was worried it would be fake but it's the real deal, authentic and sealed.",
    'I was afraid it would be a knockoff. Turns out it is genuine!',
    '差点以为是假货，结果是正品，放心了',
    '担心买到假货，收到后扫码验证是正品',
    '差點以為是假貨，結果是正品，放心了',
  ])('%s: praise, with no authenticity complaint', (text) => {
    const r = classifyReview(text);
    expect(r.label).toBe('positive');
    expect(authenticity(text).some(([p]) => p === 'negative')).toBe(false);
    expect(authenticity(text).some(([p]) => p === 'positive')).toBe(true);
  });

  it('a fear left unanswered, or borne out, stays with the model and its complaint', () => {
    expect(classifyReview('没有防伪码，怀疑是假货').label).toBe('negative');
    expect(authenticity('没有防伪码，怀疑是假货')[0]).toEqual(['negative', '没有防伪码']);
    const borne = 'I thought it was fake and it is. Counterfeit garbage.';
    expect(classifyReview(borne).label).toBe('negative');
    expect(authenticity(borne)).toContainEqual(['negative', 'Counterfeit garbage']);
    // 怕是 is "probably": 怕是买到假的了 is a complaint.
    expect(authenticity('发票是假的，怕是买到假的了').every(([p]) => p === 'negative')).toBe(true);
  });
});

describe('the anti-counterfeit code and the genuine article', () => {
  it('有防伪码 is praise; 没有防伪码 a complaint; a dead 防伪电话 is no praise', () => {
    expect(classifyReview('正品，有防伪码，放心').label).toBe('positive');
    expect(authenticity('正品，有防伪码，放心')).toEqual([
      ['positive', '正品'],
      ['positive', '有防伪码'],
    ]);
    expect(authenticity('没有防伪码，也没有包装')).toEqual([['negative', '没有防伪码']]);
    expect(authenticity('还有防伪电话，打过去之后是空号').some(([p]) => p === 'positive')).toBe(
      false,
    );
  });

  it('compared with the genuine article and found wanting is a complaint (it was praise of 正品)', () => {
    expect(authenticity('假貨！跟正品差很多').map(([p]) => p)).toEqual(['negative', 'negative']);
    expect(authenticity('味道和浓稠度完全和正品不一样')).toEqual([
      ['negative', '味道和浓稠度完全和正品不一样'],
    ]);
  });

  it('"legit": the goods said to be genuine, or not', () => {
    expect(classifyReview("It's legit, checked the serial number.").label).toBe('positive');
    const not = 'Not legit. The logo is off and the stitching is wrong.';
    expect(classifyReview(not).label).toBe('negative');
    expect(authenticity(not)).toEqual([['negative', 'Not legit']]);
    // Slang for good is no authenticity mention.
    expect(authenticity('Reminded me of legit Italian pizza.')).toEqual([]);
  });
});

const aspectsOf = (text: string) => classifyReview(text).aspects.map((a) => [a.aspect, a.polarity]);

describe('a part that gave way, a function that stopped', () => {
  it.each([
    [
      'Cap snapped off on first use. Waste of money.',
      [
        ['quality', 'negative'],
        ['price', 'negative'],
      ],
    ],
    [
      'Stopped heating after a month. Waste of money.',
      [
        ['quality', 'negative'],
        ['price', 'negative'],
      ],
    ],
    ['The handle snapped in half.', [['quality', 'negative']]],
  ])('%s: a quality complaint first (its next step is not "compare your price")', (text, want) => {
    expect(aspectsOf(text)).toEqual(want);
  });

  it('not a photo snapped or a clasp that snaps shut', () => {
    expect(aspectsOf('Snapped a few photos, love the color.')).toEqual([]);
    expect(aspectsOf('The clasp snapped shut securely, great quality.')).toEqual([
      ['quality', 'positive'],
    ]);
  });
});

describe('Chinese inside an English review', () => {
  it('is read by the Chinese model: its complaint counts, for the review and for its aspect', () => {
    const text = 'The quality is 很差 but shipping was fast';
    expect(aspectsOf(text)).toEqual([
      ['quality', 'negative'],
      ['shipping', 'positive'],
    ]);
    expect(classifyReview(text).label).toBe('negative');
    expect(aspectsOf('The quality is 很好 and shipping was fast')).toEqual([
      ['quality', 'positive'],
      ['shipping', 'positive'],
    ]);
  });

  it('a Chinese name in an English review leaves its verdict alone', () => {
    expect(classifyReview('Bought the 小米 fan, works great').label).toBe('positive');
  });
});
