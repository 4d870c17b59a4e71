/**
 * Feature extraction for the sentiment model: hashed character n-grams for Chinese, hashed words and
 * word n-grams for English, both with negation scope marking.
 *
 * Extractors write raw 32-bit feature hashes into a caller-owned Int32Array and return the count, so
 * the hot path (tens of thousands of reviews per second) allocates next to nothing. The training script
 * (scripts/train-sentiment.ts) and the runtime scorer share this file, which is what keeps the shipped
 * weights and the features they are applied to in step.
 */
import { table } from '../lookup';

/** Knobs of the extractors, stored in the model asset so runtime features match training. */
export interface ZhFeatureConfig {
  /** Longest character n-gram (1..4). */
  maxN: number;
  /** Characters after a negator (不/没/无/非/未/别) that also get a negated unigram feature. */
  negScope: number;
  /** Skip-bigrams (c_i, c_i+2): one pattern for 不太好 / 不很好 / 很不好 style modifiers. */
  skip: boolean;
}

export interface EnFeatureConfig {
  /** Word bigrams (always across negation, so "not good" is a feature of its own). */
  bigrams: boolean;
  trigrams: boolean;
  /** Character n-grams inside words (3..charN), 0 = none. Helps the misspelt pros/cons phrases. */
  charN: number;
  /** Words after a negator flagged as negated, until punctuation or a contrast word. */
  negScope: number;
  /**
   * Also emit the first `prefix` letters of longer words (0 or absent = off): a crude stemmer, so
   * "disappointing"/"disappointed" and "recommend"/"recommended" share evidence. Cheaper than
   * character n-grams, which lost on dev (their NB ratios drown the word features).
   */
  prefix?: number;
}

export const DEFAULT_ZH_CONFIG: ZhFeatureConfig = { maxN: 3, negScope: 3, skip: false };
export const DEFAULT_EN_CONFIG: EnFeatureConfig = {
  bigrams: true,
  trigrams: false,
  charN: 0,
  negScope: 4,
};

// Namespaces keep n-grams of different orders from sharing hashes.
const NS_C1 = 0x1234567;
const NS_C2 = 0x2345678;
const NS_C3 = 0x3456789;
const NS_C4 = 0x456789a;
const NS_CNEG = 0x56789ab;
const NS_W1 = 0x6789abc;
const NS_WNEG = 0x789abcd;
const NS_W2 = 0x89abcde;
const NS_W3 = 0x9abcdef;
const NS_WC = 0xabcdef1;
const NS_BIAS = 0xbcdef12;
const NS_CSKIP = 0xcdef123;
const NS_WPRE = 0x1a2b3c4;
const NS_WPRENEG = 0x2b3c4d5;

const FNV_PRIME = 16777619;

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, FNV_PRIME);
}

/** Final avalanche so n-grams that differ in one character land in unrelated buckets. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The always-present feature that carries a per-language bias inside the hashed table. */
export const BIAS_FEATURE = fmix(NS_BIAS);

/* ------------------------------------------------------------------------------------------------ */
/* Chinese                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

/** Code 0 marks a boundary (punctuation, whitespace): n-grams never cross it. */
const BOUNDARY = 0;

/**
 * Maps one UTF-16 code unit to the code the n-grams see: full-width ASCII to half-width, ASCII
 * upper to lower case, punctuation and whitespace to BOUNDARY.
 */
export function normZhChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c < 0x80) {
    if (c >= 65 && c <= 90) return c + 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
    return BOUNDARY;
  }
  // CJK punctuation (。、「」…), general punctuation (…—“”), ideographic space, NBSP.
  if ((c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || c === 0x00a0) return BOUNDARY;
  if (c >= 0x2000 && c <= 0x206f) return BOUNDARY;
  if (c === 0xff5e || c === 0xfe4f || c === 0x00b7) return BOUNDARY;
  return c;
}

