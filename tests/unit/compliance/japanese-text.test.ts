/**
 * Japanese listings (Amazon JP) are not governed by the PRC Advertising Law: a field written with kana is
 * Japanese, even though it shares Han characters (最高級, 第一世代) with Chinese. The の and ・ that Chinese
 * shop copy borrows do not make text Japanese. On the Chinese markets the law applies to every field.
 */
import { describe, expect, it } from 'vitest';
import { lintListing, lintText } from '../../../lib/compliance/lint';
import { isJapanese } from '../../../lib/compliance/normalize';
import { detectLang } from '../../../lib/sentiment/lang';

const cnLaw = (findings: ReturnType<typeof lintText>) =>
  findings.filter((f) => f.pack === 'cn-ad-law').map((f) => `${f.ruleId} "${f.match}"`);

describe('Japanese titles on Amazon are not checked against the PRC Advertising Law', () => {
  it.each([
    '日本製 今治タオル 最高級 綿100% 無添加',
    'Anker PowerCore 10000 (モバイルバッテリー 超コンパクト) 第一世代',
    'サーモス 水筒 真空断熱ケータイマグ 500ml 最高の保冷力',
    '【2024年最新版】ワイヤレスイヤホン Bluetooth5.3 最大40時間再生 IPX7防水 日本語説明書付き',
    '花王 キュキュット 食器用洗剤 除菌 詰め替え 特大',
    // Little katakana, but Japanese character forms (産, 無 … 料): 国産 is not Chinese.
    '国産 会員限定 タオル 最高級 送料無料',
  ])('%s', (title) => {
    expect(cnLaw(lintText(title, { market: 'amazon' }))).toEqual([]);
    expect(cnLaw(lintText(title))).toEqual([]);
  });

  it('a bullet without kana of its own is Japanese in a Japanese listing', () => {
    const findings = lintListing(
      { title: '日本製 今治タオル バスタオル', bullets: ['最高級綿100% 日本製'] },
      { market: 'amazon' },
    );
    expect(cnLaw(findings)).toEqual([]);
  });
});

describe('Chinese text stays Chinese', () => {
  it.each([
    ['日系の连衣裙 最好的面料', 'cn-ad-law/absolute-zuihao "最好"'],
    ['小清新の 第一品牌 保温杯', 'cn-ad-law/absolute-ranking "第一品牌"'],
    ['伊丽莎白・雅顿 最佳 面霜', 'cn-ad-law/absolute-zuijia "最佳"'],
    // A Japanese brand in katakana in a short Chinese title: Simplified-only characters (进, 纸, 网, 价,
    // 饼, 销) make it Chinese whatever the share of kana.
    ['日本进口 花王メリーズ纸尿裤 全网最低价 L码', 'cn-ad-law/absolute-price "全网最低价"'],
    ['グリコ ポッキー 百奇 饼干 最便宜 销量第一', 'cn-ad-law/absolute-ranking "销量第一"'],
    ['ポカリスエット 宝矿力水特 国家级 最好喝 运动饮料', 'cn-ad-law/absolute-national "国家级"'],
    ['キティ 凯蒂猫 儿童水杯 第一品牌', 'cn-ad-law/absolute-ranking "第一品牌"'],
    // One katakana brand in a Chinese description.
    [
      '日本进口 花王 メリーズ 纸尿裤 婴儿专用 超薄透气 最好的选择',
      'cn-ad-law/absolute-zuihao "最好"',
    ],
  ])('%s', (title, finding) => {
    expect(cnLaw(lintText(title, { market: 'amazon' }))).toContain(finding);
  });

  it('a Chinese bullet in a Chinese listing with a kana-free title keeps the law', () => {
    const findings = lintListing(
      { title: '保温杯 大容量', bullets: ['最好的保温杯'] },
      { market: 'amazon' },
    );
    expect(cnLaw(findings)).toContain('cn-ad-law/absolute-zuihao "最好"');
  });

  it('on Taobao a Japanese product name is still advertising to Chinese buyers', () => {
    expect(cnLaw(lintText('日本製 今治タオル 最高級', { market: 'taobao' }))).toContain(
      'cn-ad-law/absolute-grade "最高級"',
    );
  });
});

describe('isJapanese agrees with the review language detector', () => {
  it.each([
    '日本製 今治タオル 最高級 綿100%',
    'モバイルバッテリー 第一世代',
    '日系の连衣裙',
    '伊丽莎白・雅顿 面霜',
    '良い',
    '日本进口 花王 メリーズ 纸尿裤 婴儿专用 超薄透气 最好的选择',
    '保温杯 大容量',
  ])('%s', (text) => {
    expect(isJapanese(text)).toBe(detectLang(text) === 'ja');
  });
});
