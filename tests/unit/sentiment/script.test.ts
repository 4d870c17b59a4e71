/** The Traditional → Simplified table: committed asset = what the build script makes, and conversion keeps offsets. */
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import {
  createToSimplified,
  FIRST_CONVERTED,
  type T2sTableJson,
} from '../../../lib/sentiment/script';
import { buildTable } from '../../../scripts/build-zh-t2s';
import { readAsset } from '../helpers';

const committed = readAsset<T2sTableJson>('model/zh-t2s.json');

describe('zh-t2s table', () => {
  it('is exactly what scripts/build-zh-t2s.ts builds from OpenCC TSCharacters', () => {
    expect(committed).toEqual(buildTable(tsCharacters));
  });

  it('holds single code units only, all from CJK Extension A up, no character mapped to itself', () => {
    const { pairs } = committed;
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length / 2).toBeGreaterThan(2_500);
    for (let i = 0; i < pairs.length; i += 2) {
      const [t, s] = [pairs.charCodeAt(i), pairs.charCodeAt(i + 1)];
      expect(t).toBeGreaterThanOrEqual(FIRST_CONVERTED);
      expect(t < 0xd800 || t > 0xdfff).toBe(true);
      expect(s < 0xd800 || s > 0xdfff).toBe(true);
      expect(t).not.toBe(s);
    }
  });
});

describe('createToSimplified', () => {
  const toSimplified = createToSimplified(committed);

  it('converts Traditional characters in place and leaves everything else alone', () => {
    expect(toSimplified('品質很好，包裝不錯！Great 👍 物流：3天')).toBe(
      '品质很好，包装不错！Great 👍 物流：3天',
    );
    expect(toSimplified('賣家服務態度差')).toBe('卖家服务态度差');
  });

  it('returns Simplified and non-Chinese text unchanged (the same string)', () => {
    for (const text of ['质量很好，物流很快', 'Works great', '', '🙂🙂']) {
      expect(toSimplified(text)).toBe(text);
    }
  });

  it('never changes the length, so offsets into the result are offsets into the input', () => {
    const text = '這個東西真的很爛，退貨還不給退。聯繫客服也沒有回應，鬱悶'.repeat(20);
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('reads Cantonese grammar words as Mandarin, and 唔 as a negator only before a Han character', () => {
    expect(toSimplified('用咗一個月，冇問題')).toBe('用了一个月，没问题');
    expect(toSimplified('佢哋嘅服務')).toBe('他们的服务');
    expect(toSimplified('質素唔錯')).toBe('质素不错');
    expect(toSimplified('唔，送货快')).toBe('唔，送货快');
    expect(toSimplified('唔sim卡')).toBe('唔sim卡');
    expect(toSimplified('好用唔')).toBe('好用唔');
  });
});
