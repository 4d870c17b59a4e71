import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment';
import { FAR, NEAR, negatedBefore } from '../../../lib/sentiment/negation';

/** Whether the word `word` in `text` is negated (the first occurrence). */
const negated = (text: string, word: string, lang: 'zh' | 'en', reach = NEAR) =>
  negatedBefore(text, text.indexOf(word), lang, 0, reach);

describe('negatedBefore (one check for phrase rules and aspect opinions)', () => {
  it.each([
    ['物流不快', '快'],
    ['物流不太快', '快'],
    ['不推荐购买', '推荐购买'],
    ['并非正品', '正品'],
    ['缺乏周到的服务', '周到'],
    ['不是很好', '好'],
  ])('%s: %s is negated', (text, word) => {
    expect(negated(text, word, 'zh')).toBe(true);
  });

  it.each([
    ['物流非常快', '快'], // 非常 "very"
    ['特别推荐购买', '推荐购买'], // 特别 "especially": the classifier's copy called this a complaint
    ['别人推荐购买的', '推荐购买'], // 别人 "others"
    ['价格比别家贵', '贵'], // 别家 "other shops"
    ['电池不错耐用', '耐用'], // 不错 "good"
    ['有个别坏的', '坏的'], // 个别 "a few"
    ['不过很快', '快'], // 不过 "but"
    ['不好，快', '快'], // never across a comma
  ])('%s: %s is not negated', (text, word) => {
    expect(negated(text, word, 'zh')).toBe(false);
  });

  it('a phrase reaches three characters back, an opinion word two', () => {
    expect(negated('不会再回购', '回购', 'zh', FAR)).toBe(true);
    expect(negated('不会再回购', '回购', 'zh', NEAR)).toBe(false);
  });

  it.each([
    ["The box wasn't damaged", 'damaged', NEAR],
    ['It is not fast', 'fast', NEAR],
    ['They did not respond', 'respond', NEAR],
    ["It doesn't really remove stains", 'remove', FAR],
    ['cant give it five stars', 'five', FAR],
    ['It failed to stop the leak', 'stop', FAR],
  ])('%s: "%s" is negated', (text, word, reach) => {
    expect(negated(text, word, 'en', reach)).toBe(true);
  });

  it.each([
    ['Not cheap. Fast shipping', 'Fast'], // another sentence
    ['No problems, fast shipping', 'fast'], // another clause
    ['Notable speed, fast', 'fast'],
    ['It is knot fast', 'fast'],
  ])('%s: "%s" is not negated', (text, word) => {
    expect(negated(text, word, 'en', FAR)).toBe(false);
  });
});

describe('the classifier and the aspects agree on negation', () => {
  it('特别推荐购买 ("highly recommend buying") is praise, 不推荐购买 a complaint', () => {
    expect(classifyReview('特别推荐购买').label).toBe('positive');
    expect(classifyReview('别人推荐购买的，果然不错').label).toBe('positive');
    expect(classifyReview('不推荐购买').label).toBe('negative');
  });

  it.each([
    ['价格还比别家贵', 'price', 'negative'], // was price praise: 别 negated 贵
    ['电池不错耐用，电影不卡', 'quality', 'positive'], // was a quality complaint: 不 of 不错 negated 耐用
  ] as const)('%s: %s %s', (text, aspect, polarity) => {
    expect(classifyReview(text).aspects.find((a) => a.aspect === aspect)?.polarity).toBe(polarity);
  });
});
