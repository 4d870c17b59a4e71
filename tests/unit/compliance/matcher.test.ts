/** The Aho–Corasick matcher and the folding it relies on: offsets on original text, boundaries, completeness. */
import { describe, expect, it } from 'vitest';
import { Matcher, type RawMatch } from '../../../lib/compliance/matcher';
import { foldText, foldedString, normalizeTerm } from '../../../lib/compliance/normalize';
import { lintText, matcherFor } from '../../../lib/compliance/lint';
import type { CompiledRule } from '../../../lib/compliance/rule-schema';

const rule = (id: string, terms: string[], extra: Partial<CompiledRule> = {}): CompiledRule => ({
  id,
  pack: 'amazon',
  severity: 'error',
  terms: terms.map(normalizeTerm),
  message: { en: id, zh: id },
  suggestion: { en: '-', zh: '-' },
  source: 'test',
  checked: '2026-11-22',
  ...extra,
});

const spanKey = (x: [string, number, number]) => `${x[1]}:${x[2]}:${x[0]}`;

const scan = (m: Matcher, text: string) => {
  const out: RawMatch[] = [];
  m.scan(text, () => true, out);
  return out.map((x) => [x.rule.id, x.start, x.end, text.slice(x.start, x.end)]);
};

describe('folding', () => {
  it('maps full-width to half-width and folds case and Latin accents one unit to one', () => {
    expect(normalizeTerm('ＮＯ．１ Ｔｏｐ')).toBe('no.1 top');
    expect(normalizeTerm('ENVÍO Grátis')).toBe('envio gratis');
  });

  it('collapses whitespace runs and drops zero-width characters, keeping a map to the original', () => {
    const text = 'a\u3000\u3000b\u200Bc';
    const f = foldText(text);
    expect(foldedString(f)).toBe('a bc');
    expect(Array.from(f.map.subarray(0, f.length + 1))).toEqual([0, 1, 3, 5, 6]);
  });
});

describe('Aho–Corasick matcher', () => {
  it('finds overlapping and nested terms, including suffixes of longer terms', () => {
    // The textbook he/she/his/hers over "ushers", spelt in Han characters (no word boundaries apply).
    const m = new Matcher([rule('r/a', ['一二', '乙一二', '一三乙', '一二四乙'])]);
    expect(scan(m, '丙乙一二四乙')).toEqual([
      ['r/a', 1, 4, '乙一二'],
      ['r/a', 2, 4, '一二'],
      ['r/a', 2, 6, '一二四乙'],
    ]);
    const zh = new Matcher([rule('r/zh', ['第一', '销量第一'])]);
    expect(scan(zh, '销量第一')).toEqual([
      ['r/zh', 0, 4, '销量第一'],
      ['r/zh', 2, 4, '第一'],
    ]);
  });

  it('reports offsets on the original text for full-width input', () => {
    const m = matcherFor({ market: 'taobao' });
    const text = '全新ＮＯ．１品牌，效果最佳';
    const out: RawMatch[] = [];
    m.scan(text, () => true, out);
    const found = out.map((x) => [x.rule.id, text.slice(x.start, x.end)]);
    expect(found).toContainEqual(['cn-ad-law/absolute-diyi', 'ＮＯ．１']);
    expect(found).toContainEqual(['cn-ad-law/absolute-zuijia', '最佳']);
    const f = lintText(text, { market: 'taobao' });
    expect(f.map((x) => [x.start, x.end, x.match])).toEqual([
      [2, 6, 'ＮＯ．１'],
      [11, 13, '最佳'],
    ]);
  });

  it('maps offsets through collapsed whitespace and zero-width characters', () => {
    const text = '  Great\u200B  FREE\u3000\u3000shipping!';
    const f = lintText(text, { packs: ['amazon'] }).filter(
      (x) => x.ruleId === 'amazon/promotional',
    );
    expect(f.map((x) => [x.start, x.end, x.match])).toEqual([[10, 24, 'FREE\u3000\u3000shipping']]);
  });

  it('respects word boundaries for terms that start or end with a letter or digit', () => {
    const m = new Matcher([
      rule('r/cure', ['cure']),
      rule('r/no1', ['no.1']),
      rule('r/pct', ['100%']),
    ]);
    expect(scan(m, 'secure manicure cure')).toEqual([['r/cure', 16, 20, 'cure']]);
    expect(scan(m, 'no.10 no.1')).toEqual([['r/no1', 6, 10, 'no.1']]);
    // A term ending in a symbol has no boundary on that side.
    expect(scan(m, '100%cotton')).toEqual([['r/pct', 0, 4, '100%']]);
  });

  it('suppresses a match covered by an allow phrase at the same position only', () => {
    const m = new Matcher([rule('r/zui', ['最'], { allow: ['最近', '最大承重'] })]);
    expect(scan(m, '最近')).toEqual([]);
    expect(scan(m, '最大承重100kg，最大')).toEqual([['r/zui', 10, 11, '最']]);
    expect(scan(m, '近最')).toEqual([['r/zui', 1, 2, '最']]);
  });

  it('handles allow phrases that start before the term', () => {
    const m = new Matcher([rule('r/cure', ['cure'], { allow: ['uv cure'] })]);
    expect(scan(m, 'uv cure glue')).toEqual([]);
    expect(scan(m, 'cure glue')).toEqual([['r/cure', 0, 4, 'cure']]);
  });

  it('finds exactly what a naive indexOf scan finds on random text (no boundaries involved)', () => {
    const alphabet = '最佳第一唯一次近ab';
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    const terms = [
      ...new Set(Array.from({ length: 40 }, () => pick(1 + Math.floor(rnd() * 4)))),
    ].filter((t) => !/^[ab]|[ab]$/.test(t));
    const rules = terms.map((t, i) => rule(`r/t${i}`, [t]));
    const m = new Matcher(rules);
    for (let round = 0; round < 50; round++) {
      const text = pick(200);
      const expected: Array<[string, number, number]> = [];
      rules.forEach((r) => {
        const t = r.terms![0]!;
        for (let at = text.indexOf(t); at !== -1; at = text.indexOf(t, at + 1))
          expected.push([r.id, at, at + t.length]);
      });
      const got = scan(m, text).map(([id, s, e]) => [id, s, e] as [string, number, number]);
      expect(got.map(spanKey).toSorted()).toEqual(expected.map(spanKey).toSorted());
    }
  });

  it('builds the automaton once per pack set', () => {
    expect(matcherFor({ market: 'amazon' })).toBe(matcherFor({ market: 'amazon' }));
    expect(matcherFor({ market: 'amazon' })).not.toBe(matcherFor({ market: 'taobao' }));
  });
});

