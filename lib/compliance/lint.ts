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
 *   Japanese is not Chinese (Amazon JP: 日本製 今治タオル 最高級): a field written with kana, or without kana
 *   in a listing written with them, is left out (`isJapanese`, the rule lib/sentiment/lang.ts applies to
 *   reviews; the の and ・ that Chinese copy borrows do not count). On a market whose own packs include the
 *   law (taobao, jd, pinduoduo) it applies to every field as before: a Japanese product sold there is
 *   advertised to Chinese buyers.
 * - neither: hanText packs on Han fields, plus the content rules (terms and patterns) of the packs marked
 *   `withoutMarket` (Amazon's: promotional, pesticide, disease and "FDA approved" claims, the strictest
 *   English claim rules), and no structural checks: lengths, counts and a market's own conventions (Walmart's
 *   English-only titles, Mercado Libre's "envío gratis") only mean something for a known market.
 *
 * One exception to the hanText rule: a listing written in Traditional characters on a market where that
 * means Taiwan (Shopee: shopee.tw) is not governed by the PRC Advertising Law. Its cn-ad-law findings are
 * kept, as `info` and marked as PRC rules for reference (see TRADITIONAL_NOT_PRC).
 */
import compiledJson from '../../assets/rules/compiled.json';
import { Matcher, type RawMatch } from './matcher';
import { hasHan, isJapanese, isMostlyTraditional } from './normalize';
import type { CompiledRule, CompiledRules } from './rule-schema';
import type { Draft } from '../schemas/snapshot';
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

/**
 * What the linter reads of a listing being edited: its texts and the brand (not its product key or the
 * names of clipped fields). The inline marks and the side panel both lint this, so they agree.
 */
export function listingInputOf(draft: Draft): ListingInput {
  const input: ListingInput = {};
  for (const field of FIELDS) {
    const value = draft[field];
    if (value !== undefined) (input as Record<Field, unknown>)[field] = value;
  }
  if (draft.brand !== undefined) input.brand = draft.brand;
  return input;
}

interface ActiveSet {
  matcher: Matcher;
  structural: CompiledRule[];
  /** Packs that only apply to fields containing Han characters in this set. */
  hanOnly: ReadonlySet<Pack>;
  /** Some rule of the set supersedes another (`dropSuperseded` has work to do). */
  superseding: boolean;
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
      superseding: rules.some((r) => r.supersedes !== undefined),
    };
    cache.set(key, set);
  }
  return set;
}

/** The matcher for a pack set (exposed for the benchmark and for warming the cache). */
export function matcherFor(opts: LintOptions = {}): Matcher {
  return activeSet(opts).matcher;
}

const FIELD_ORDER: Record<Field, number> = { title: 0, bullets: 1, description: 2, tags: 3 };
/** Position in PACKS: the first pack wins a tie between packs. */
const PACK_INDEX = Object.fromEntries(PACKS.map((p, i) => [p, i])) as Record<Pack, number>;

/**
 * Working arrays of dedupe, reused across calls (linting is synchronous): allocating six typed arrays cost
 * more than the whole sweep for a listing's few findings. Each finding's keys are read once into them
 * (findings come in several shapes, so property reads are slow): group = field and bullet/tag index as
 * one number; slot = pack * 4 + severity rank (1..3); maxEnd[slot] = the furthest end of an earlier span
 * in the group per pack and severity, -1 when none.
 */
function allocate(size: number) {
  return {
    group: new Float64Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    slot: new Int32Array(size),
    redundant: new Uint8Array(size),
    maxEnd: new Int32Array(PACKS.length * 4),
  };
}
let buffers = allocate(256);

/**
 * Drops word-rule findings made redundant by another one: a shorter match inside a longer, at least as
 * severe match of the same pack (第一 inside 销量第一, 最 inside 最佳), and the same span flagged twice (by
 * several packs, or by a term and a pattern): kept once, the most severe, the first pack winning a tie,
 * then the first found. Only matcher findings go through here: a structural finding (a title's overflow
 * past the length limit, a repeated word, a banned character) is a different problem from a claim in the
 * same span, so an "FDA approved" past the limit is still reported, and neither hides the other.
 *
 * Sort and sweep, O(n log n): comparing every pair took seconds for one line of 20,000 × 最. In the order
 * (field, index, start ascending, end descending), the findings with another span that contain a finding
 * are exactly the earlier ones of its field that end at or after it, so the furthest end seen so far per
 * pack and severity decides. Exported for its tests.
 */
