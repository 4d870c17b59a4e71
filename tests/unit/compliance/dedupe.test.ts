/** De-duplication of findings: what it drops, and that structural findings are left alone. */
import { describe, expect, it } from 'vitest';
import { dedupe, lintListing, lintText, MAX_FINDINGS_PER_RULE } from '../../../lib/compliance/lint';
import { PACKS, SEVERITY_RANK, type Finding, type Severity } from '../../../lib/compliance/types';

/** The rule as first written (every pair compared): the reference the sweep must reproduce exactly. */
function dedupeByPairs(findings: Finding[]): Finding[] {
  return findings.filter((a, i) =>
    findings.every((b, j) => {
      if (i === j || a.field !== b.field || a.index !== b.index) return true;
      if (b.start > a.start || b.end < a.end) return true;
      const rankA = SEVERITY_RANK[a.severity];
      const rankB = SEVERITY_RANK[b.severity];
      if (rankB < rankA) return true;
      if (a.start !== b.start || a.end !== b.end) return a.pack !== b.pack;
      if (rankB > rankA) return false;
      const pa = PACKS.indexOf(a.pack);
      const pb = PACKS.indexOf(b.pack);
      return !(pb < pa || (pb === pa && j < i));
    }),
  );
}

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

describe('dedupe', () => {
  it('drops exactly what comparing every pair drops, in the same order (5,000 random sets)', () => {
    const next = random(42);
    for (let t = 0; t < 5_000; t++) {
      // Mostly a listing's few findings; now and then hundreds (past the reused buffers' first size).
      const size = t % 1000 === 0 ? 300 + next(200) : 1 + next(12);
      const findings: Finding[] = Array.from({ length: size }, (_, k) => {
        const start = next(size > 12 ? 60 : 6);
        const bullet = next(2) === 1;
        return {
          ruleId: `r${k}`,
          pack: PACKS[next(3)]!,
          severity: SEVERITIES[next(3)]!,
          field: bullet ? 'bullets' : 'title',
          ...(bullet ? { index: next(2) } : {}),
          start,
          end: start + next(5),
          match: '',
          message: { en: 'm', zh: 'm' },
          suggestion: { en: 's', zh: 's' },
          source: '',
        };
      });
      expect(dedupe(findings)).toEqual(dedupeByPairs(findings));
    }
  });

  // Speed is the bench's to measure (no timings in unit tests); this checks the result of a line that
  // comparing every pair made take 16 s, which a test of this size would not finish in its time limit.
  it('keeps every one of 40,000 distinct findings on one line (40,000 × 最)', () => {
    const findings: Finding[] = Array.from({ length: 40_000 }, (_, i) => ({
      ruleId: 'cn-ad-law/absolute-zui',
      pack: 'cn-ad-law',
      severity: 'warning',
      field: 'title',
      start: i,
      end: i + 1,
      match: '最',
      message: { en: 'm', zh: 'm' },
      suggestion: { en: 's', zh: 's' },
      source: '',
    }));
    expect(dedupe(findings)).toHaveLength(40_000);
    // What the linter then reports of them: the first MAX_FINDINGS_PER_RULE, in text order.
    const reported = lintText('最'.repeat(40_000), { market: 'taobao' }).filter(
      (f) => f.match === '最',
    );
    expect(reported).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(reported.at(-1)!.start).toBe(MAX_FINDINGS_PER_RULE - 1);
  });
});

describe('structural findings and term findings', () => {
  // 216 characters of distinct words, then the claim: it lies past Amazon's 200-character limit.
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`)
    .join(' ')
    .slice(0, 216);
  const title = `${words}, FDA approved`;

  it('reports a claim past the title-length limit as well as the length (the overflow hid it)', () => {
    const f = lintText(title, { market: 'amazon' });
    expect(f.map((x) => [x.ruleId, x.start, x.end])).toEqual([
      ['amazon/title-length', 200, 230],
      ['amazon/fda-approved', 218, 230],
    ]);
    // The length finding's match is the text past the limit (it may start mid-word).
    expect(f[0]!.match).toBe(title.slice(200));
  });

  it('reports a repeated word inside a longer match of the same pack', () => {
    // The third "free" is inside "free shipping": still a repeated word, and still promotional.
    const f = lintListing({ title: 'Free relay, free cable, free shipping' }, { market: 'amazon' });
    expect(f.map((x) => [x.ruleId, x.match])).toEqual([
      ['amazon/promotional', 'free shipping'],
      ['amazon/title-repeated-word', 'free'],
    ]);
  });
});
