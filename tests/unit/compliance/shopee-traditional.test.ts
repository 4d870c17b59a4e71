/**
 * Shopee Taiwan listings in Traditional Chinese are not governed by the PRC Advertising Law: its
 * findings there are `info`, marked as PRC rules kept for reference (Taiwan's own laws catch much of the
 * same wording), instead of errors that would fail an audit. Simplified text on Shopee, Traditional text
 * on the Chinese markets, no market and an explicit pack list keep the law's full severity.
 */
import { describe, expect, it } from 'vitest';
import { lintListing, lintText } from '../../../lib/compliance/lint';
import { isMostlyTraditional } from '../../../lib/compliance/normalize';

const prc = (findings: ReturnType<typeof lintText>) =>
  findings.filter((f) => f.pack === 'cn-ad-law').map((f) => [f.ruleId, f.severity, f.match]);

describe('Shopee, Traditional Chinese: PRC findings become info, marked as PRC rules', () => {
  it.each([
    ['【台灣現貨】最佳保濕面霜 敏感肌適用 50ml', 'cn-ad-law/absolute-zuijia', '最佳'],
    ['國家級認證 頂級純棉浴巾 加厚吸水', 'cn-ad-law/absolute-national', '國家級'],
    ['銷量第一 無線藍牙耳機 超長續航', 'cn-ad-law/absolute-ranking', '銷量第一'],
  ])('%s', (title, ruleId, match) => {
    const f = lintText(title, { market: 'shopee' }).filter((x) => x.pack === 'cn-ad-law');
    expect(f.map((x) => [x.ruleId, x.severity, x.match])).toContainEqual([ruleId, 'info', match]);
    for (const x of f) {
      expect(x.severity).toBe('info');
      expect(x.message.en).toMatch(/^For reference only: this is a PRC Advertising Law rule/);
      expect(x.message.zh).toMatch(/^仅供参考：此为中国大陆《广告法》规则/);
    }
  });

  it('the script is judged on the whole listing: a short ambiguous title goes with Traditional bullets', () => {
    const f = lintListing(
      { title: '第一品牌 保溫杯', bullets: ['316不鏽鋼內膽，長效保溫12小時', '台灣出貨，附發票'] },
      { market: 'shopee' },
    );
    expect(prc(f)).toEqual([['cn-ad-law/absolute-ranking', 'info', '第一品牌']]);
  });

  it("Shopee's own rules keep their severity in a Traditional listing", () => {
    const f = lintText('私聊優惠 韓版寬鬆純棉短袖T恤', { market: 'shopee' });
    expect(f.map((x) => [x.ruleId, x.severity])).toContainEqual(['shopee/off-platform', 'error']);
  });
});

describe('unchanged: the law keeps its severity elsewhere', () => {
  it('Simplified Chinese on Shopee (a cross-border seller’s copy)', () => {
    expect(prc(lintText('最佳保湿面霜 敏感肌适用', { market: 'shopee' }))).toEqual([
      ['cn-ad-law/absolute-zuijia', 'error', '最佳'],
    ]);
  });

  it('Traditional Chinese on Taobao, with no market, and with an explicit pack list', () => {
    const title = '最佳保濕面霜 敏感肌適用';
    const expected = [['cn-ad-law/absolute-zuijia', 'error', '最佳']];
    expect(prc(lintText(title, { market: 'taobao' }))).toEqual(expected);
    expect(prc(lintText(title))).toEqual(expected);
    expect(prc(lintText(title, { packs: ['cn-ad-law', 'shopee'] }))).toEqual(expected);
  });
});

describe('isMostlyTraditional', () => {
  it.each([
    ['韓版寬鬆純棉短袖T恤 男女同款 台灣現貨', true],
    ['台灣製造 手工皂 天然', true],
    ['最後一件 出清', true],
    ['韩版宽松纯棉短袖T恤 男女同款', false],
    ['台式电脑 游戏主机', false],
    ['第一品牌', false],
    ['Wireless earbuds', false],
  ])('%s → %s', (text, expected) => {
    expect(isMostlyTraditional([text])).toBe(expected);
  });
});