export function dedupe(findings: Finding[]): Finding[] {
  const n = findings.length;
  if (buffers.redundant.length < n) buffers = allocate(Math.max(n, buffers.redundant.length * 2));
  const { group, start, end, slot, redundant, maxEnd } = buffers;
  redundant.fill(0, 0, n);
  const indices: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    group[i] = FIELD_ORDER[f.field] * 2 ** 32 + (f.index ?? -1) + 1;
    start[i] = f.start;
    end[i] = f.end;
    slot[i] = PACK_INDEX[f.pack] * 4 + SEVERITY_RANK[f.severity];
    indices.push(i);
  }
  const order = indices.toSorted(
    (x, y) => group[x]! - group[y]! || start[x]! - start[y]! || end[y]! - end[x]! || x - y,
  );
  for (let g = 0; g < n;) {
    const first = order[g]!;
    if (g === 0 || group[order[g - 1]!] !== group[first]) maxEnd.fill(-1);
    // The findings with exactly this span: order[g..h).
    let h = g + 1;
    while (h < n) {
      const i = order[h]!;
      if (group[i] !== group[first] || start[i] !== start[first] || end[i] !== end[first]) break;
      h++;
    }
    let best = -1;
    for (let k = g; k < h; k++) {
      const i = order[k]!;
      const pack = slot[i]! >> 2;
      const rank = slot[i]! & 3;
      for (let r = rank; r <= 3 && !redundant[i]; r++) {
        if (maxEnd[pack * 4 + r]! >= end[i]!) redundant[i] = 1;
      }
      // In the order found within the span, so a later finding only wins by severity, then pack.
      const bestRank = best === -1 ? 0 : slot[best]! & 3;
      if (best === -1 || rank > bestRank || (rank === bestRank && pack < slot[best]! >> 2)) {
        if (best !== -1) redundant[best] = 1;
        best = i;
      } else {
        redundant[i] = 1;
      }
    }
    for (let k = g; k < h; k++) {
      const i = order[k]!;
      if (end[i]! > maxEnd[slot[i]!]!) maxEnd[slot[i]!] = end[i]!;
    }
    g = h;
  }
  return findings.filter((_, i) => !redundant[i]);
}

/**
 * Markets where Chinese in Traditional characters is written for Taiwan, not the PRC: Shopee's Chinese-
 * language site is Shopee Taiwan (its other sites are Southeast Asian and Latin American). The PRC
 * Advertising Law does not govern those listings, so its findings there are not errors; they are kept as
 * `info`, saying they are PRC rules, rather than dropped, because Taiwan's own laws (Fair Trade Act art.
 * 21 on false advertising; the cosmetics, food and pharmaceutical acts on medical claims) catch much of the
 * same wording, and a mainland seller listing on both sides wants to see it. Simplified text on Shopee
 * (a cross-border seller's copy) keeps the law's full severity, as on any other market.
 */
const TRADITIONAL_NOT_PRC: ReadonlySet<string> = new Set(['shopee']);
const PRC_PACK: Pack = 'cn-ad-law';

const PRC_REFERENCE = {
  en: "For reference only: this is a PRC Advertising Law rule, which does not govern a Traditional-Chinese (Taiwan) listing; Taiwan's Fair Trade Act and health-product laws still forbid false or medical claims. ",
  zh: '仅供参考：此为中国大陆《广告法》规则，不适用于繁体中文（台湾）刊登；台湾《公平交易法》及化妆品、食品、药事法规仍禁止虚假或医疗功效宣称。',
};

function listingTexts(input: ListingInput): string[] {
  const out: string[] = [];
  for (const field of FIELDS) {
    const value = input[field];
    if (typeof value === 'string') out.push(value);
    else if (value) out.push(...value);
  }
  return out;
}