describe('evasions: look-alike letters and split Chinese terms', () => {
  it('reads Cyrillic and Greek look-alikes as Latin inside a Latin word, one unit to one', () => {
    expect(foldedString(foldText('Bеst Sеller'))).toBe('best seller');
    expect(foldedString(foldText('FDA Аpproved'))).toBe('fda approved');
    expect(foldedString(foldText('Ϲure'))).toBe('cure');
    // A Russian or Greek word has letters of its own and is left as it is.
    expect(foldedString(foldText('Подарок для мамы'))).toBe('подарок для мамы');
  });

  it.each([
    ['Bеst Sеller Mug', 'amazon/promotional', 'Bеst Sеller'],
    ['FDA Аpproved mask', 'amazon/fda-approved', 'FDA Аpproved'],
  ])('flags %s at the offsets of what was typed', (title, ruleId, match) => {
    const f = lintText(title, { market: 'amazon' }).filter((x) => x.ruleId === ruleId);
    expect(f.map((x) => [x.match, title.slice(x.start, x.end)])).toEqual([[match, match]]);
  });

  it('leaves Cyrillic and Greek listings alone', () => {
    expect(lintText('Кружка для кофе, лучший подарок маме', { market: 'amazon' })).toEqual([]);
    expect(lintText('Κούπα καφέ, δώρο για τη μαμά', { market: 'amazon' })).toEqual([]);
  });

  it.each([
    ['国 家 级 保温杯', 'cn-ad-law/absolute-national', '国 家 级'],
    ['国*家*级保温杯', 'cn-ad-law/absolute-national', '国*家*级'],
    ['国家.级', 'cn-ad-law/absolute-national', '国家.级'],
    ['第 一 品 牌 保温杯', 'cn-ad-law/absolute-ranking', '第 一 品 牌'],
    ['最 佳 保温杯', 'cn-ad-law/absolute-zuijia', '最 佳'],
    ['最*佳保温杯', 'cn-ad-law/absolute-zuijia', '最*佳'],
    ['顶-级 面料 真丝', 'cn-ad-law/absolute-top', '顶-级'],
  ])('a term split by separators: %s', (title, ruleId, match) => {
    const f = lintText(title, { market: 'taobao' });
    // The split term is the error; the bare 最 warning inside it goes.
    expect(f.map((x) => [x.ruleId, x.match, title.slice(x.start, x.end)])).toEqual([
      [ruleId, match, match],
    ]);
  });

  it.each([
    '中国 家居 收纳盒',
    '全国 家具 定制 实木',
    '生活 血压计 家用',
    '护理 气垫 床垫',
    '平安 神兽 摆件',
    '宝宝最 好用的 奶瓶刷',
  ])('two words whose ends spell a term are not one: %s', (title) => {
    expect(lintText(title, { market: 'taobao' }).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('an allow phrase does not reach across a separator (销量第一 次日达 is not 销量第一次)', () => {
    const f = lintText('销量第一 次日达', { market: 'taobao' });
    expect(f.map((x) => [x.ruleId, x.match])).toEqual([['cn-ad-law/absolute-ranking', '销量第一']]);
  });
});
