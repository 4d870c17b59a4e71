/** Registry of benchmark suites run by `npm run bench` / `seller-radar bench`. */
import type { BenchSuite } from './harness';

export const suites: Array<() => Promise<BenchSuite>> = [
  async () => (await import('./compliance.bench')).suite,
  async () => (await import('./live-lint.bench')).suite,
  async () => (await import('./sentiment.bench')).suite,
  async () => (await import('./pricing.bench')).suite,
  async () => (await import('./money.bench')).suite,
  async () => (await import('./chromium.bench')).suite,
];
