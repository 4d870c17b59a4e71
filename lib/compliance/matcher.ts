/**
 * Multi-term matcher for the compliance rules: ONE Aho–Corasick automaton over every term of the active
 * packs, plus the few regex rules.
 *
 * Why our own automaton rather than a sensitive-word library (mint-filter and the like, which we benchmark
 * against in tests/bench/compliance.bench.ts): we need (1) offsets on the ORIGINAL text after folding
 * full-width/case/whitespace, so the side panel can highlight what the seller typed; (2) a term → rules
 * mapping, because one term can belong to rules of several packs with different severities and messages;
 * (3) allow-context checks (最 in 最近, 第一 in 第一次) and English word boundaries at the match position,
 * without a second scan; (4) every match, including terms that are suffixes of other terms (mint-filter only
 * reports the node it stands on, so 第一 inside 销量第一 is lost); (5) no per-character allocation.
 * Those libraries return matched words without positions and lower-case only ASCII.
 *
 * Symbols are the distinct code units of the terms (every other character resets to the root at once).
 * The root has a dense transition table because most characters of a listing never leave it; every other
 * state keeps its children in flat typed arrays (CSR), scanned linearly: almost all states have one to three
 * children, and this measured about twice as fast as one Map keyed by `state * width + symbol`.
 */
import { isHanCode } from '../cjk';
import { foldText, foldedString, isWordCode, type Folded } from './normalize';
import type { CompiledRule } from './rule-schema';

/** A rule hit on original-text offsets [start, end). */
export interface RawMatch {
  rule: CompiledRule;
  start: number;
  end: number;
}

interface AllowEntry {
  codes: Uint16Array;
  /** Where the term sits inside the allow phrase. */
  offset: number;
}

interface TermRef {
  rule: CompiledRule;
  allow: AllowEntry[];
}

interface TermInfo {
  length: number;
  /** The term starts/ends with an ASCII letter or digit, so it must not continue a word on that side. */
  wordStart: boolean;
  wordEnd: boolean;
  refs: TermRef[];
}

interface PatternRule {
  rule: CompiledRule;
  regex: RegExp;
  allow: string[];
}

/**
 * The spans of the rules' `allowPattern` contexts in one scanned text, found the first time a match of
 * such a rule needs them (most texts never do).
 */
class AllowContexts {
  private readonly spans = new Map<CompiledRule, number[]>();
  private text: string | undefined;

  constructor(
    private readonly source: () => string,
    private readonly regexes: ReadonlyMap<CompiledRule, RegExp>,
  ) {}

  /** Whether a context of `rule` covers the folded span [start, end). */
  covers(rule: CompiledRule, start: number, end: number): boolean {
    const re = this.regexes.get(rule);
    if (re === undefined) return false;
    let spans = this.spans.get(rule);
    if (spans === undefined) {
      spans = [];
      this.text ??= this.source();
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        spans.push(m.index, m.index + m[0].length);
      }
      this.spans.set(rule, spans);
    }
    for (let k = 0; k < spans.length; k += 2) {
      if (spans[k]! <= start && spans[k + 1]! >= end) return true;
    }
    return false;
  }
}

/**
 * The text the terms are matched in: the folded text, with the single separators that sit between two Han
 * characters left out (国 家 级, 国*家*级, 第 一 品 牌, 国家.级, 最-佳: a known way to split a term so that
 * filters miss it). `fold[j]` is the folded offset of unit j, or null when nothing was left out.
 */
interface View {
  codes: Uint16Array;
  length: number;
  fold: Int32Array | null;
}

/** Clause punctuation of Chinese text (，。、；：！？ and brackets): a real boundary, never a split term. */
const CLAUSE = new Set([
  0x3001, 0x3002, 0x3008, 0x3009, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f, 0x3010, 0x3011,
  0xff01, 0xff08, 0xff09, 0xff0c, 0xff1a, 0xff1b, 0xff1f,
]);
const SYMBOL = /^[\p{P}\p{S}]$/u;

/** Per BMP unit: 0 = not yet known, 1 = punctuation or a symbol, 2 = neither (SYMBOL, cached). */
const symbolKind = new Uint8Array(65536);

