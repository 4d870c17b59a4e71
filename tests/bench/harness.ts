/**
 * Benchmark harness. Figures are reported as ratios against a baseline measured in the same run
 * (same process, same machine state), never as absolute pass/fail timings.
 */
export interface BenchRow {
  /** What was measured, e.g. "Aho–Corasick matcher". */
  name: string;
  /** e.g. "listings/s", "reviews/s", "accuracy". */
  unit: string;
  value: number;
  /** The row this one is compared with (same suite, same run). */
  baseline?: string;
  /** value / baseline value (for throughput: >1 means faster than the baseline). */
  ratio?: number;
}

export interface BenchSuiteResult {
  suite: string;
  rows: BenchRow[];
  notes?: string[];
}

export interface BenchSuite {
  name: string;
  description: string;
  run: () => Promise<BenchSuiteResult>;
}

/**
 * Runs `fn` over `items` repeatedly for at least `minMs` (after a warm-up) and returns items/second.
 * `sink` defeats dead-code elimination.
 */
export function throughput<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
  minMs = 1_000,
): number {
  let sink = 0;
  const pass = () => {
    for (const item of items) {
      const r = fn(item);
      if (r) sink++;
    }
  };
  const warmUntil = performance.now() + Math.min(300, minMs / 3);
  while (performance.now() < warmUntil) pass();
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    done += items.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  if (sink < 0) console.log(sink);
  return (done / elapsed) * 1000;
}

/** Adds `baseline`/`ratio` to every row, relative to the row named `baselineName`. */
export function withRatios(rows: BenchRow[], baselineName: string): BenchRow[] {
  const base = rows.find((r) => r.name === baselineName);
  if (!base || base.value === 0) return rows;
  return rows.map((r) =>
    r.name === baselineName ? r : { ...r, baseline: baselineName, ratio: r.value / base.value },
  );
}
