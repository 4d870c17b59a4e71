/**
 * Chinese Advertising Law pack: must-flag and must-not-flag tables (listing-style text written for these
 * tests; real review text is in real-text.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { compiledRules, lintText } from '../../../lib/compliance/lint';

const errorsOf = (text: string) =>
  lintText(text, { market: 'taobao', field: 'description' }).filter((f) => f.severity === 'error');

describe('cn-ad-law must flag', () => {
  it.each([
    ['本款面霜是市面上最佳的保湿产品', 'cn-ad-law/absolute-zuijia', '最佳'],
    ['最优秀的做工，送礼佳品', 'cn-ad-law/absolute-zuijia', '最优秀'],
    ['这是全网最好的充电宝', 'cn-ad-law/absolute-zuihao', '最好'],
    ['最好用的吹风机，风力大', 'cn-ad-law/absolute-zuihao', '最好用'],
    ['送给长辈最好不过', 'cn-ad-law/absolute-zuihao', '最好'],
    ['最强续航，一天一充', 'cn-ad-law/absolute-zuihao', '最强'],
    ['全网最低价，买贵退差', 'cn-ad-law/absolute-price', '全网最低价'],
    ['史上最便宜的扫地机器人', 'cn-ad-law/absolute-price', '最便宜'],
    ['今年最受欢迎的连衣裙', 'cn-ad-law/absolute-popular', '最受欢迎'],
    ['采用最先进的降噪芯片', 'cn-ad-law/absolute-tech', '最先进'],
    ['最新技术研发，效果显著', 'cn-ad-law/absolute-tech', '最新技术'],
    ['穿着最舒适的运动鞋', 'cn-ad-law/absolute-grade', '最舒适'],
    ['最具性价比的投影仪', 'cn-ad-law/absolute-grade', '最具'],
    ['销量第一的国货品牌', 'cn-ad-law/absolute-ranking', '销量第一'],
    ['行业第一，品质保证', 'cn-ad-law/absolute-ranking', '行业第一'],
    ['全网销量第一', 'cn-ad-law/absolute-ranking', '全网销量第一'],
    ['排名第一的护发精油', 'cn-ad-law/absolute-diyi', '排名第一'],
    ['电动牙刷第一名', 'cn-ad-law/absolute-diyi', '第一名'],
    ['品质第一，服务至上', 'cn-ad-law/absolute-diyi', '第一'],
    ['NO.1 蓝牙耳机', 'cn-ad-law/absolute-diyi', 'NO.1'],
    ['ＮＯ．１护肤品牌', 'cn-ad-law/absolute-diyi', 'ＮＯ．１'],
    ['Top1 爆款洗面奶', 'cn-ad-law/absolute-diyi', 'Top1'],
    ['唯一获得专利的净水器', 'cn-ad-law/absolute-weiyi', '唯一'],
    ['独一无二的设计', 'cn-ad-law/absolute-weiyi', '独一无二'],
    ['空前绝后的优惠力度', 'cn-ad-law/absolute-weiyi', '空前绝后'],
    ['举世无双的手工刺绣', 'cn-ad-law/absolute-weiyi', '举世无双'],
    ['音质无与伦比', 'cn-ad-law/absolute-weiyi', '无与伦比'],
    ['工艺登峰造极', 'cn-ad-law/absolute-top', '登峰造极'],
    ['高仿名牌包包，A货', 'cn-ad-law/counterfeit-signal', '高仿'],
    ['精仿手表 1:1复刻', 'cn-ad-law/counterfeit-signal', '1:1复刻'],
    ['好评返现5元，带图追加', 'cn-ad-law/review-inducement', '好评返现'],
    ['五星好评返红包', 'cn-ad-law/review-inducement', '五星好评返'],
    ['晒图好评有礼', 'cn-ad-law/review-inducement', '好评有礼'],
    ['顶级工艺，匠心打造', 'cn-ad-law/absolute-top', '顶级工艺'],
    ['世界级音质体验', 'cn-ad-law/absolute-top', '世界级'],
    ['极致轻薄的笔记本', 'cn-ad-law/absolute-top', '极致'],
    ['性价比之王', 'cn-ad-law/absolute-top', '性价比之王'],
    ['王牌产品热销中', 'cn-ad-law/absolute-top', '王牌'],
    ['绝对正品，假一赔十', 'cn-ad-law/absolute-absolute', '绝对'],
    ['送礼首选', 'cn-ad-law/absolute-shouxuan', '首选'],
    ['行业领先的电池技术', 'cn-ad-law/absolute-leader', '行业领先'],
    ['国家级产品，值得信赖', 'cn-ad-law/absolute-national', '国家级产品'],
    ['国家级品质', 'cn-ad-law/absolute-national', '国家级'],
    ['中国驰名商标，老品牌', 'cn-ad-law/trademark-famous', '中国驰名商标'],
    ['国家领导人推荐的茶叶', 'cn-ad-law/authority', '国家领导人推荐'],
    ['国家某位领导人推荐的好茶', 'cn-ad-law/authority', '国家某位领导人推荐'],
    ['国宴专用白酒', 'cn-ad-law/authority', '国宴专用'],
    ['部队特供军用水壶', 'cn-ad-law/authority', '部队特供'],
    ['质量免检产品', 'cn-ad-law/exempt-inspection', '质量免检'],
    ['貔貅手链招财进宝', 'cn-ad-law/superstition', '招财进宝'],
    ['桃木剑辟邪镇宅', 'cn-ad-law/superstition', '辟邪'],
    ['旺夫旺子的手镯', 'cn-ad-law/superstition', '旺夫'],
    ['恭喜获奖，点击领取', 'cn-ad-law/clickbait-prize', '恭喜获奖'],
    ['包过！考试必备资料', 'cn-ad-law/education-guarantee', '包过'],
    ['清热解毒凉茶', 'cn-ad-law/medical-cure', '清热解毒'],
    ['可降血压的保健枕', 'cn-ad-law/medical-cure', '降血压'],
    ['三天见效，无效退款', 'cn-ad-law/medical-cure', '三天见效'],
    ['7天见效的祛痘膏', 'cn-ad-law/medical-cure', '7天见效'],
    ['经200例临床观察具有明显效果', 'cn-ad-law/medical-cure', '经200例临床'],
    ['根治脚气', 'cn-ad-law/medical-cure', '根治'],
    ['治愈失眠的香薰', 'cn-ad-law/medical-cure', '治愈'],
    ['本品具有唯一性', 'cn-ad-law/absolute-weiyi', '唯一'],
    ['顶级面料 真丝', 'cn-ad-law/absolute-top', '顶级'],
    ['纯中药成分，无副作用', 'cn-ad-law/medical-assurance', '无副作用'],
    ['立竿见影的美白效果', 'cn-ad-law/medical-assurance', '立竿见影'],
    ['抗敏修护精华', 'cn-ad-law/cosmetic-medical', '抗敏'],
    ['生发液快速见效', 'cn-ad-law/cosmetic-medical', '生发液'],
    ['去除皱纹的眼霜', 'cn-ad-law/cosmetic-medical', '去除皱纹'],
    ['祛除皱纹', 'cn-ad-law/cosmetic-medical', '祛除皱纹'],
    ['丰胸精油', 'cn-ad-law/cosmetic-medical', '丰胸'],
    ['非转基因更安全的大豆油', 'cn-ad-law/gmo-safer', '非转基因更安全'],
  ])('%s → %s', (text, ruleId, match) => {
    const hits = errorsOf(text);
    expect(hits.map((f) => [f.ruleId, f.match])).toContainEqual([ruleId, match]);
  });
});

describe('cn-ad-law must not flag (no error-level finding)', () => {
  it.each([
    '最近很多顾客回购这款面膜',
    '最后一件包装略有瑕疵，介意慎拍',
    '最初的设计来自北欧',
    '最终解释权归本店所有',
    '第一次购买的顾客可领取优惠券',
    '第一步：清洁面部；第二步：涂抹精华',
    '收到后第一时间检查外包装',
    '第一眼就爱上的配色',
    '第一代产品已停产，本款为第二代',
    '欢迎收到后如实评价，好评送给用心的你',
    'Nike 官方授权复刻款，附购买凭证',
    '唯一的缺点是颜色比图片略深',
    '唯一不足的是没有送收纳袋',
    '最好不要放在阳光直射的地方',
    '洗涤时最好用冷水手洗',
    // 最好 before a verb is advice ("had better"), not a superlative.
    '建议最好手洗，不要暴晒',
    '洗涤时最好手洗',
    '真丝面料最好干洗',
    '开封后最好冷藏，尽快食用',
    '尺码偏小，最好拍大一码',
    '最大承重150kg，实木框架',
    '最高温度可达220℃',
    '最多可容纳6人同时使用',
    '最少起订2件',
    '最新款已到货，欢迎选购',
    '万能胶粘接木材、陶瓷、金属',
    '永久磁铁吸附力强',
    '招财猫摆件，陶瓷材质',
    '转运珠手链，925银',
    '快递已到达转运中心',
    '商品有唯一序列号，可查询真伪',
    '国家级非物质文化遗产传承人手工制作',
    '视频特效制作教程',
    '高温消毒后包装',
    '镇定自若的表情包抱枕',
    '熨平皱褶只需30秒的挂烫机',
    '每人限购第一件半价',
    '本店承诺七天无理由退换货',
    '纯棉面料，透气舒适',
    '适合送给父母的实用礼物',
    '尺码偏小，建议拍大一码',
    '王者荣耀周边手办',
    // Style and technical words: 治愈系 is "healing-style", 唯一性编码 a unique code, 顶级联赛 a top-flight league.
    '治愈系 玩偶 毛绒公仔',
    '治愈系插画 明信片',
    '唯一性编码 标签 不干胶',
    '二维码唯一性校验 防伪标签',
    '顶级联赛 球衣 足球服',
  ])('%s', (text) => {
    expect(errorsOf(text)).toEqual([]);
  });
});

/**
 * A health food's label and advertising must carry 本品不能代替药物 (广告法第十八条; 保健食品 labelling), and
 * honest sellers spell out that a product does not treat disease. A real negation of the claim in the same
 * clause (不能/不可/不具有/不得/无 … 治疗) is not a medical claim; a claim that merely opens with a negative
 * word (不用吃药就能治疗, 无需手术即可治愈, 不可替代的治疗效果) still is.
 */
