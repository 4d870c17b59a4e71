/**
 * Two-character claim words inside ordinary compounds: Chinese has no spaces, so 理气 occurs in 修理气门芯
 * (repair the valve core), 安神 in 平安神兽, 特供 in 电商特供版 (a channel-exclusive model), 包过 in 包过安检
 * (passes airport security). Those contexts are allowed; the claims themselves are still errors.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const findings = (title: string) =>
  lintListing({ title }, { market: 'taobao' })
    .filter((f) => f.pack === 'cn-ad-law' && f.severity !== 'info')
    .map((f) => `${f.ruleId} "${f.match}"`);

describe('ordinary compounds are not claims', () => {
  it.each([
    '汽车轮胎修理气门芯 工具套装',
    '自行车修理气门嘴 美嘴法嘴',
    '物理气相沉积 PVD 镀膜 刀具',
    '空调清理气 清洗剂',
    '出入平安神兽 摆件',
    '晚安神器 遮光眼罩',
    '公益气球 宣传 印字',
    '出厂前进行气密性检测 保温杯',
    '普通脉冲 电子点火器',
    '小米电视 电商特供版 55英寸 4K超高清',
    '联想笔记本 京东特供款 轻薄本',
    '天猫特供 洗衣液 3kg',
    '充电宝 20000毫安 可带上飞机 包过安检',
    '新年红包过年 利是封 30个',
    '双肩背包过夜 旅行 大容量',
    '台灯 一键打开光源 护眼',
    '挂钩 防止脱落 免打孔',
    '散热风扇 加速效果明显 笔记本',
  ])('%s', (title) => {
    expect(findings(title)).toEqual([]);
  });
});

describe('the claims are still errors', () => {
  it.each([
    ['调理气血 养生茶', 'cn-ad-law/medical-cure "理气"'],
    ['疏肝理气 玫瑰花茶', 'cn-ad-law/medical-cure "理气"'],
    ['安神助眠 香薰', 'cn-ad-law/medical-cure "安神"'],
    ['补中益气 人参', 'cn-ad-law/medical-cure "益气"'],
    ['特供酒 53度 酱香', 'cn-ad-law/authority "特供"'],
    ['政府特供 茶叶 礼盒', 'cn-ad-law/authority "特供"'],
    ['部队特供 军用水壶', 'cn-ad-law/authority "部队特供"'],
    ['教师资格证 包过 网课', 'cn-ad-law/education-guarantee "包过"'],
    ['开光 貔貅 手链', 'cn-ad-law/superstition "开光"'],
    ['止脱 洗发水 生姜', 'cn-ad-law/cosmetic-medical "止脱"'],
    ['速效 止痒膏', 'cn-ad-law/medical-assurance "速效"'],
  ])('%s → %s', (title, finding) => {
    expect(findings(title)).toContain(finding);
  });
});