function isZhNegator(c: number): boolean {
  // 不 没 无 非 未 别
  return (
    c === 0x4e0d || c === 0x6ca1 || c === 0x65e0 || c === 0x975e || c === 0x672a || c === 0x522b
  );
}

let zhBuf = new Int32Array(1024);

/**
 * Hashed features of Chinese (or mixed) text `text[start, end)`: character 1..maxN-grams within
 * boundaries, and a negated unigram for each of the `negScope` characters after a negator, so 不好,
 * 不是很好 and 不太好 all put weight on "negated 好" as well as on their own n-grams.
 */
export function zhFeatures(
  text: string,
  start: number,
  end: number,
  cfg: ZhFeatureConfig,
  out: Int32Array,
): number {
  const len = end - start;
  if (zhBuf.length < len + 1) zhBuf = new Int32Array(len + 64);
  const codes = zhBuf;
  for (let i = 0; i < len; i++) codes[i] = normZhChar(text.charCodeAt(start + i));
  const cap = out.length;
  let n = 0;
  out[n++] = BIAS_FEATURE;
  const maxN = cfg.maxN;
  let neg = 0;
  for (let i = 0; i < len && n + 7 <= cap; i++) {
    const c0 = codes[i]!;
    if (c0 === BOUNDARY) {
      neg = 0;
      continue;
    }
    out[n++] = fmix(mix(NS_C1, c0));
    if (neg > 0) {
      out[n++] = fmix(mix(NS_CNEG, c0));
      neg--;
    }
    if (isZhNegator(c0)) neg = cfg.negScope;
    if (maxN < 2 || i + 1 >= len) continue;
    const c1 = codes[i + 1]!;
    if (c1 === BOUNDARY) continue;
    let h = mix(mix(NS_C2, c0), c1);
    out[n++] = fmix(h);
    if (maxN < 3 || i + 2 >= len) continue;
    const c2 = codes[i + 2]!;
    if (c2 === BOUNDARY) continue;
    if (cfg.skip) out[n++] = fmix(mix(mix(NS_CSKIP, c0), c2));
    h = mix(mix(mix(NS_C3, c0), c1), c2);
    out[n++] = fmix(h);
    if (maxN < 4 || i + 3 >= len) continue;
    const c3 = codes[i + 3]!;
    if (c3 === BOUNDARY) continue;
    h = mix(mix(mix(mix(NS_C4, c0), c1), c2), c3);
    out[n++] = fmix(h);
  }
  return n;
}

/* ------------------------------------------------------------------------------------------------ */
/* English                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

const EN_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'without',
  'hardly',
  'barely',
  'cannot',
]);

/** Contrast words end a negation scope like punctuation does ("not cheap but works"). */
const EN_SCOPE_END = new Set(['but', 'however', 'although', 'though', 'yet', 'except']);

/** Apostrophe-less contractions as people type them in reviews. */
const BARE_NEGATIONS: Readonly<Record<string, string>> = table({
  dont: 'do',
  doesnt: 'does',
  didnt: 'did',
  isnt: 'is',
  wasnt: 'was',
  arent: 'are',
  werent: 'were',
  cant: 'can',
  couldnt: 'could',
  wont: 'will',
  wouldnt: 'would',
  shouldnt: 'should',
  havent: 'have',
  hasnt: 'has',
  hadnt: 'had',
});

const NT_BASES: Readonly<Record<string, string>> = table({
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  ai: 'is',
});

