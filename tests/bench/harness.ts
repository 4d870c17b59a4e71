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

export interface Comparison {
  /** Median items/s of the baseline over the rounds. */
  baseline: number;
  /** Median items/s of the subject over the rounds. */
  subject: number;
  /** Median of the rounds' subject/baseline ratios (each round measures both, back to back). */
  ratio: number;
  rounds: number;
}

const median = (xs: readonly number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Throughput of `subject` as a ratio to `baseline` on the same items, measured interleaved: after a
 * warm-up of both, `rounds` rounds each time both for `sliceMs` (alternating which goes first), and the
 * median of the per-round ratios. Two long back-to-back windows (`throughput` twice) put the two
 * sides under different machine load, garbage-collection debt and JIT state, which on a shared
 * 2-core machine swung the pricing ratio from 0.48× to 1.88×; adjacent short slices see the same
 * conditions, and the median drops the slices a GC pause or another process hit. `now` is for tests.
 */
export function compareThroughput<T>(
  items: readonly T[],
  baseline: (item: T) => unknown,
  subject: (item: T) => unknown,
  { rounds = 21, sliceMs = 60, warmupMs = 400, now = () => performance.now() } = {},
): Comparison {
  let sink = 0;
  const slice = (fn: (item: T) => unknown, ms: number) => {
    let done = 0;
    const start = now();
    let elapsed = 0;
    do {
      for (const item of items) if (fn(item)) sink++;
      done += items.length;
      elapsed = now() - start;
    } while (elapsed < ms);
    return (done / elapsed) * 1000;
  };
  for (let i = 0; i < 4; i++) slice(i % 2 ? subject : baseline, warmupMs / 4);
  const base: number[] = [];
  const subj: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let b: number;
    let s: number;
    if (r % 2 === 0) {
      b = slice(baseline, sliceMs);
      s = slice(subject, sliceMs);
    } else {
      s = slice(subject, sliceMs);
      b = slice(baseline, sliceMs);
    }
    base.push(b);
    subj.push(s);
    ratios.push(s / b);
  }
  if (sink < 0) console.log(sink);
  return { baseline: median(base), subject: median(subj), ratio: median(ratios), rounds };
}

/**
 * The rows of `result` with no same-run baseline: a row must either be another row's baseline, or
 * name its baseline (a row of the same suite, or a stated constant such as "of the 3 MB budget …")
 * and carry a finite ratio to it.
 */
export function unbaselined(result: BenchSuiteResult): string[] {
  const names = new Set(result.rows.map((r) => r.name));
  const used = new Set(result.rows.map((r) => r.baseline));
  return result.rows
    .filter(
      (r) =>
        !used.has(r.name) &&
        !(
          r.baseline !== undefined &&
          (names.has(r.baseline) || r.baseline.startsWith('of the ')) &&
          Number.isFinite(r.ratio)
        ),
    )
    .map((r) => r.name);
}
