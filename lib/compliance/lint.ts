/**
 * The listing linter (DESIGN.md §6): rule packs from assets/rules/compiled.json, one cached Aho–Corasick
 * matcher per set of active packs, structural checks, then de-duplication.
 *
 * Which packs apply:
 * - `opts.packs` given: exactly those packs, on every field.
 * - `opts.market` given: the packs whose `markets` list that market (its own pack; cn-ad-law for taobao, jd
 *   and pinduoduo), with structural checks. Packs marked `hanText` (cn-ad-law) ALSO apply, on any market, to
 *   each field that contains Han characters: a Chinese listing on Shopee or Amazon is still advertising
 *   aimed at Chinese readers, while "NO.1" in an English Amazon title is left to Amazon's own rules.
 * - neither: hanText packs on Han fields, plus the content rules (terms and patterns) of the packs marked
 *   `withoutMarket` (Amazon's: promotional, pesticide, disease and "FDA approved" claims, the strictest
 *   English claim rules), and no structural checks: lengths, counts and a market's own conventions (Walmart's
 *   English-only titles, Mercado Libre's "envío gratis") only mean something for a known market.
 */
import compiledJson from '../../assets/rules/compiled.json';
import { Matcher, type RawMatch } from './matcher';
import { hasHan } from './normalize';
import type { CompiledRule, CompiledRules } from './rule-schema';
import { runStructuralCheck } from './structural';
import {
  FIELDS,
  PACKS,
  SEVERITY_RANK,
  type Field,
  type Finding,
  type LintOptions,
  type ListingInput,
  type Pack,
} from './types';

export const compiledRules = compiledJson as unknown as CompiledRules;

interface ActiveSet {
  matcher: Matcher;
  structural: CompiledRule[];
  /** Packs that only apply to fields containing Han characters in this set. */
  hanOnly: ReadonlySet<Pack>;
}

const cache = new Map<string, ActiveSet>();

function resolvePacks(opts: LintOptions): { packs: Pack[]; hanOnly: Pack[]; structural: boolean } {
  if (opts.packs) return { packs: [...new Set(opts.packs)], hanOnly: [], structural: true };
  const market = opts.market;
  const packs: Pack[] = [];
  const hanOnly: Pack[] = [];
  for (const p of compiledRules.packs) {
    const forMarket = market === undefined ? p.withoutMarket : p.markets.includes(market);
    if (p.hanText && !(market !== undefined && forMarket)) {
      packs.push(p.pack);
      hanOnly.push(p.pack);
    } else if (forMarket) {
      packs.push(p.pack);
    }
  }
  return { packs, hanOnly, structural: market !== undefined };
}

function activeSet(opts: LintOptions): ActiveSet {
  const { packs, hanOnly, structural } = resolvePacks(opts);
  const key = `${packs.toSorted().join(',')}|${hanOnly.toSorted().join(',')}|${structural}`;
  let set = cache.get(key);
  if (!set) {
    const chosen = new Set<string>(packs);
    const rules = compiledRules.rules.filter((r) => chosen.has(r.pack));
    set = {
      matcher: new Matcher(rules.filter((r) => !r.check)),
      structural: structural ? rules.filter((r) => r.check) : [],
      hanOnly: new Set(hanOnly),
    };
    cache.set(key, set);
  }
  return set;
}

/** The matcher for a pack set (exposed for the benchmark and for warming the cache). */
export function matcherFor(opts: LintOptions = {}): Matcher {
  return activeSet(opts).matcher;
}

/**
 * Drops findings made redundant by another one: a shorter match inside a longer, at least as severe match
 * of the same pack (第一 inside 销量第一, 最 inside 最佳), and the same span flagged twice (by several packs,
 * or by a term and a pattern): kept once, the most severe, the first pack winning a tie.
 */
function dedupe(findings: Finding[]): Finding[] {
  const keep: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const a = findings[i]!;
    let redundant = false;
    for (let j = 0; j < findings.length && !redundant; j++) {
      const b = findings[j]!;
      if (i === j || a.field !== b.field || a.index !== b.index) continue;
      if (b.start > a.start || b.end < a.end) continue;
      const rankA = SEVERITY_RANK[a.severity];
      const rankB = SEVERITY_RANK[b.severity];
      if (rankB < rankA) continue;
      const sameSpan = a.start === b.start && a.end === b.end;
      if (!sameSpan) {
        redundant = a.pack === b.pack;
      } else if (rankB > rankA) {
        redundant = true;
      } else {
        const pa = PACKS.indexOf(a.pack);
        const pb = PACKS.indexOf(b.pack);
        redundant = pb < pa || (pb === pa && j < i);
      }
    }
    if (!redundant) keep.push(a);
  }
  return keep;
}

const FIELD_ORDER: Record<Field, number> = { title: 0, bullets: 1, description: 2, tags: 3 };

export function lintListing(input: ListingInput, opts: LintOptions = {}): Finding[] {
  const set = activeSet(opts);
  const findings: Finding[] = [];
  const raw: RawMatch[] = [];

  for (const field of FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const items = typeof value === 'string' ? [value] : value;
    items.forEach((text, i) => {
      if (text === '') return;
      const han = set.hanOnly.size > 0 && hasHan(text);
      raw.length = 0;
      set.matcher.scan(
        text,
        (rule) =>
          (rule.fields === undefined || rule.fields.includes(field)) &&
          (han || !set.hanOnly.has(rule.pack)),
        raw,
      );
      for (const m of raw) {
        findings.push({
          ruleId: m.rule.id,
          pack: m.rule.pack,
          severity: m.rule.severity,
          field,
          ...(typeof value === 'string' ? {} : { index: i }),
          start: m.start,
          end: m.end,
          match: text.slice(m.start, m.end),
          message: m.rule.message,
          suggestion: m.rule.suggestion,
          source: m.rule.source,
        });
      }
    });
  }
  for (const rule of set.structural) runStructuralCheck(rule, rule.check!, input, findings);

  const result = findings.length > 1 ? dedupe(findings) : findings;
  return result.toSorted(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      (a.index ?? 0) - (b.index ?? 0) ||
      a.start - b.start ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Lints one string as one field (default: the title). */
export function lintText(text: string, opts: LintOptions & { field?: Field } = {}): Finding[] {
  const { field = 'title', ...rest } = opts;
  const input: ListingInput =
    field === 'bullets' || field === 'tags' ? { [field]: [text] } : { [field]: text };
  return lintListing(input, rest);
}

/** The packs a market uses by default (for UIs that list the active rules). */
export function packsForMarket(market: LintOptions['market']): Pack[] {
  return resolvePacks(market ? { market } : {}).packs;
}
