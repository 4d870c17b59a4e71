/** Rule packs: compiled.json never drifts from the packs, and the validator rejects bad rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePacks, RuleValidationError } from '../../../lib/compliance/compile';
import { PACKS } from '../../../lib/compliance/types';

const rulesDir = fileURLToPath(new URL('../../../assets/rules/', import.meta.url));
const packFiles = () =>
  readdirSync(rulesDir)
    .filter((f) => f.endsWith('.json') && f !== 'compiled.json')
    .toSorted()
    .map((file) => ({ file, data: JSON.parse(readFileSync(rulesDir + file, 'utf8')) as unknown }));

const goodRule = {
  id: 'amazon/test-rule',
  pack: 'amazon',
  severity: 'error',
  terms: ['free shipping'],
  message: { en: 'Promotional.', zh: '促销用语。' },
  suggestion: { en: 'Remove it.', zh: '删除。' },
  source: 'test policy',
  checked: '2026-11-22',
};
const packWith = (rules: unknown[]) => [
  {
    file: 'amazon.json',
    data: {
      pack: 'amazon',
      name: { en: 'A', zh: 'A' },
      markets: ['amazon'],
      hanText: false,
      withoutMarket: true,
      rules,
    },
  },
];
const problemsOf = (rules: unknown[]): string[] => {
  try {
    compilePacks(packWith(rules));
    return [];
  } catch (err) {
    if (err instanceof RuleValidationError) return err.problems;
    throw err;
  }
};

describe('compiled rules', () => {
  it('assets/rules/compiled.json is exactly what the compiler produces from the packs', () => {
    const committed = JSON.parse(readFileSync(rulesDir + 'compiled.json', 'utf8')) as unknown;
    expect(committed).toEqual(compilePacks(packFiles()));
  });

  it('has one pack file per pack', () => {
    expect(
      packFiles()
        .map((f) => f.file.replace('.json', ''))
        .toSorted(),
    ).toEqual(PACKS.toSorted());
  });

  it('every rule whose source is Chinese (a PRC law, a Taobao/JD/Pinduoduo rule) has it in English too', () => {
    const rules = compilePacks(packFiles()).rules;
    const chinese = rules.filter((r) => /[\u4e00-\u9fff]/.test(r.source));
    expect(chinese.length).toBeGreaterThan(30);
    expect(chinese.filter((r) => !r.sourceEn).map((r) => r.id)).toEqual([]);
    for (const r of chinese) expect(r.sourceEn).toMatch(/^[A-Z]/);
  });

  it('stores folded terms (full-width and case folded)', () => {
    const compiled = compilePacks(packWith([{ ...goodRule, terms: ['ＦＲＥＥ  Shipping'] }]));
    expect(compiled.rules[0]!.terms).toEqual(['free shipping']);
  });
});

describe('rule validation rejects', () => {
  it.each<[string, Record<string, unknown>[], RegExp]>([
    ['a duplicate id', [goodRule, { ...goodRule, terms: ['hot sale'] }], /duplicate rule id/],
    [
      'a regex that does not compile',
      [{ ...goodRule, terms: undefined, pattern: '(unclosed' }],
      /does not compile/,
    ],
    [
      'a regex that matches the empty string',
      [{ ...goodRule, terms: undefined, pattern: 'a*' }],
      /empty string/,
    ],
    [
      'an upper-case pattern (it could never match folded text)',
      [{ ...goodRule, terms: undefined, pattern: 'FDA' }],
      /lower case/,
    ],
    [
      'an allowPattern that does not compile',
      [{ ...goodRule, allowPattern: '(not free' }],
      /allowPattern does not compile/,
    ],
    [
      'an upper-case allowPattern',
      [{ ...goodRule, allowPattern: 'NOT free shipping' }],
      /allowPattern must be lower case/,
    ],
    [
      'an allow phrase without its term',
      [{ ...goodRule, allow: ['shipping box'] }],
      /contains none/,
    ],
    ['a missing Chinese message', [{ ...goodRule, message: { en: 'x' } }], /message\.zh/],
    [
      'an empty English suggestion',
      [{ ...goodRule, suggestion: { en: ' ', zh: 'x' } }],
      /suggestion\.en/,
    ],
    ['a missing source', [{ ...goodRule, source: undefined }], /source/],
    ['a missing checked date', [{ ...goodRule, checked: undefined }], /checked/],
    ['a badly formatted checked date', [{ ...goodRule, checked: '22/11/2026' }], /checked/],
    [
      'a rule with neither terms, pattern nor check',
      [{ ...goodRule, terms: undefined }],
      /needs terms/,
    ],
    ['a rule id from another pack', [{ ...goodRule, id: 'ebay/x' }], /must start with "amazon\/"/],
    [
      'the same term in two rules of a pack',
      [goodRule, { ...goodRule, id: 'amazon/other' }],
      /already used/,
    ],
    ['an unknown severity', [{ ...goodRule, severity: 'fatal' }], /severity/],
    ['an unknown field', [{ ...goodRule, extra: 1 }], /extra|Unrecognized/i],
    [
      'a structural check with a bad parameter',
      [
        {
          ...goodRule,
          terms: undefined,
          check: { check: 'maxLength', field: 'title', max: -3, unit: 'chars' },
        },
      ],
      /max/,
    ],
    [
      'a one-click wording for a word that is not a term of the rule',
      [{ ...goodRule, replace: { 'hot sale': 'sale' } }],
      /replace names "hot sale", not a term/,
    ],
    [
      'one-click wordings on a rule whose fix is advice only',
      [{ ...goodRule, fix: 'advice', replace: { 'free shipping': 'shipping' } }],
      /replace wordings on a rule whose fix is advice only/,
    ],
    ['an unknown kind of fix', [{ ...goodRule, fix: 'delete' }], /fix/],
    [
      'superseding a rule that does not exist',
      [{ ...goodRule, supersedes: ['amazon/no-such-rule'] }],
      /supersedes unknown rule "amazon\/no-such-rule"/,
    ],
    [
      'a rule superseding itself',
      [{ ...goodRule, supersedes: ['amazon/test-rule'] }],
      /supersedes itself/,
    ],
    [
      'superseding a structural check',
      [
        goodRule,
        {
          ...goodRule,
          id: 'amazon/length',
          terms: undefined,
          check: { check: 'maxLength', field: 'title', max: 200, unit: 'chars' },
        },
        { ...goodRule, id: 'amazon/other', terms: ['hot sale'], supersedes: ['amazon/length'] },
      ],
      /only word and pattern rules/,
    ],
  ])('%s', (_name, rules, problem) => {
    const problems = problemsOf(rules);
    expect(problems.join('\n')).toMatch(problem);
  });

  it('accepts a well-formed rule', () => {
    expect(problemsOf([goodRule])).toEqual([]);
  });
});

describe('Chinese finding texts are set as Chinese', () => {
  const han = /\p{Script=Han}/u;
  const wide = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60“”]';
  const spaceAtQuote = new RegExp(`${wide} [“”]|[“”] ${wide}`, 'u');
  const texts: Array<[where: string, text: string]> = compilePacks(packFiles()).rules.flatMap((r) =>
    (
      [
        ['message', r.message.zh],
        ['suggestion', r.suggestion.zh],
        ['source', han.test(r.source) ? r.source : ''],
      ] as const
    )
      .filter(([, text]) => text)
      .map(([field, text]): [string, string] => [`${r.id} ${field}`, text]),
  );

  it('use “” quotes, not ASCII ones, with no space at them (messages, suggestions, Chinese sources)', () => {
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter(([, text]) => text.includes('"'))).toEqual([]);
    expect(texts.filter(([, text]) => spaceAtQuote.test(text))).toEqual([]);
  });

  it('the one-click fix still reads the first wording a suggestion offers', () => {
    const rule = compilePacks(packFiles()).rules.find((r) => r.id === 'cn-ad-law/absolute-price')!;
    expect(rule.suggestion.zh).toMatch(/^改为“实惠”“超值”/);
  });
});