/** Whether folded unit `c` (original unit `original`) is a separator that may split a Han term. */
function isHanGap(c: number, original: number): boolean {
  if (c === 0x20) return true;
  if (c < 0x80) return c > 0x20 && c !== 0x7f && !isWordCode(c) && !CLAUSE.has(original);
  // One UTF-16 unit of punctuation or a symbol (·, ★, ✔, ㊣, ※); not half of an emoji.
  if (isHanCode(c) || (c >= 0xd800 && c <= 0xdfff) || CLAUSE.has(original)) return false;
  let kind = symbolKind[c]!;
  if (kind === 0) symbolKind[c] = kind = SYMBOL.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

let viewCodes = new Uint16Array(1024);
let viewFold = new Int32Array(1024);

function joinHanGaps(f: Folded, text: string): View {
  const { codes, length: n, map } = f;
  /** Whether folded unit k is a separator between two Han characters, left out of the view. */
  const gapAt = (k: number): boolean =>
    k > 0 &&
    k + 1 < n &&
    isHanCode(codes[k - 1]!) &&
    isHanCode(codes[k + 1]!) &&
    isHanGap(codes[k]!, text.charCodeAt(map[k]!));
  let first = 1;
  while (first + 1 < n && !gapAt(first)) first++;
  if (first + 1 >= n) return { codes, length: n, fold: null };
  if (viewCodes.length < n) {
    viewCodes = new Uint16Array(Math.max(n, viewCodes.length * 2));
    viewFold = new Int32Array(viewCodes.length);
  }
  let j = 0;
  for (let k = 0; k < n; k++) {
    if (k >= first && gapAt(k)) continue;
    viewCodes[j] = codes[k]!;
    viewFold[j++] = k;
  }
  return { codes: viewCodes, length: j, fold: viewFold };
}

/** Whether view units [from, to] (inclusive) are contiguous in the folded text: no separator left out. */
function contiguous(fold: Int32Array | null, from: number, to: number): boolean {
  if (fold === null || to <= from) return true;
  const span = fold[to]! - fold[from]!;
  return span === to - from;
}

const decoder = new TextDecoder('utf-16le');

function toCodes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export class Matcher {
  readonly termCount: number;
  readonly stateCount: number;
  private readonly alpha: Uint16Array;
  private readonly width: number;
  private readonly rootNext: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childSym: Uint16Array;
  private readonly childNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outTerms: Int32Array;
  private readonly terms: TermInfo[];
  private readonly patterns: PatternRule[];
  /** Each rule's `allowPattern`, compiled once. */
  private readonly allowRegexes = new Map<CompiledRule, RegExp>();

  /** `rules` must already be folded (compiled form): terms and allow phrases are matched as they are. */
  constructor(rules: readonly CompiledRule[]) {
    const termIds = new Map<string, number>();
    const termTexts: string[] = [];
    this.terms = [];
    this.patterns = [];
    for (const rule of rules) {
      if (rule.check) continue;
      if (rule.allowPattern !== undefined) {
        this.allowRegexes.set(rule, new RegExp(rule.allowPattern, 'gu'));
      }
      if (rule.pattern !== undefined) {
        this.patterns.push({
          rule,
          regex: new RegExp(rule.pattern, 'gu'),
          allow: rule.allow ?? [],
        });
      }
      for (const term of rule.terms ?? []) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termTexts.length;
          termIds.set(term, id);
          termTexts.push(term);
          this.terms.push({
            length: term.length,
            wordStart: isWordCode(term.charCodeAt(0)),
            wordEnd: isWordCode(term.charCodeAt(term.length - 1)),
            refs: [],
          });
        }
        const allow: AllowEntry[] = [];
        for (const phrase of rule.allow ?? []) {
          for (let at = phrase.indexOf(term); at !== -1; at = phrase.indexOf(term, at + 1)) {
            allow.push({ codes: toCodes(phrase), offset: at });
          }
        }
        this.terms[id]!.refs.push({ rule, allow });
      }
    }
    this.termCount = termTexts.length;

    // Alphabet: symbol 0 means "in no term".
    this.alpha = new Uint16Array(65536);
    let symbols = 0;
    for (const t of termTexts) {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (this.alpha[c] === 0) this.alpha[c] = ++symbols;
      }
    }
    this.width = symbols + 1;

    // Trie (a Map while building; flattened below).
    const edges = new Map<number, number>();
    const terminal: number[][] = [[]];
    const children: number[][] = [[]];
    let states = 1;
    termTexts.forEach((t, id) => {
      let s = 0;
      for (let i = 0; i < t.length; i++) {
        const key = s * this.width + this.alpha[t.charCodeAt(i)]!;
        let next = edges.get(key);
        if (next === undefined) {
          next = states++;
          edges.set(key, next);
          children[s]!.push(next);
          children.push([]);
          terminal.push([]);
        }
        s = next;
      }
      terminal[s]!.push(id);
    });
    this.stateCount = states;

    // Failure links and merged outputs, breadth first (a state's fail target is always shallower).
    this.fail = new Int32Array(states);
    this.rootNext = new Int32Array(this.width);
    const symbolOf = new Int32Array(states);
    for (const [key, next] of edges) symbolOf[next] = key % this.width;
    const outputs: number[][] = Array.from({ length: states }, () => []);
    const queue: number[] = [];
    for (const child of children[0]!) {
      this.rootNext[symbolOf[child]!] = child;
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      outputs[s] = terminal[s]!.concat(outputs[this.fail[s]!] ?? []);
      for (const child of children[s]!) {
        const a = symbolOf[child]!;
        let f = this.fail[s]!;
        let target = 0;
        for (;;) {
          const t = f === 0 ? this.rootNext[a]! : edges.get(f * this.width + a);
          if (t !== undefined && t !== 0 && t !== child) {
            target = t;
            break;
          }
          if (f === 0) break;
          f = this.fail[f]!;
        }
        this.fail[child] = target;
        queue.push(child);
      }
    }
    this.childStart = new Int32Array(states + 1);
    this.childSym = new Uint16Array(states);
    this.childNext = new Int32Array(states);
    let edgeCount = 0;
    for (let st = 0; st < states; st++) {
      this.childStart[st] = edgeCount;
      if (st === 0) continue;
      for (const child of children[st]!) {
        this.childSym[edgeCount] = symbolOf[child]!;
        this.childNext[edgeCount++] = child;
      }
    }
    this.childStart[states] = edgeCount;

    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += outputs[s]?.length ?? 0;
    }
    this.outStart[states] = total;
    this.outTerms = new Int32Array(total);
    for (let s = 0; s < states; s++) this.outTerms.set(outputs[s] ?? [], this.outStart[s]!);
  }

  /**
   * Appends to `out` every rule match in `text` that `accept` lets through and no allow phrase covers.
   * Offsets are on `text` as given.
   */
  scan(text: string, accept: (rule: CompiledRule) => boolean, out: RawMatch[]): void {
    const folded = foldText(text);
    this.matchTerms(folded, text, accept, out);
    if (this.patterns.length > 0) this.matchPatterns(folded, accept, out);
  }

  /** Like `scan`, literal terms only (no regex rules): what the benchmark compares with other term matchers. */
  scanTerms(text: string, accept: (rule: CompiledRule) => boolean, out: RawMatch[]): void {
    this.matchTerms(foldText(text), text, accept, out);
  }

  private matchTerms(
    f: Folded,
    text: string,
    accept: (rule: CompiledRule) => boolean,
    out: RawMatch[],
  ): void {
    const { map } = f;
    const { codes, length: n, fold } = joinHanGaps(f, text);
    const { alpha, rootNext, childStart, childSym, childNext, fail, outStart, outTerms } = this;
    const contexts =
      this.allowRegexes.size > 0
        ? new AllowContexts(() => decoder.decode(codes.subarray(0, n)), this.allowRegexes)
        : undefined;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const a = alpha[codes[i]!]!;
      if (a === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = rootNext[a]!;
          break;
        }
        let next = -1;
        for (let k = childStart[s]!, end = childStart[s + 1]!; k < end; k++) {
          if (childSym[k] === a) {
            next = childNext[k]!;
            break;
          }
        }
        if (next !== -1) {
          s = next;
          break;
        }
        s = fail[s]!;
      }
      const o1 = outStart[s + 1]!;
      if (outStart[s] === o1) continue;
      for (let o = outStart[s]!; o < o1; o++) {
        const term = this.terms[outTerms[o]!]!;
        const start = i + 1 - term.length;
        if (term.wordStart && start > 0 && isWordCode(codes[start - 1]!)) continue;
        if (term.wordEnd && i + 1 < n && isWordCode(codes[i + 1]!)) continue;
        if (!contiguous(fold, start, i) && !wholeFragment(f, fold!, start, i)) continue;
        const fs = fold === null ? start : fold[start]!;
        const fe = fold === null ? i : fold[i]!;
        for (const ref of term.refs) {
          if (!accept(ref.rule)) continue;
          if (ref.allow.length > 0 && allowedAt(codes, n, start, i, fold, ref.allow)) continue;
          if (contexts?.covers(ref.rule, start, i + 1)) continue;
          out.push({ rule: ref.rule, start: map[fs]!, end: map[fe]! + 1 });
        }
      }
    }
  }

  private matchPatterns(f: Folded, accept: (rule: CompiledRule) => boolean, out: RawMatch[]): void {
    let s: string | undefined;
    let contexts: AllowContexts | undefined;
    for (const p of this.patterns) {
      if (!accept(p.rule)) continue;
      s ??= foldedString(f);
      const text = s;
      if (this.allowRegexes.has(p.rule))
        contexts ??= new AllowContexts(() => text, this.allowRegexes);
      const re = p.regex;
      re.lastIndex = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end === start) {
          re.lastIndex++;
          continue;
        }
        if (p.allow.length > 0 && coveredByPhrase(s, start, end, p.allow)) continue;
        if (contexts?.covers(p.rule, start, end)) continue;
        out.push({ rule: p.rule, start: f.map[start]!, end: f.map[end - 1]! + 1 });
      }
    }
  }
}

