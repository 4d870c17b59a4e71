import { describe, expect, it } from 'vitest';
import { fillIn, languageName, zhGap } from '../../lib/i18n';

describe('zhGap: a space only where Latin text meets Chinese', () => {
  it.each([
    ['电热水壶', '新增 1 星评论', '电热水壶新增 1 星评论'],
    ['Mr. Coffee 12-Cup', '新增 1 星评论', 'Mr. Coffee 12-Cup 新增 1 星评论'],
    ['惠购百货专营店', '比您低 5%', '惠购百货专营店比您低 5%'],
    ['SmartHome Deals', '比您低 5%', 'SmartHome Deals 比您低 5%'],
    ['B0057OC5O8', '近 14 天', 'B0057OC5O8 近 14 天'],
    ['保温杯', 'Pro', '保温杯 Pro'],
    ['“电热水壶”', '新增', '“电热水壶”新增'],
  ])('%s + %s', (a, b, joined) => {
    expect(a + zhGap(a, b) + b).toBe(joined);
  });
});

describe('languageName', () => {
  it('names a detected language in the UI language', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'zh')).toBe('德语');
    expect(languageName('ja', 'zh')).toBe('日语');
  });

  it('never shows Intl’s "root" for undetermined, and keeps a code it cannot name', () => {
    expect(languageName('und', 'en')).toBe('unknown');
    expect(languageName('und', 'zh')).toBe('未知');
    expect(languageName('qq-!!', 'en')).toBe('qq-!!');
  });
});

describe('fillIn', () => {
  it('fills named placeholders, keeps one it has no value for, and reads no inherited keys', () => {
    expect(
      fillIn('{currency} has {digits} decimals: {suggestion}?', {
        currency: 'USD',
        digits: 2,
        suggestion: '0.00',
      }),
    ).toBe('USD has 2 decimals: 0.00?');
    expect(fillIn('近 {d} 天 {x}', { d: 14 })).toBe('近 14 天 {x}');
    expect(fillIn('{toString}', {})).toBe('{toString}');
  });
});
