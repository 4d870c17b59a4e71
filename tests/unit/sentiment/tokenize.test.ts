import { describe, expect, it } from 'vitest';
import { sanitizeForAnalysis, MAX_ANALYSED_CHARS } from '../../../lib/sentiment/sanitize';
import { splitClauses } from '../../../lib/sentiment/aspects';
import {
  tokenizeEn,
  enFeatures,
  zhFeatures,
  DEFAULT_EN_CONFIG,
  DEFAULT_ZH_CONFIG,
} from '../../../lib/sentiment/tokenize';

describe('tokenizeEn', () => {
  it.each([
    ["I don't like it", ['i', 'do', 'not', 'like', 'it'], [false, false, false, true, true]],
    [
      "can't complain, works",
      ['can', 'not', 'complain', ',', 'works'],
      [false, false, true, false, false],
    ],
    ['never again but cheap', ['never', 'again', 'but', 'cheap'], [false, true, false, false]],
    [
      "it's GOOD dont buy",
      ['it', "'s", 'good', 'do', 'not', 'buy'],
      [false, false, false, false, false, true],
    ],
  ])('%s', (text, words, negated) => {
    const toks = tokenizeEn(text);
    expect(toks.map((t) => t.word)).toEqual(words);
    expect(toks.map((t) => t.negated)).toEqual(negated);
  });
});

function feats(text: string, prefix: number): Set<number> {
  const out = new Int32Array(256);
  return new Set(out.subarray(0, enFeatures(text, { ...DEFAULT_EN_CONFIG, prefix }, out)));
}
function shared(a: Set<number>, b: Set<number>): number {
  return [...a].filter((h) => b.has(h)).length;
}

describe('enFeatures word prefixes', () => {
  it('lets inflections of one word share a feature', () => {
    // Bias only without prefixes; with them "disappointed"/"disappointing" share "disap".
    expect(shared(feats('disappointed', 0), feats('disappointing', 0))).toBe(1);
    expect(shared(feats('disappointed', 5), feats('disappointing', 5))).toBe(2);
  });

  it('keeps a negated prefix apart from the plain one and skips short words', () => {
    expect(shared(feats('recommended', 5), feats('not recommended', 5))).toBe(1);
    expect(feats('great', 5).size).toBe(feats('great', 0).size);
  });
});

describe('zhFeatures', () => {
  it('treats full-width and half-width text alike', () => {
    const a = new Int32Array(256);
    const b = new Int32Array(256);
    const na = zhFeatures('ＯＫ，不错', 0, 5, DEFAULT_ZH_CONFIG, a);
    const nb = zhFeatures('ok,不错', 0, 5, DEFAULT_ZH_CONFIG, b);
    expect(Array.from(a.subarray(0, na))).toEqual(Array.from(b.subarray(0, nb)));
  });

  it('adds negated features after a negator', () => {
    const out = new Int32Array(256);
    const plain = zhFeatures('很好', 0, 2, { ...DEFAULT_ZH_CONFIG, negScope: 3 }, out);
    const negated = zhFeatures('不好', 0, 2, { ...DEFAULT_ZH_CONFIG, negScope: 3 }, out);
    const noScope = zhFeatures('不好', 0, 2, { ...DEFAULT_ZH_CONFIG, negScope: 0 }, out);
    expect(negated).toBe(noScope + 1);
    expect(plain).toBe(noScope);
  });
});

describe('sanitizeForAnalysis', () => {
  it('keeps every offset: same length, tags blanked', () => {
    const text = 'a<b>b</b>c<script>evil()</script>d\u0000e';
    const s = sanitizeForAnalysis(text);
    expect(s.length).toBe(text.length);
    expect(s.replace(/ +/g, '')).toBe('abcde');
  });

  it('leaves a lone < alone and caps the length without splitting a surrogate pair', () => {
    expect(sanitizeForAnalysis('price < 5 dollars')).toBe('price < 5 dollars');
    const text = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀tail';
    const s = sanitizeForAnalysis(text);
    expect(s.length).toBe(MAX_ANALYSED_CHARS - 1);
  });
});

describe('splitClauses', () => {
  it('splits on punctuation and before contrast words', () => {
    const text = '东西不错，但是物流太慢';
    expect(splitClauses(text, 'zh').map((s) => text.slice(s.start, s.end))).toEqual([
      '东西不错',
      '但是物流太慢',
    ]);
    const en = 'Nice phone but the battery dies. Version 2.0 is better';
    expect(splitClauses(en, 'en').map((s) => en.slice(s.start, s.end))).toEqual([
      'Nice phone',
      'but the battery dies',
      'Version 2.0 is better',
    ]);
  });

  it('does not split 不但', () => {
    const text = '不但便宜而且好用';
    expect(splitClauses(text, 'zh')).toHaveLength(1);
  });
});
