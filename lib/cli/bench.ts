/** `seller-radar bench [--json] [--suite <name>]`: every benchmark suite, figures as ratios to same-run baselines. */
import { suites } from '../../tests/bench/suites';
import type { BenchSuiteResult } from '../../tests/bench/harness';
import { CliError, parseArgs, type CliIO } from './io';

function fmt(n: number): string {
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(3);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags } = parseArgs(argv, ['suite'], ['json']);
  const loaded = await Promise.all(suites.map((load) => load()));
  const wanted = typeof flags.suite === 'string' ? flags.suite : undefined;
  const chosen = wanted ? loaded.filter((s) => s.name === wanted) : loaded;
  if (wanted && chosen.length === 0) {
    throw new CliError(`no suite "${wanted}" (have: ${loaded.map((s) => s.name).join(', ')})`, 2);
  }
  const results: BenchSuiteResult[] = [];
  for (const suite of chosen) {
    if (!flags.json) io.stderr(`running ${suite.name}: ${suite.description} ...`);
    const result = await suite.run();
    results.push(result);
    if (flags.json) continue;
    io.stdout(`\n## ${result.suite}`);
    for (const row of result.rows) {
      const ratio =
        row.ratio !== undefined ? `  (${row.ratio.toFixed(2)}× ${row.baseline ?? 'baseline'})` : '';
      io.stdout(`  ${row.name.padEnd(48)} ${fmt(row.value).padStart(14)} ${row.unit}${ratio}`);
    }
    for (const note of result.notes ?? []) io.stdout(`  note: ${note}`);
  }
  if (flags.json) io.stdout(JSON.stringify({ node: process.version, results }, null, 2));
  return 0;
}