const EN_TOKEN_RE = /[a-z0-9]+(?:['’`´][a-z]+)*|[.!?;:,()]/g;

export interface EnToken {
  /** The word (lower-case) or a punctuation mark. */
  word: string;
  /** Inside a negation scope. */
  negated: boolean;
}

function isPunctToken(word: string): boolean {
  const c = word.charCodeAt(0);
  return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39);
}

/**
 * Calls `emit` for each word of English text, lower-cased, with contractions split ("don't" -> do +
 * not, "it's" -> it + 's) and negation scopes marked (Das & Chen style: from a negator to the next
 * punctuation or contrast word, at most `negScope` words). A callback rather than an array keeps the
 * scoring path free of per-token objects.
 */
export function forEachEnWord(
  text: string,
  negScope: number,
  emit: (word: string, negated: boolean) => void,
): void {
  const lower = text.toLowerCase();
  let scope = 0;
  const push = (word: string) => {
    if (isPunctToken(word) || EN_SCOPE_END.has(word)) {
      scope = 0;
      emit(word, false);
      return;
    }
    emit(word, scope > 0);
    if (scope > 0) scope--;
    if (EN_NEGATORS.has(word)) scope = negScope;
  };
  EN_TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_TOKEN_RE.exec(lower)) !== null) {
    let tok = m[0];
    const apos = tok.search(APOS_RE);
    if (apos === -1) {
      const bare = BARE_NEGATIONS[tok];
      if (bare !== undefined) {
        push(bare);
        push('not');
      } else push(tok);
      continue;
    }
    tok = tok.replace(APOS_ALL_RE, "'");
    if (tok.endsWith("n't")) {
      const base = tok.slice(0, -3);
      push(NT_BASES[base] ?? base);
      push('not');
      continue;
    }
    push(tok.slice(0, apos));
    push(tok.slice(apos));
  }
}

const APOS_RE = /['’`´]/;
const APOS_ALL_RE = /['’`´]/g;

/** The words of `text` as forEachEnWord sees them (for tests and the training script). */
export function tokenizeEn(text: string, negScope = DEFAULT_EN_CONFIG.negScope): EnToken[] {
  const tokens: EnToken[] = [];
  forEachEnWord(text, negScope, (word, negated) => tokens.push({ word, negated }));
  return tokens;
}

function hashString(s: string, seed: number, len = s.length): number {
  let h = seed;
  for (let i = 0; i < len; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/**
 * Hashed features of English text: unigrams (a negated word is a different feature from the plain
 * one), bigrams and optional trigrams over the plain words, optional word prefixes (negation-aware
 * like the unigrams), optional in-word character n-grams.
 */
export function enFeatures(text: string, cfg: EnFeatureConfig, out: Int32Array): number {
  const cap = out.length;
  const prefix = cfg.prefix ?? 0;
  let n = 0;
  out[n++] = BIAS_FEATURE;
  let prev1 = 0; // hash of the previous word, 0 at a boundary
  let prev2 = 0;
  forEachEnWord(text, cfg.negScope, (w, negated) => {
    if (n + 16 > cap) return;
    if (isPunctToken(w)) {
      // Punctuation is a feature ("!" is positive, "?" leans negative) and an n-gram boundary.
      out[n++] = fmix(hashString(w, NS_W1));
      prev1 = prev2 = 0;
      return;
    }
    const hw = hashString(w, 0x811c9dc5);
    out[n++] = fmix(mix(negated ? NS_WNEG : NS_W1, hw));
    if (cfg.bigrams && prev1 !== 0) out[n++] = fmix(mix(mix(NS_W2, prev1), hw));
    if (cfg.trigrams && prev2 !== 0) out[n++] = fmix(mix(mix(mix(NS_W3, prev2), prev1), hw));
    if (prefix > 0 && w.length > prefix) {
      out[n++] = fmix(mix(negated ? NS_WPRENEG : NS_WPRE, hashString(w, 0x811c9dc5, prefix)));
    }
    if (cfg.charN >= 3 && w.length >= 4) {
      // Char n-grams of " word " with boundary markers, capped so a 1,000-letter "word" stays cheap.
      const L = Math.min(w.length, 24);
      for (let k = 3; k <= cfg.charN; k++) {
        for (let i = -1; i + k <= L + 1 && n < cap - 1; i++) {
          let h = mix(NS_WC, k);
          for (let j = i; j < i + k; j++) h = mix(h, j < 0 || j >= L ? 32 : w.charCodeAt(j));
          out[n++] = fmix(h);
        }
      }
    }
    prev2 = prev1;
    prev1 = hw;
  });
  return n;
}
