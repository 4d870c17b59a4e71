/**
 * Keyword stuffing in Chinese titles (关键词堆砌) on Taobao, JD and Pinduoduo: one keyword more than
 * twice is a warning. Chinese titles have no spaces, so keywords are repeated runs of 2–8 Han characters,
 * longest first (连衣裙, not 连衣 and 衣裙 again). Ordinary titles as sellers write them, where a
 * character (鞋, 杯, 纸) or a brand or category word comes back twice, stay clean. Latin words of 3 letters
 * or more count as keywords too (iPhone three times), units (cm, mAh, pcs) never.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const MARKETS = ['taobao', 'jd', 'pinduoduo'] as const;

const stuffing = (title: string, market: (typeof MARKETS)[number]) =>
  lintListing({ title }, { market })
    .filter((f) => f.ruleId === `${market}/title-keyword-stuffing`)
    .map((f) => [f.severity, f.start, f.match]);

describe.each(MARKETS)('%s: must flag', (market) => {
  it('连衣裙 four times: the third and fourth are marked, not 连衣/衣裙', () => {
    expect(stuffing('连衣裙女夏连衣裙新款连衣裙显瘦连衣裙', market)).toEqual([
      ['warning', 10, '连衣裙'],
      ['warning', 15, '连衣裙'],
    ]);
  });

  it.each([
    ['手机壳苹果15手机壳iPhone15手机壳防摔手机壳', ['手机壳', '手机壳']],
    ['保温杯 男士保温杯 女士保温杯 学生保温杯 大容量', ['保温杯', '保温杯']],
    ['自热火锅 懒人火锅 麻辣火锅 速食 整箱', ['火锅']],
    ['情侣装 情侣款 情侣T恤 夏季 短袖', ['情侣']],
    ['四件套纯棉四件套全棉四件套床上用品', ['四件套']],
  ])('%s', (title, matches) => {
    expect(stuffing(title, market).map(([, , m]) => m)).toEqual(matches);
  });
});

const BENIGN = [
  '2024夏季新款韩版宽松纯棉短袖T恤女学生百搭上衣',
  '小米Redmi Note 13 Pro 5G手机 2亿像素 官方旗舰店',
  'Apple/苹果 iPhone 15 Pro Max 256GB 原色钛金属 5G手机',
  '三只松鼠每日坚果750g/30袋 混合果仁 零食大礼包',
  '安踏运动鞋男鞋2024秋季新款跑步鞋轻便透气减震休闲鞋',
  '格力空调 1.5匹 新一级能效 变频冷暖 家用卧室挂机',
  '蓝月亮洗衣液 薰衣草香 3kg*2瓶 深层洁净 家庭装',
  '儿童保温杯带吸管 316不锈钢 幼儿园宝宝水杯 大容量',
  '海尔冰箱 双开门对开门 家用大容量 风冷无霜 一级能效',
  '百雀羚水乳套装 补水保湿 护肤品套装 女 官方正品',
  '良品铺子 猪肉脯 靖江特产 肉干肉脯 休闲零食 200g',
  '维达抽纸 超韧3层130抽 24包 整箱 家用餐巾纸 卫生纸',
  '华为笔记本电脑 MateBook 14 2024款 酷睿Ultra 轻薄本',
  '南极人男士内裤 纯棉 平角裤 男 透气 四角裤 4条装',
  '五常大米 稻花香 新米 10斤 东北大米 粳米',
  '欧莱雅男士洗面奶 控油 去黑头 男士专用 洁面乳',
  '纯棉四件套 全棉 床上用品 被套 床单 1.8m床 宿舍三件套',
  '猫粮 成猫幼猫 通用型 10kg 营养增肥 英短美短 猫粮',
  'LED台灯 护眼 学习专用 儿童 写字 卧室床头 充电台灯',
  '宝宝辅食 婴儿米粉 高铁 6个月 宝宝营养米粉',
  '耐克 Nike 官方 耐克男子运动裤 休闲长裤',
  '哈哈哈 搞笑 表情包 抱枕',
];

describe.each(MARKETS)('%s: must not flag', (market) => {
  it.each(BENIGN)('%s', (title) => {
    expect(stuffing(title, market)).toEqual([]);
  });
});

it('is a title rule only: a description may repeat its product name', () => {
  const description = '连衣裙采用真丝面料。连衣裙版型修身。连衣裙可机洗。';
  const f = lintListing({ description }, { market: 'taobao' });
  expect(f.map((x) => x.ruleId)).not.toContain('taobao/title-keyword-stuffing');
});

describe.each(MARKETS)('%s: Latin keywords in a Chinese title count too', (market) => {
  it.each([
    ['Nike Nike Nike 运动裤', [['warning', 10, 'Nike']]],
    // Any case, and a model number or "Pro" glued to it does not hide the word.
    [
      'iPhone15手机壳 iPhone15Pro iphone15promax 苹果 iPhone壳',
      [
        ['warning', 24, 'iphone'],
        ['warning', 42, 'iPhone'],
      ],
    ],
  ])('%s', (title, expected) => {
    expect(stuffing(title, market)).toEqual(expected);
  });

  it.each([
    '长30cm 宽20cm 高10cm 收纳盒 加厚',
    '充电宝 20000mAh 快充 USB USB-C USB双口 小巧便携',
    '纯棉袜子 男 中筒 10双装 pcs 5 pcs 10 pcs',
    'Apple/苹果 iPhone 15 Pro Max 256GB 原色钛金属 5G手机',
    '耐克 Nike 官方 NIKE男子运动裤 休闲长裤',
  ])('leaves units and a brand written twice alone: %s', (title) => {
    expect(stuffing(title, market)).toEqual([]);
  });
});

it('a hostile title is searched in its first 1,000 characters only', () => {
  const started = performance.now();
  const f = lintListing({ title: '连衣裙'.repeat(300_000) }, { market: 'taobao' });
  expect(performance.now() - started).toBeLessThan(2000);
  expect(f.filter((x) => x.ruleId === 'taobao/title-keyword-stuffing').length).toBe(100);
});
