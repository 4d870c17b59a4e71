/** One-click fixes and highlight segments for the side panel (lib/compliance/fix.ts). */
import { describe, expect, it } from 'vitest';
import { highlightSegments, removeSpan, suggestedFix } from '../../../lib/compliance/fix';
import { lintListing } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/schemas/snapshot';

function fixes(title: string, market: Market) {
  const found = lintListing({ title }, { market });
  return found.map((f) => [f.ruleId, suggestedFix(f, title, 'zh', found)] as const);
}

describe('suggestedFix', () => {
  it.each([
    // 改为“X”: the first wording the rule offers replaces the term.
    ['全网最低价 保温杯', 'taobao', 'cn-ad-law/absolute-price', '实惠 保温杯'],
    // 删除…改为“热销款”之外的…: "other than 热销款" is not an offer; the ranking is deleted.
    ['第一品牌 保温杯', 'taobao', 'cn-ad-law/absolute-ranking', '保温杯'],
    ['保温杯 国家级 大容量', 'taobao', 'cn-ad-law/absolute-national', '保温杯 大容量'],
    // "Remove it": deleted with the separator it leaves doubled.
    [
      'Steel Travel Mug - Best Seller, Leak-Proof Lid',
      'amazon',
      'amazon/promotional',
      'Steel Travel Mug - Leak-Proof Lid',
    ],
    ['Best Seller Steel Travel Mug', 'amazon', 'amazon/promotional', 'Steel Travel Mug'],
    ['Steel Travel Mug, FDA Approved', 'amazon', 'amazon/fda-approved', 'Steel Travel Mug'],
    // A wording of the term's own where the rule's first one does not fit it.
    ['性价比之王 蓝牙耳机', 'taobao', 'cn-ad-law/absolute-top', '高性价比 蓝牙耳机'],
    ['最耐用 保温杯', 'taobao', 'cn-ad-law/absolute-zuihao', '耐用 保温杯'],
    ['最高级 面料 衬衫', 'taobao', 'cn-ad-law/absolute-grade', '高端 面料 衬衫'],
    // Taobao's symbol separators end a keyword as a space does.
    ['保温杯|全网最低价|现货', 'taobao', 'cn-ad-law/absolute-price', '保温杯|实惠|现货'],
    ['保温杯★全网最低价★现货', 'taobao', 'cn-ad-law/absolute-price', '保温杯★实惠★现货'],
    ['保温杯丨国家级丨大容量', 'taobao', 'cn-ad-law/absolute-national', '保温杯丨大容量'],
    // Inside a Chinese title without spaces: a term's own wording, or deleting a modifier.
    ['这款羽绒服是最佳的', 'taobao', 'cn-ad-law/absolute-zuijia', '这款羽绒服是优秀的'],
    ['2024新款国家级保温杯', 'taobao', 'cn-ad-law/absolute-national', '2024新款保温杯'],
    ['绝对正品 耐克', 'taobao', 'cn-ad-law/absolute-absolute', '正品 耐克'],
    ['清热解毒凉茶', 'taobao', 'cn-ad-law/medical-cure', '凉茶'],
    // A term inside a longer word has a wording of its own: 最火爆 is 火爆, not 人气款爆.
    ['最火爆网红款 连衣裙', 'taobao', 'cn-ad-law/absolute-popular', '火爆网红款 连衣裙'],
    // 最好 as an adjective before 的 keeps its wording.
    ['我们的保温杯是最好的', 'taobao', 'cn-ad-law/absolute-zuihao', '我们的保温杯是很好的'],
    // A claim at the end of a keyword, after a description rather than a modal.
    ['纯天然无副作用 蜂蜜', 'taobao', 'cn-ad-law/medical-assurance', '纯天然 蜂蜜'],
    // Overlapping claims (根治 and 治脚气) are deleted together, not one of them through the other.
    ['根治脚气 喷雾', 'taobao', 'cn-ad-law/medical-cure', '喷雾'],
    // One English word between spaces comes out cleanly.
    [
      'Stainless Steel Antimicrobial Travel Mug 20oz',
      'amazon',
      'amazon/pesticide-claims',
      'Stainless Steel Travel Mug 20oz',
    ],
  ] as const)('%s (%s) → %s gives the fixed field text', (title, market, ruleId, fixed) => {
    const fix = fixes(title, market).find(([id]) => id === ruleId)?.[1];
    expect(fix).toMatchObject({ kind: 'replace', text: fixed });
  });

  it.each([
    ['A'.repeat(210), 'amazon', 'amazon/title-length'],
    ['HANDMADE CERAMIC COFFEE MUG WITH SAUCER', 'etsy', 'etsy/title-all-caps'],
  ] as const)('structural findings (%#) give advice, not a rewrite', (title, market, ruleId) => {
    const fix = fixes(title, market).find(([id]) => id === ruleId)?.[1];
    expect(fix?.kind).toBe('advice');
    expect(fix?.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    // Deleting part of a phrase leaves a fragment ("…, Pain, 3 Pairs") or reverses it ("Non-Gentle").
    ['Compression Gloves, Relieves Arthritis Pain, 3 Pairs', 'amazon', 'amazon/medical-claims'],
    ['Non-Antibacterial Gentle Hand Soap', 'amazon', 'amazon/pesticide-claims'],
    ['Calming Tea Heals Anxiety and Depression', 'amazon', 'amazon/medical-claims'],
    // A term inside a Chinese keyword: 最大程度锁水 is not 高端锁水, 唯一正品 not 独特正品.
    ['最大程度锁水 面霜', 'taobao', 'cn-ad-law/absolute-grade'],
    ['唯一正品 店铺', 'taobao', 'cn-ad-law/absolute-weiyi'],
    // A match across markup cannot be cut out without breaking the tags.
    ['<b>Best</b> <i>Seller</i> mug', 'amazon', 'amazon/promotional'],
    // The offered wording is Simplified: not pasted into a Taiwan listing.
    ['全網最低價 藍牙耳機', 'shopee', 'cn-ad-law/absolute-price'],
    // Deleting the cue would leave the handle behind.
    ['加微信 xiaomei888 包邮', 'jd', 'jd/contact-external'],
    // No wording fits: 最低级 is not 高端, 100%好评 not 非常, and 免检 gets no placeholder pasted in.
    ['最低级 保温杯', 'taobao', 'cn-ad-law/absolute-grade'],
    ['100%好评 店铺', 'taobao', 'cn-ad-law/absolute-absolute'],
    ['免检产品 大米', 'taobao', 'cn-ad-law/exempt-inspection'],
    // Two characters of a claim across a word: deleting 理气 from 调理气血 would leave 调血.
    ['调理气血养颜茶', 'taobao', 'cn-ad-law/medical-cure'],
    // An ordinal binds to the word after it: 我们是梯队 is not what the seller meant.
    ['我们是行业第一梯队', 'taobao', 'cn-ad-law/absolute-ranking'],
    // A claim after a verb or modal is the predicate: deleting it leaves 可以 or 帮助 hanging.
    ['长期使用可以降血压', 'taobao', 'cn-ad-law/medical-cure'],
    ['可以帮助改善失眠', 'taobao', 'cn-ad-law/medical-cure'],
    ['这款茶可以清热解毒', 'taobao', 'cn-ad-law/medical-cure'],
    // 最好 before a verb is "had better": 很好晾晒 is not Chinese.
    ['最好晾晒 防潮', 'taobao', 'cn-ad-law/absolute-zuihao'],
    // Deleting the object of a preposition or negation leaves it hanging.
    ['Weighted Blanket for Anxiety Relief', 'amazon', 'amazon/medical-claims'],
    ['Best Seller for Kids Mug', 'amazon', 'amazon/promotional'],
    ["Vintage Levi's 501 Jeans Pay with Zelle", 'ebay', 'ebay/payment-outside'],
    // Deleting the cue of a rebate leaves its amount behind (五星好评返5元 → 5元).
    ['五星好评返5元', 'taobao', 'cn-ad-law/review-inducement'],
    // Deleting the whole text leaves nothing to paste.
    ['国家级', 'taobao', 'cn-ad-law/absolute-national'],
    ['Money Back Guarantee', 'amazon', 'amazon/promotional'],
  ] as const)('%s (%s): advice, no rewrite that breaks the text', (title, market, ruleId) => {
    const found = fixes(title, market).filter(([id]) => id === ruleId);
    expect(found.length).toBeGreaterThan(0);
    for (const [, fix] of found) expect(fix.kind).toBe('advice');
  });

  it.each([
    ['根治脚气 喷雾', 'taobao'],
    ['最火爆网红款', 'taobao'],
    ['我们是行业第一梯队', 'taobao'],
    ['长期使用可以降血压', 'taobao'],
    ['可以帮助改善失眠', 'taobao'],
    ['建议最好晾晒', 'taobao'],
    ['Weighted Blanket for Anxiety Relief', 'amazon'],
    ['Not FDA Approved', 'amazon'],
  ] as const)('no fix of %s leaves a fragment or a hanging word', (title, market) => {
    const bad = [
      '根 喷雾',
      '人气款爆',
      '我们是梯队',
      '可以',
      '帮助',
      '很好晾晒',
      'Blanket for',
      'Not',
    ];
    for (const [, fix] of fixes(title, market)) {
      if (fix.kind !== 'replace') continue;
      for (const b of bad) expect(fix.text.endsWith(b) || fix.text.includes(`${b} `)).toBe(false);
    }
  });

  it('gives advice when the text no longer holds the match (stale finding)', () => {
    const [f] = lintListing({ title: '全网最低价 保温杯' }, { market: 'taobao' });
    expect(suggestedFix(f!, '保温杯', 'en')).toEqual({ kind: 'advice', text: f!.suggestion.en });
  });
});

describe('removeSpan', () => {
  it.each([
    ['Mug, Best Seller, Lid', 5, 16, 'Mug, Lid'],
    ['Mug Best Seller Lid', 4, 15, 'Mug Lid'],
    ['全网最低价 保温杯', 0, 5, '保温杯'],
    ['保温杯，全网最低价', 4, 9, '保温杯'],
    // An emoji's variation selector and skin tone go with it.
    ['Soy Candle 🕯️ Lavender', 11, 13, 'Soy Candle Lavender'],
    ['Thanks 👍🏽 Mug', 7, 9, 'Thanks Mug'],
  ])('%j without [%i, %i) is %j', (text, start, end, out) => {
    expect(removeSpan(text, start, end)).toBe(out);
  });
});

describe('highlightSegments', () => {
  it('splits text into plain and marked parts, merging overlaps with the worst severity', () => {
    const text = 'Handmade ceramic mug ☕ cures anxiety';
    const findings = lintListing({ title: text }, { market: 'etsy' });
    expect(highlightSegments(text, findings)).toEqual([
      { text: 'Handmade ceramic mug ' },
      { text: '☕', severity: 'error' },
      { text: ' ' },
      { text: 'cures anxiety', severity: 'warning' },
    ]);
    const base = findings[1]!;
    const overlapping = [
      { ...base, start: 0, end: 8, severity: 'warning' as const },
      { ...base, start: 4, end: 16, severity: 'error' as const },
    ];
    expect(highlightSegments(text, overlapping)).toEqual([
      { text: 'Handmade ceramic', severity: 'error' },
      { text: ' mug ☕ cures anxiety' },
    ]);
    expect(highlightSegments('', [])).toEqual([{ text: '' }]);
  });
});
