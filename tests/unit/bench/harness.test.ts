/**
 * The bench's same-run baselines (DESIGN.md §10): the interleaved comparison on a fake clock (no
 * timed assertion), the sentiment suite's baselines, and that every figure of the Node suites that
 * run without a browser has one.
 */
import { describe, expect, it, vi } from 'vitest';
import { unbaselined } from '../../bench/harness';
import {
  keywordAspectBaseline,
  majorityAccuracy,
  zhWordListScore,
} from '../../bench/sentiment.bench';

vi.mock('../../bench/harness', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../bench/harness')>();
  // Suites run for their structure only: no timing (the real compareThroughput is tested below).
  return {
    ...real,
    throughput: () => 1,
    compareThroughput: () => ({ baseline: 1, subject: 1, ratio: 1, rounds: 1 }),
  };
});

describe('compareThroughput', () => {
  it('alternates baseline and subject round by round and reports medians of the rounds', async () => {
    const { compareThroughput } =
      await vi.importActual<typeof import('../../bench/harness')>('../../bench/harness');
    let t = 0;
    const calls: string[] = [];
    // Baseline costs 1 ms an item, the subject 2 ms, except one round a "GC pause" hits the subject.
    let subjectCalls = 0;
    const cmp = compareThroughput(
      [1, 2],
      () => {
        calls.push('b');
        t += 1;
        return true;
      },
      () => {
        calls.push('s');
        subjectCalls++;
        t += subjectCalls === 7 ? 500 : 2;
        return true;
      },
      { rounds: 5, sliceMs: 4, warmupMs: 8, now: () => t },
    );
    expect(cmp).toEqual({ baseline: 1000, subject: 500, ratio: 0.5, rounds: 5 });
    // Warm-up (two slices each), then rounds alternating which side goes first: 4 baseline calls
    // (1 ms each) or 2 subject calls (2 ms each) fill a 4 ms slice.
    expect(calls.join('')).toBe(
      ['bbssbbss', 'bbbbss', 'ssbbbb', 'bbbbss', 'ssbbbb', 'bbbbss'].join(''),
    );
  });
});

describe('unbaselined', () => {
  it('names rows that neither are a baseline nor have one in the run (or a stated constant)', () => {
    expect(
      unbaselined({
        suite: 'x',
        rows: [
          { name: 'base', unit: 'u', value: 1 },
          { name: 'ours', unit: 'u', value: 2, baseline: 'base', ratio: 2 },
          { name: 'size', unit: 'KiB', value: 9, baseline: 'of the 3 MB budget', ratio: 0.3 },
          { name: 'lonely', unit: 'u', value: 3 },
          { name: 'elsewhere', unit: 'u', value: 3, baseline: 'not in this run', ratio: 1 },
        ],
      }),
    ).toEqual(['lonely', 'elsewhere']);
  });
});

describe('sentiment bench baselines', () => {
  it('majority class and the zh word list are computed from the rows, not constants', () => {
    expect(
      majorityAccuracy([
        { label: 1, text: 'a' },
        { label: 0, text: 'b' },
        { label: 0, text: 'c' },
      ]),
    ).toBeCloseTo(2 / 3);
    expect(zhWordListScore('质量很好，物流很快')).toBe(2);
    // 不好 is one negative word, not 不 + a positive 好.
    expect(zhWordListScore('不好')).toBe(-1);
    expect(zhWordListScore('还不错')).toBe(1);
  });

  it('the keyword aspect baseline finds keywords with clause polarity, at their offsets', () => {
    const { aspects } = keywordAspectBaseline().classify(
      '物流太慢了，包装很好. The price is not bad',
    );
    expect(aspects).toEqual([
      { aspect: 'shipping', polarity: 'negative', start: 0, end: 2 },
      { aspect: 'packaging', polarity: 'positive', start: 6, end: 8 },
      { aspect: 'price', polarity: 'negative', start: 16, end: 21 },
    ]);
  });

  it.each(['sentiment', 'pricing', 'money', 'compliance', 'live-lint'])(
    'every figure of the %s suite has a same-run baseline',
    { timeout: 120_000 },
    async (name) => {
      const { suite } = (await import(`../../bench/${name}.bench.ts`)) as {
        suite: import('../../bench/harness').BenchSuite;
      };
      const result = await suite.run();
      expect(result.rows.length).toBeGreaterThan(0);
      expect(unbaselined(result)).toEqual([]);
    },
  );
});