export function lintListing(input: ListingInput, opts: LintOptions = {}): Finding[] {
  const set = activeSet(opts);
  const findings: Finding[] = [];
  const raw: RawMatch[] = [];
  const prcForReference =
    opts.packs === undefined &&
    opts.market !== undefined &&
    TRADITIONAL_NOT_PRC.has(opts.market) &&
    set.hanOnly.has(PRC_PACK) &&
    isMostlyTraditional(listingTexts(input));

  let texts: string[] | undefined;

  for (const field of FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const items = typeof value === 'string' ? [value] : value;
    items.forEach((text, i) => {
      if (text === '') return;
      const han =
        set.hanOnly.size > 0 && hasHan(text) && !isJapanese(text, (texts ??= listingTexts(input)));
      raw.length = 0;
      set.matcher.scan(
        text,
        (rule) =>
          (rule.fields === undefined || rule.fields.includes(field)) &&
          (han || !set.hanOnly.has(rule.pack)),
        raw,
      );
      if (set.superseding && raw.length > 1) dropSuperseded(raw);
      for (const m of raw) {
        const reference = prcForReference && m.rule.pack === PRC_PACK;
        findings.push({
          ruleId: m.rule.id,
          pack: m.rule.pack,
          severity: reference ? 'info' : m.rule.severity,
          field,
          ...(typeof value === 'string' ? {} : { index: i }),
          start: m.start,
          end: m.end,
          match: text.slice(m.start, m.end),
          message: reference
            ? {
                en: PRC_REFERENCE.en + m.rule.message.en,
                zh: PRC_REFERENCE.zh + m.rule.message.zh,
              }
            : m.rule.message,
          suggestion: m.rule.suggestion,
          source: m.rule.source,
          ...(m.rule.sourceEn !== undefined ? { sourceEn: m.rule.sourceEn } : {}),
        });
      }
    });
  }
  const structural: Finding[] = [];
  for (const rule of set.structural) runStructuralCheck(rule, rule.check!, input, structural);

  const result = [...(findings.length > 1 ? dedupe(findings) : findings), ...structural];
  return capPerRule(
    result.toSorted(
      (a, b) =>
        FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
        (a.index ?? 0) - (b.index ?? 0) ||
        a.start - b.start ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.ruleId.localeCompare(b.ruleId),
    ),
  );
}

/**
 * Removes, in place, the matches that a match of a rule naming their rule in `supersedes` contains
 * ("antibacterial" inside "compatible with antibacterial soap"). The covering matches sorted by start and
 * a binary search per match, O(n log n): a hostile line of 20,000 such phrases stays fast.
 */
function dropSuperseded(raw: RawMatch[]): void {
  const covers = raw
    .filter((m) => m.rule.supersedes !== undefined)
    .toSorted((a, b) => a.start - b.start);
  if (covers.length === 0) return;
  let w = 0;
  for (const m of raw) {
    if (!superseded(m, covers)) raw[w++] = m;
  }
  raw.length = w;
}

function superseded(m: RawMatch, covers: RawMatch[]): boolean {
  // The covering matches starting at or before m: binary search for the last one, then walk back (the
  // matches of one pattern do not overlap, so only the last few can contain m).
  let lo = 0;
  let hi = covers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (covers[mid]!.start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  // Looking back 8 covering matches allows 8 superseding rules to overlap at one place.
  for (let k = lo - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const c = covers[k]!;
    if (c !== m && c.end >= m.end && c.rule.supersedes!.includes(m.rule.id)) return true;
  }
  return false;
}

/**
 * At most this many findings of one rule in one field (the first ones, in text order). A real title
 * repeats a word a few times; a pasted 9 MB line repeated one 1.2 million times, and the CLI printed
 * every one (2.4 GB of memory). A seller fixes the first hundred before the rest matter.
 */
export const MAX_FINDINGS_PER_RULE = 100;

function capPerRule(sorted: Finding[]): Finding[] {
  if (sorted.length <= MAX_FINDINGS_PER_RULE) return sorted;
  const seen = new Map<string, number>();
  return sorted.filter((f) => {
    const key = `${f.ruleId}\u0000${f.field}\u0000${f.index ?? ''}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n <= MAX_FINDINGS_PER_RULE;
  });
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