/**
 * A term matched across a left-out separator (view units [start, end]) counts only where it takes a whole
 * word on one side at least: 国 家 级, 国家.级 and 最 佳保温杯 split a term, while 中国 家居 and 全国 家具 are two
 * words whose ends happen to spell 国家 (the match starts inside one word and ends inside the other).
 */
function wholeFragment(f: Folded, fold: Int32Array, start: number, end: number): boolean {
  const fs = fold[start]!;
  const fe = fold[end]!;
  return (
    fs === 0 || !isHanCode(f.codes[fs - 1]!) || fe + 1 >= f.length || !isHanCode(f.codes[fe + 1]!)
  );
}

/**
 * Whether an allow phrase covers the term at view units [start, end]: the phrase may run across a separator
 * the term itself runs across, never across one outside it (销量第一 次日达 is not 销量第一次).
 */
function allowedAt(
  codes: Uint16Array,
  n: number,
  start: number,
  end: number,
  fold: Int32Array | null,
  allow: AllowEntry[],
): boolean {
  outer: for (const entry of allow) {
    const p = start - entry.offset;
    const len = entry.codes.length;
    if (p < 0 || p + len > n) continue;
    if (!contiguous(fold, p, start) || !contiguous(fold, end, p + len - 1)) continue;
    for (let k = 0; k < len; k++) if (codes[p + k] !== entry.codes[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether one of `phrases` occurs in `s` around [start, end) so that it covers the whole match. */
function coveredByPhrase(s: string, start: number, end: number, phrases: string[]): boolean {
  for (const phrase of phrases) {
    if (phrase.length < end - start) continue;
    for (
      let at = s.indexOf(phrase, Math.max(0, end - phrase.length));
      at !== -1 && at <= start;
      at = s.indexOf(phrase, at + 1)
    ) {
      if (at + phrase.length >= end) return true;
    }
  }
  return false;
}