const cure = (text: string) =>
  errorsOf(text)
    .filter((f) => f.ruleId === 'cn-ad-law/medical-cure')
    .map((f) => f.match);

describe('medical-cure: disclaimers and negations', () => {
  it.each([
    '本品不能代替药物治疗疾病',
    '保健食品声明：本品不能代替药物治疗疾病，请遵医嘱',
    '本品不具有治疗作用，仅为日常营养补充',
    '本产品不能治疗任何疾病',
    '本品不可用于治疗疾病',
    '本品不具有治疗效果，如有不适请就医',
    '本品无治疗作用',
    '本品為食品，不能代替藥物治療疾病',
  ])('clears the disclaimer %s', (text) => {
    expect(cure(text)).toEqual([]);
  });

  it.each([
    ['不用吃药就能治疗失眠', ['治疗']],
    ['无需手术即可治愈', ['治愈']],
    ['不可替代的治疗效果', ['治疗', '疗效']],
    ['无激素治疗湿疹，宝宝可用', ['治疗']],
    ['能不能治疗失眠？用过就知道', ['治疗']],
    ['不得不说治疗效果真好', ['治疗', '疗效']],
    // A negation in another clause does not reach the claim.
    ['不含激素，不伤皮肤，可治疗湿疹', ['治疗']],
  ])('still flags the claim in %s', (text, matches) => {
    expect(cure(text)).toEqual(matches);
  });
});

