/**
 * Real review text (tests/fixtures/compliance, provenance in SOURCE.txt): positive reviews full of 最近, 最后,
 * 第一次, 唯一的缺点, secure, wholesale ... must raise no error-level finding; the few that really use
 * superlatives or promotional phrases must be flagged with the rule recorded beside them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';

interface Entry {
  source: string;
  line: number;
  text: string;
  expect?: string[];
}

const load = (name: string): Entry[] =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../fixtures/compliance/${name}`, import.meta.url)),
      'utf8',
    ),
  );

const errors = (text: string, market: Market) =>
  lintText(text, { market, field: 'description' }).filter((f) => f.severity === 'error');

describe.each<[string, Market[]]>([
  ['zh', ['taobao', 'jd', 'pinduoduo']],
  ['en', ['amazon']],
])('real %s reviews', (lang, markets) => {
  const clean = load(`real-${lang}-clean.json`);
  const flagged = load(`real-${lang}-flagged.json`);

  it('has a meaningful sample', () => {
    expect(clean.length).toBeGreaterThanOrEqual(60);
  });

  it.each(clean.map((e) => [`${e.source}:${e.line}`, e.text] as const))(
    'no error: %s',
    (_where, text) => {
      for (const market of markets) expect(errors(text, market)).toEqual([]);
    },
  );

  it.each(flagged.map((e) => [`${e.source}:${e.line}`, e.text, e.expect ?? []] as const))(
    'flagged: %s',
    (_where, text, expected) => {
      for (const market of markets) {
        expect([
          ...new Set(errors(text, market).map((f) => f.ruleId.replace(/^[^/]+/, ''))),
        ]).toEqual(expected.map((id) => id.replace(/^[^/]+/, '')));
      }
    },
  );
});
