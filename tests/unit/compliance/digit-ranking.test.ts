/**
 * Rankings written with a digit: 第1品牌, 第１名 (full-width), Top 1, top-1 are claims like 第一品牌 and NO.1;
 * the ordinals (第1次, 第1天, 第1代, 第1集 …) are not, as with 第一.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const errors = (title: string) =>
  lintListing({ title }, { market: 'taobao' })
    .filter((f) => f.pack === 'cn-ad-law' && f.severity === 'error')
    .map((f) => `${f.ruleId} "${f.match}"`);

describe('digit rankings are errors', () => {
  it.each([
    ['第1品牌 洗衣液 持久留香', 'cn-ad-law/absolute-ranking "第1品牌"'],
    ['第１品牌 洗衣液', 'cn-ad-law/absolute-ranking "第１品牌"'],
    ['第1名 扫地机器人', 'cn-ad-law/absolute-diyi "第1名"'],
    ['品质第1 保温杯', 'cn-ad-law/absolute-diyi "第1"'],
    ['Top 1 品牌 蓝牙耳机', 'cn-ad-law/absolute-diyi "Top 1"'],
    ['top-1 降噪耳机 爆款', 'cn-ad-law/absolute-diyi "top-1"'],
    ['销量第1 保温杯', 'cn-ad-law/absolute-ranking "销量第1"'],
    ['全网第1 保温杯', 'cn-ad-law/absolute-ranking "全网第1"'],
  ])('%s → %s', (title, finding) => {
    expect(errors(title)).toContain(finding);
  });
});

describe('digit ordinals are not', () => {
  it.each([
    '儿童绘本 第1次 上学',
    '减肥餐 第1天 食谱',
    '第1代 AirPods 保护套',
    '烘焙入门 第1步 材料包',
    '动画片 第1集 DVD',
    '综艺 第1季 周边',
    '第1件 原价 第2件半价',
    '奶粉 1段 第1-3个月',
    '儿童故事 第10集 第12天',
    '销量第1次突破十万 感谢',
    'Top 10 蓝牙耳机 合集',
  ])('%s', (title) => {
    expect(errors(title)).toEqual([]);
  });
});
