/**
 * An allow phrase of one rule also allows the matches of the other rules of its pack that fall inside it on
 * the same harmless word (compile.ts `shareAllowPhrases`): 最好用温水 (absolute-zuihao) keeps 最
 * (absolute-zui) out of it. Ordinals after a ranking word are the ranking rule's own allow phrases
 * (中国第一次, 全国第一届), not lent from 第一's: after 全网 or 中国, 第一位 and 第一款 are rankings. The real
 * claims next to them are still found.
 */
import { describe, expect, it } from 'vitest';
import { shareAllowPhrases } from '../../../lib/compliance/compile';
import { lintListing } from '../../../lib/compliance/lint';
import type { CompiledRule } from '../../../lib/compliance/rule-schema';

const cnLaw = (title: string) =>
  lintListing({ title }, { market: 'taobao' })
    .filter((f) => f.pack === 'cn-ad-law')
    .map((f) => `${f.severity} ${f.ruleId} "${f.match}"`);

describe('an ordinal after a ranking word is no ranking claim', () => {
  it.each([
    '中国第一次载人航天 纪念邮票 小全张',
    '全国第一届 运动会 纪念章',
    '销量第一次突破十万 感谢支持',
    '全国第一季度 经济数据 年鉴',
    '世界第一次工业革命 科普绘本',
  ])('%s', (title) => {
    expect(cnLaw(title)).toEqual([]);
  });

  it.each([
    ['中国第一位 保温杯', '中国第一'],
    ['全网第1位 保温杯', '全网第1'],
    ['排名第1位 纸尿裤', '排名第1'],
    ['全国第一口碑 螺蛳粉', '全国第一'],
    ['全网销量第一款 保温杯', '全网销量第一'],
    ['全网销量第一个 保温杯', '全网销量第一'],
    ['全球第一位 品牌', '全球第一'],
    ['销量第1位 洗衣液', '销量第1'],
    ['全网第一手 货源', '全网第一'],
    ['全网第1-3名 畅销', '全网第1'],
    ['中国第一个 航母 模型 辽宁舰', '中国第一'],
  ])('but a ranking word makes the ordinal a ranking: %s', (title, match) => {
    expect(cnLaw(title)).toContain(`error cn-ad-law/absolute-ranking "${match}"`);
  });
});

describe('最 in advice, time order and position is no claim', () => {
  it.each([
    '真丝睡衣 最好用温水清洗',
    '最好是手洗 羊毛衫',
    '最好能冷藏 鲜榨果汁',
    '最好在阴凉处存放 茶叶',
    '现货 最先发货 保温杯',
    '顺丰 最先到 水果',
    '最重要的一点 纯棉 不起球',
    '最上层 收纳架 三层',
    '冲锋衣 最外层 防水',
    '羽绒服 最里层 羽绒',
    '保温杯 最底部 加厚',
  ])('%s', (title) => {
    expect(cnLaw(title)).toEqual([]);
  });
});

describe('the claims are still errors', () => {
  it.each([
    ['中国第一品牌 洗衣液', 'cn-ad-law/absolute-ranking', '中国第一'],
    ['全国第一 销量 洗衣液', 'cn-ad-law/absolute-ranking', '全国第一'],
    ['销量稳居全国第一位 空气炸锅', 'cn-ad-law/absolute-ranking', '全国第一位'],
    ['全国第一家 连锁 火锅底料', 'cn-ad-law/absolute-ranking', '全国第一'],
    ['中国第一名 保温杯', 'cn-ad-law/absolute-ranking', '中国第一'],
    ['最好的 面膜 补水', 'cn-ad-law/absolute-zuihao', '最好'],
    ['最先进 降噪 耳机', 'cn-ad-law/absolute-tech', '最先进'],
    ['最先进的 芯片 手机', 'cn-ad-law/absolute-tech', '最先进'],
    ['最好用的 吸尘器', 'cn-ad-law/absolute-zuihao', '最好用'],
    ['最上等 茶叶 礼盒', 'cn-ad-law/absolute-zui', '最'],
  ])('%s → %s "%s"', (title, ruleId, match) => {
    expect(cnLaw(title).filter((f) => !f.startsWith('info'))).toContainEqual(
      expect.stringContaining(`${ruleId} "${match}"`),
    );
  });

  it('全球第一款 折叠屏 is still a first-of-kind claim to prove (warning)', () => {
    expect(cnLaw('全球第一款 折叠屏 手机')).toContain(
      'warning cn-ad-law/absolute-first-of-kind "全球第一款"',
    );
  });
});

const rule = (
  id: string,
  severity: CompiledRule['severity'],
  terms: string[],
  allow?: string[],
): CompiledRule => ({
  id: `cn-ad-law/${id}`,
  pack: 'cn-ad-law',
  severity,
  terms,
  ...(allow ? { allow } : {}),
  message: { en: '', zh: '' },
  suggestion: { en: '', zh: '' },
  source: 's',
  checked: '2026-11-23',
});

describe('shareAllowPhrases', () => {
  it('lends a phrase to a term inside it on the same word, never to a term ending with its start', () => {
    const ordinal = rule('ordinal', 'error', ['第一'], ['第一次', '安全第一']);
    const ranking = rule('ranking', 'error', ['中国第一', '第一品牌']);
    const bare = rule('bare', 'warning', ['一']);
    shareAllowPhrases([ordinal, ranking, bare]);
    expect(ranking.allow).toBeUndefined();
    expect(bare.allow).toEqual(['第一次', '安全第一']);
    expect(ordinal.allow).toEqual(['第一次', '安全第一']);
  });

  it('never lends words past the end of the phrase, to a more severe rule, or to another occurrence', () => {
    const slogan = rule('slogan', 'error', ['第一'], ['安全第一']);
    const brand = rule('brand', 'error', ['第一品牌']);
    shareAllowPhrases([slogan, brand]);
    expect(brand.allow).toBeUndefined();

    const replica = rule('replica', 'warning', ['replica'], ['replica jersey']);
    const fake = rule('fake', 'error', ['1:1 replica']);
    shareAllowPhrases([replica, fake]);
    expect(fake.allow).toBeUndefined();

    // 最 occurs twice in 最好最: only the first is the harmless word.
    const advice = rule('advice', 'error', ['最好'], ['最好最']);
    const zui = rule('zui', 'warning', ['最']);
    shareAllowPhrases([advice, zui]);
    expect(zui.allow).toBeUndefined();
  });
});