describe('Traditional Chinese (the packs are Simplified; matching folds 國家級 to 国家级)', () => {
  it('flags the same absolute terms written in Traditional characters, at their original offsets', () => {
    const text = '國家級品質 世界級頂級工藝，第一品牌';
    const f = lintText(text, { market: 'taobao' }).filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.ruleId, text.slice(x.start, x.end)])).toEqual([
      ['cn-ad-law/absolute-national', '國家級'],
      ['cn-ad-law/absolute-top', '世界級'],
      ['cn-ad-law/absolute-top', '頂級工藝'],
      ['cn-ad-law/absolute-ranking', '第一品牌'],
    ]);
    expect(f[0]!.match).toBe('國家級');
  });

  it.each([
    '最後一件包裝略有瑕疵，介意慎拍',
    '最近很多顧客回購這款面膜',
    '唯一的缺點是顏色比圖片略深',
  ])('keeps the allowed contexts in Traditional: %s', (text) => {
    expect(lintText(text, { market: 'taobao' })).toEqual([]);
  });
});

describe('market scope of cn-ad-law', () => {
  it('applies to Chinese text on any market, and not to English text outside Chinese markets', () => {
    expect(lintText('最佳保湿面霜', { market: 'shopee' }).map((f) => f.ruleId)).toContain(
      'cn-ad-law/absolute-zuijia',
    );
    expect(
      lintText('No.1 Bluetooth Speaker', { market: 'amazon' }).map((f) => f.ruleId),
    ).not.toContain('cn-ad-law/absolute-diyi');
    expect(lintText('No.1 Bluetooth Speaker', { market: 'taobao' }).map((f) => f.ruleId)).toContain(
      'cn-ad-law/absolute-diyi',
    );
    expect(lintText('No.1 Ave coffee shop sign', { market: 'taobao' })).toEqual([]);
  });

  it('reports the longer match only when terms nest (第一 inside 销量第一, 最 inside 最佳)', () => {
    const f = lintText('销量第一最佳', { market: 'taobao' });
    expect(f.map((x) => x.match)).toEqual(['销量第一', '最佳']);
  });

  it('keeps a warning for the bare 最 outside allowed contexts', () => {
    const f = lintText('宝宝最爱的辅食', { market: 'taobao' });
    expect(f).toHaveLength(0);
    const g = lintText('最香的大米', { market: 'taobao' });
    expect(g.map((x) => [x.ruleId, x.severity, x.match])).toEqual([
      ['cn-ad-law/absolute-zui', 'warning', '最'],
    ]);
  });
});

describe('citations', () => {
  it('paid good reviews cite the Anti-Unfair Competition Law as revised in 2025 (art. 9), not arts. 8 and 20', () => {
    const [f] = lintText('五星好评返现5元 保温杯', { market: 'taobao' }).filter(
      (x) => x.ruleId === 'cn-ad-law/review-inducement',
    );
    expect(f!.source).toContain(
      '《中华人民共和国反不正当竞争法》（2025年6月27日修订，2025年10月15日起施行）第九条',
    );
    expect(f!.sourceEn).toContain(
      'Anti-Unfair Competition Law as revised on 2025-06-27, in force 2025-10-15, art. 9',
    );
    const rule = compiledRules.rules.find((r) => r.id === 'cn-ad-law/review-inducement')!;
    expect(rule.checked).toBe('2026-11-23');
  });

  it('no rule of the pack cites the Anti-Unfair Competition Law without its 2025 revision', () => {
    for (const r of compiledRules.rules.filter((x) => x.pack === 'cn-ad-law')) {
      expect(r.source).not.toMatch(/反不正当竞争法》第/);
      expect(r.sourceEn ?? '').not.toMatch(/Anti-Unfair Competition Law arts?\. \d/);
    }
  });
});
