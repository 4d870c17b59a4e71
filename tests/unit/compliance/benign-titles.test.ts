/**
 * Real-world Chinese titles and descriptions that are compliant but contained a rule term inside an
 * unrelated word (流行气质 holds 行气, 全麦面包过敏 holds 包过, 添加微量元素 holds 加微 …), or used a
 * term in an objective sense (最佳赏味期 is "best before", 安全第一 a slogan, 第一中学 a school name),
 * written the way Taobao/JD/Pinduoduo sellers write them (found by a compliance QA pass). Each must
 * lint clean; the real claims next to them must still be errors. False positives on common phrases
 * teach sellers to ignore the tool.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';
import { suggestedFix } from '../../../lib/compliance/fix';

const BENIGN = [
  '韩版流行气质 连衣裙 女 2024新款',
  'U型枕 旅行气枕 便携 充气',
  '护理气垫床 防褥疮 家用',
  '处理气味 除味剂 冰箱用',
  '鲜活血蛤 海鲜 500g',
  '全麦面包 过敏者慎食 无蔗糖',
  '全麦面包过敏者慎食',
  '环保过滤棉 空调滤网',
  '叶面肥 添加微量元素 花卉通用',
  '山地车 27速 变速白色',
  '曲奇饼干 最佳赏味期 12个月',
  '安全第一 警示牌 工地',
  'XX市第一中学 校服 夏季',
  '儿童绘本 第一辑 全套10册',
  '第一届 进博会 纪念币',
  'FPV第一视角 眼镜 无人机',
  '绝对伏特加 Absolut Vodka 700ml',
  '百分百纯棉 婴儿 连体衣',
  '处方镜片 可配近视 防蓝光',
  '抗敏感牙膏 120g',
  '无敌破坏王 手办 正版授权',
  '永久自行车 26寸',
  '收款音箱 微信 alipay 语音播报',
  '降压模块 DC-DC 可调电源',
  '儿童故事 第1集 第1代 保温杯',
];

describe('benign Chinese titles lint clean (taobao, jd, pinduoduo)', () => {
  for (const market of ['taobao', 'jd', 'pinduoduo'] as const) {
    it.each(BENIGN)(`${market}: %s`, (title) => {
      const errors = lintListing({ title }, { market }).filter((f) => f.severity !== 'info');
      expect(errors.map((f) => `${f.ruleId} "${f.match}"`)).toEqual([]);
    });
  }
});

describe('the claims next to them are still found', () => {
  it.each([
    ['流行气质 活血化瘀 贴', 'cn-ad-law/medical-cure', '活血'],
    ['考研 包过 保过 班', 'cn-ad-law/education-guarantee', '包过'],
    ['面膜 速白 美白', 'cn-ad-law/cosmetic-medical', '速白'],
    ['祖传处方 调理', 'cn-ad-law/medical-assurance', '处方'],
    ['最佳选择 保温杯', 'cn-ad-law/absolute-zuijia', '最佳'],
    ['销量第一的保温杯', 'cn-ad-law/absolute-ranking', '销量第一'],
    ['品质第一 保温杯', 'cn-ad-law/absolute-diyi', '第一'],
    ['有问题加微 客服', 'taobao/contact-external', '加微'],
    ['微信 shopvip2024 咨询', 'taobao/contact-external', '微信 shopvip2024'],
    ['降压茶 降糖 降脂 苦荞茶', 'cn-ad-law/medical-cure', '降压茶'],
    ['止咳化痰 枇杷膏', 'cn-ad-law/medical-cure', '止咳'],
    ['抗病毒 预防感冒 口罩', 'cn-ad-law/medical-cure', '预防感冒'],
    ['护肝片 解酒', 'cn-ad-law/medical-cure', '护肝'],
    ['改善失眠 薰衣草枕', 'cn-ad-law/medical-cure', '改善失眠'],
    ['销量第1 保温杯', 'cn-ad-law/absolute-ranking', '销量第1'],
    ['爆款销冠 保温杯', 'cn-ad-law/absolute-ranking', '销冠'],
    // Contact evasions: 加V (add on WeChat) and 扣扣 (QQ) with a number.
    ['加V 领券 保温杯', 'taobao/contact-external', '加V'],
    ['售后扣扣 123456789', 'taobao/contact-external', '扣扣 123456789'],
    ['提升免疫力 维生素C', 'cn-ad-law/efficacy-claims', '提升免疫力'],
  ])('%s → %s', (title, ruleId, match) => {
    const f = lintListing({ title }, { market: 'taobao' }).filter((x) => x.ruleId === ruleId);
    expect(f.map((x) => x.match)).toContain(match);
  });
});

describe('words that look like contact cues', () => {
  it.each(['加V领毛衣 女 秋冬', '维生素C泡腾片 加VC', '纽扣扣子 10个装'])('%s', (title) => {
    const f = lintListing({ title }, { market: 'taobao' }).filter(
      (x) => x.ruleId === 'taobao/contact-external',
    );
    expect(f).toEqual([]);
  });
});

describe('descriptions pasted from the editor (HTML)', () => {
  const desc =
    '<p>好物推荐</p><p><img src="https://img.alicdn.com/imgextra/i1/2206/O1CN01.jpg"/></p>' +
    '<p>详情见 https://shop.example.com/item</p>';

  it('the marketplace’s own image host is no outside link, and a link ends at the markup', () => {
    const f = lintListing({ description: desc }, { market: 'taobao' }).filter(
      (x) => x.ruleId === 'taobao/contact-external',
    );
    expect(f.map((x) => x.match)).toEqual(['https://shop.example.com/item']);
  });
});

describe('a ranking claim has no one-click replacement', () => {
  it('第一 is advice (the old fix pasted 广受好评, a new unverifiable claim: 安全广受好评)', () => {
    const title = '品质第一 保温杯';
    const f = lintListing({ title }, { market: 'taobao' }).find(
      (x) => x.ruleId === 'cn-ad-law/absolute-diyi',
    )!;
    expect(suggestedFix(f, title, 'zh').kind).toBe('advice');
  });
});

describe('what hides a claim from the eye is no hiding place', () => {
  it.each([
    ['最\u2063佳 保温杯', 'cn-ad-law/absolute-zuijia', 'an invisible separator (U+2063)'],
    ['最\u200e佳 保温杯', 'cn-ad-law/absolute-zuijia', 'a direction mark'],
    ['最\u034f佳 保温杯', 'cn-ad-law/absolute-zuijia', 'a combining grapheme joiner'],
    ['国家\ufe0f级 保温杯', 'cn-ad-law/absolute-national', 'a variation selector'],
    [
      '<p>最<span>佳</span>保温杯</p>',
      'cn-ad-law/absolute-zuijia',
      'markup of a pasted description',
    ],
  ])('%s → %s (%s)', (description, ruleId) => {
    const f = lintListing({ description }, { market: 'taobao' });
    expect(f.filter((x) => x.severity === 'error').map((x) => x.ruleId)).toContain(ruleId);
  });

  it('&nbsp; is the space it shows: 最&nbsp;好 reads as 最 好, a term split by a space', () => {
    const f = lintListing({ description: '最&nbsp;好 保温杯' }, { market: 'taobao' });
    const spaced = lintListing({ description: '最 好 保温杯' }, { market: 'taobao' });
    expect(f.map((x) => [x.ruleId, x.match])).toEqual([
      ['cn-ad-law/absolute-zuihao', '最&nbsp;好'],
    ]);
    expect(spaced.map((x) => [x.ruleId, x.match])).toEqual([
      ['cn-ad-law/absolute-zuihao', '最 好'],
    ]);
  });

  it('a finding through markup reports the offsets of the text the seller typed', () => {
    const description = '<p>最<span>佳</span>保温杯</p>';
    const f = lintListing({ description }, { market: 'taobao' }).find(
      (x) => x.ruleId === 'cn-ad-law/absolute-zuijia',
    )!;
    expect(description.slice(f.start, f.end)).toBe('最<span>佳');
  });
});

describe('advice without a market', () => {
  it('a promotional phrase checked with no market chosen is not sent to Amazon’s tools alone', () => {
    const [f] = lintListing({ title: 'Tumbler Free Shipping' }, {});
    expect(f!.ruleId).toBe('amazon/promotional');
    expect(f!.suggestion.en).toBe(
      "Remove it; set promotions with the marketplace's promotion tools instead (on Amazon, Promotions).",
    );
  });
});

describe('Amazon promotional phrases sellers write', () => {
  it.each([
    ['Steel Tumbler BOGO 20 oz', 'BOGO'],
    ['Top Seller Steel Tumbler 20 oz', 'Top Seller'],
    ['Steel Tumbler 20 oz, Buy 2 Get 1 Free', 'Buy 2 Get 1 Free'],
    ['Steel Tumbler Buy One Get One', 'Buy One Get One'],
  ])('%s → %s', (title, match) => {
    const f = lintListing({ title }, { market: 'amazon' }).filter(
      (x) => x.ruleId === 'amazon/promotional',
    );
    expect(f.map((x) => x.match)).toEqual([match]);
  });

  it.each(['Steel Tumbler, Top Lid, Seller Pack of 2', 'Laptop Stand with Top Selling Points'])(
    'not: %s',
    (title) => {
      const f = lintListing({ title }, { market: 'amazon' });
      expect(f.filter((x) => x.ruleId === 'amazon/promotional')).toEqual([]);
    },
  );
});
