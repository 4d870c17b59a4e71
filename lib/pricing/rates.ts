/**
 * Currency conversion with the rates the user typed in settings (`"USD/EUR": 0.92` means 1 USD = 0.92 EUR).
 * No network: a pair the user did not give is reached through its inverse or through other pairs
 * (USD→EUR→GBP), and when no path exists the caller gets `null` and must say so instead of guessing.
 */
import type { Money } from '../schemas/snapshot';

export type Rates = Record<string, number>;

type Graph = Map<string, Array<{ to: string; factor: number }>>;

const graphs = new WeakMap<Rates, Graph>();

function graphOf(rates: Rates): Graph {
  let graph = graphs.get(rates);
  if (graph) return graph;
  graph = new Map();
  const edge = (from: string, to: string, factor: number) => {
    let list = graph!.get(from);
    if (!list) graph!.set(from, (list = []));
    list.push({ to, factor });
  };
  for (const [pair, rate] of Object.entries(rates)) {
    const [from, to] = pair.split('/');
    if (!from || !to || !(rate > 0) || !Number.isFinite(rate)) continue;
    edge(from, to, rate);
    edge(to, from, 1 / rate);
  }
  graphs.set(rates, graph);
  return graph;
}

/**
 * The factor that turns an amount in `from` into `to` (1 for the same currency), or null when the
 * rates do not connect the two. Breadth-first, so the path with the fewest user-entered rates wins.
 */
export function rateBetween(from: string, to: string, rates: Rates): number | null {
  if (from === to) return 1;
  const graph = graphOf(rates);
  const seen = new Set([from]);
  let frontier: Array<{ cur: string; factor: number }> = [{ cur: from, factor: 1 }];
  while (frontier.length > 0) {
    const next: Array<{ cur: string; factor: number }> = [];
    for (const { cur, factor } of frontier) {
      for (const e of graph.get(cur) ?? []) {
        if (seen.has(e.to)) continue;
        const f = factor * e.factor;
        if (e.to === to) return f;
        seen.add(e.to);
        next.push({ cur: e.to, factor: f });
      }
    }
    frontier = next;
  }
  return null;
}

/** `money` expressed in `currency`, or null when no rate connects them. */
export function convert(money: Money, currency: string, rates: Rates): Money | null {
  const f = rateBetween(money.currency, currency, rates);
  return f === null ? null : { amount: money.amount * f, currency };
}
