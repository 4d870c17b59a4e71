/**
 * Analysis 12 (assets/model/MODEL-CARD.md): marketplace reviews a QA pass through the CLI found misread,
 * written the way buyers write them. Each case failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';
import type { AspectName } from '../../../lib/sentiment/types';

const mentions = (text: string, rating?: number) =>
  classifyReview(text, rating === undefined ? {} : { rating }).aspects.map(
    (a) => `${a.aspect}:${a.polarity}`,
  );
const labelOf = (text: string, rating?: number) =>
  classifyReview(text, rating === undefined ? {} : { rating }).label;
const aspectOf = (text: string, aspect: AspectName) =>
  classifyReview(text)
    .aspects.filter((a) => a.aspect === aspect)
    .map((a) => a.polarity);

describe('praise said through a negation', () => {
  it.each([
    'I have no complaints about the quality.',
    'No complaints about the quality.',
    'Nothing wrong with the quality.',
    'The quality could not be better.',
    "The quality couldn't be better.",
  ])('%s -> positive, with quality praise, not a quality complaint', (text) => {
    expect(labelOf(text)).toBe('positive');
    expect(aspectOf(text, 'quality')).toEqual(['positive']);
  });

  it.each([
    'Shipping was not an issue.',
    'Zero complaints.',
    'Not flimsy like the other ones I tried.',
  ])('%s -> positive', (text) => expect(labelOf(text)).toBe('positive'));

  it('"could be better" stays a complaint', () => {
    expect(labelOf('The quality could be better.')).toBe('negative');
  });

  it.each([
    '没有任何问题',
    '用了一个月，没有任何问题',
    '没有什么问题',
    '一点问题都没有',
    '质量没有任何问题',
  ])('%s -> positive (没有任何问题 took two fillers the rule did not allow)', (text) =>
    expect(labelOf(text)).toBe('positive'),
  );

  it('质量没有任何问题 praises the quality; 尺码没有偏差 is no size complaint', () => {
    expect(aspectOf('质量没有任何问题', 'quality')).toEqual(['positive']);
    expect(aspectOf('尺码没有偏差，很合适', 'size')).not.toContain('negative');
  });
});

describe('fakes denied', () => {
  it.each(['不是假货', '绝对不是假货，放心买'])('%s -> positive, authenticity praised', (text) => {
    expect(labelOf(text)).toBe('positive');
    expect(aspectOf(text, 'authenticity')).toEqual(['positive']);
  });

  it('a check that found it genuine is praise: 专柜验了，是真的', () => {
    expect(labelOf('专柜验了，是真的')).toBe('positive');
  });

  it.each(['是不是假货啊', '不是假货吧', '如果不是假货就好了'])(
    '%s is a question or a condition, not a denial',
    (text) => expect(labelOf(text)).not.toBe('positive'),
  );
});

describe('the goods broken whatever the box', () => {
  it.each([
    '包装很好，东西是坏的',
    '外包装完好，里面东西是碎的',
    '物流很快，东西不能用',
    '發貨很快，東西是壞的',
  ])('%s -> negative, with a quality complaint', (text) => {
    expect(labelOf(text)).toBe('negative');
    expect(aspectOf(text, 'quality')).toContain('negative');
  });

  it('an instruction is not the goods broken: 这个东西不能用水洗 gets no −1.5 from the rule', () => {
    // The model alone reads it as −0.65 (不能用 leans negative); with the rule it was −0.91.
    expect(classifyReview('这个东西不能用水洗，要干洗').score).toBeGreaterThan(-0.75);
  });

  it('English: the item inside broken outweighs the box at 1★', () => {
    expect(labelOf('Packaging was great, the item inside was broken.', 1)).toBe('negative');
    expect(labelOf('Box was in perfect condition, the glass inside was shattered.')).toBe(
      'negative',
    );
  });

  it.each(['Arrived quickly. Doesn’t turn on.', 'Fast shipping, but it does not work.'])(
    '%s: the dead product is a quality complaint beside the shipping praise',
    (text) => {
      expect(mentions(text)).toContain('shipping:positive');
      expect(mentions(text)).toContain('quality:negative');
    },
  );
});

describe('the parcel is the delivery, not the packing', () => {
  it.each([
    ['Package was lost.', 'shipping:negative'],
    ['Still waiting for my package, tracking has not updated in 2 weeks.', 'shipping:negative'],
    ['Never received my order.', 'shipping:negative'],
  ])('%s -> %s, no packaging complaint', (text, mention) => {
    expect(mentions(text)).toContain(mention);
    expect(mentions(text)).not.toContain('packaging:negative');
  });

  it('a parcel that arrived early is shipping praise; a crushed package is still the packing', () => {
    expect(mentions('The package arrived two days early!')).toContain('shipping:positive');
    expect(mentions('The package was crushed and the bottle leaked.')).toContain(
      'packaging:negative',
    );
  });
});

describe('value and fit wordings', () => {
  it.each([
    ['CP值很高，推薦', 'positive'],
    ['ＣＰ值很高', 'positive'],
    ['CP值很低，不推薦', 'negative'],
    ['物超所值', 'positive'],
  ])('%s: price %s', (text, polarity) => expect(aspectOf(text, 'price')).toEqual([polarity]));

  it.each([
    '裤子太长了',
    '褲子太長了',
    '袖子太长',
    '裤子有点短',
    '太紧了，穿不上',
    'The pants are too long.',
    'Sleeves too short.',
  ])('%s: a size complaint', (text) => expect(aspectOf(text, 'size')).toContain('negative'));

  it.each([
    '等的时间太长了',
    '送餐时间一个半小时也有点太长了',
    '待机时间实在是太短了',
    '保质期太短',
    '故事都太长了',
    'Shipping took too long.',
    'Battery life is too short.',
  ])('%s: a time or a text, no size', (text) => expect(aspectOf(text, 'size')).toEqual([]));
});

describe('text the model could not read before', () => {
  it('full-width English (Chinese input methods) is English', () => {
    const r = classifyReview('Ｇｒｅａｔ ｑｕａｌｉｔｙ，ｆａｓｔ ｓｈｉｐｐｉｎｇ');
    expect(r).toMatchObject({ lang: 'en', label: 'positive' });
    expect(r.aspects.map((a) => `${a.aspect}:${a.polarity}`)).toEqual([
      'quality:positive',
      'shipping:positive',
    ]);
  });

  it('a rating without words follows its stars, like "None"', () => {
    expect(classifyReview('', { rating: 1 })).toMatchObject({ label: 'negative', lang: 'und' });
    expect(classifyReview('', { rating: 5 }).label).toBe('positive');
    expect(classifyReview('None', { rating: 1 }).label).toBe('negative');
  });
});
