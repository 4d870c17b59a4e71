/**
 * Text folding for rule matching: full-width → half-width (ＮＯ．１ → no.1), case folding, Cyrillic and Greek
 * look-alikes of Latin letters read as Latin inside a Latin word (Bеst with a Cyrillic е), Latin diacritics
 * stripped (ENVÍO → envio, so Spanish/Portuguese rules match text typed with or without accents),
 * Traditional Chinese characters read as Simplified (國家級 → 国家级, 最後 → 最后: the rule packs are
 * written in Simplified, and their allowed contexts apply to both scripts; OpenCC's table, shared with
 * the sentiment model, assets/model/zh-t2s.json),
 * whitespace runs collapsed to one space, invisible characters dropped (a known trick to slip
 * "fr\u200Bee shipping" or 最\u2063佳 past filters), HTML tags skipped and &nbsp; read as a space (a
 * description pasted from an editor: 最<span>佳</span>). Every step maps one UTF-16 unit (or a whole tag)
 * to at most one, so a map from folded offsets back to original offsets is enough to report findings on
 * the text the seller typed.
 */

import t2sTable from '../../assets/model/zh-t2s.json';
import { isHanCode, isJapaneseKana } from '../cjk';

const KIND_KEEP = 0;
const KIND_SPACE = 1;
const KIND_DROP = 2;

const FOLD = new Uint16Array(65536);
const KIND = new Uint8Array(65536);
/** 1 = a Traditional character of the table, 2 = a Simplified form that is never itself Traditional. */
const SCRIPT = new Uint8Array(65536);
const SCRIPT_TRADITIONAL = 1;
const SCRIPT_SIMPLIFIED = 2;

const COMBINING = /^[\u0300-\u036f]*$/;

function foldOne(c: number): number {
  const s = String.fromCharCode(c).toLowerCase();
  if (s.length !== 1) return c;
  const d = s.normalize('NFD');
  // Only strip a diacritic when what remains is a plain ASCII letter: ø, ß, æ stay as they are.
  if (d.length > 1 && /^[a-z]$/.test(d[0]!) && COMBINING.test(d.slice(1))) return d.charCodeAt(0);
  return s.charCodeAt(0);
}

(function buildTables() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
  for (let c = 0xc0; c <= 0x24f; c++) FOLD[c] = foldOne(c);
  for (let c = 0x370; c <= 0x52f; c++) FOLD[c] = foldOne(c);
  const { pairs } = t2sTable as { pairs: string };
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    FOLD[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
    SCRIPT[pairs.charCodeAt(i + 1)] = SCRIPT_SIMPLIFIED;
  }
  for (let i = 0; i + 1 < pairs.length; i += 2) SCRIPT[pairs.charCodeAt(i)] = SCRIPT_TRADITIONAL;
  // Full-width ASCII block (U+FF01–U+FF5E) maps onto U+0021–U+007E, then case-folds like ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = FOLD[c - 0xfee0]!;
  for (const c of [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  ]) {
    KIND[c] = KIND_SPACE;
    FOLD[c] = 0x20;
  }
  for (let c = 0x2000; c <= 0x200a; c++) {
    KIND[c] = KIND_SPACE;
    FOLD[c] = 0x20;
  }
  // Invisible characters (default-ignorable code points): soft hyphen, zero-width space/joiners, word
  // joiner, BOM, combining grapheme joiner, Mongolian vowel separator, direction marks, bidi embeddings
  // and isolates, invisible operators, variation selectors (U+FE0F after an emoji), Hangul fillers.
  for (const c of [0x00ad, 0x034f, 0x115f, 0x1160, 0x180e, 0x3164, 0xfeff, 0xffa0])
    KIND[c] = KIND_DROP;
  for (const [from, to] of [
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x2064],
    [0x2066, 0x206f],
    [0xfe00, 0xfe0f],
  ] as const) {
    for (let c = from; c <= to; c++) KIND[c] = KIND_DROP;
  }
})();

/**
 * Cyrillic and Greek letters that look like Latin ones, after case folding (А/а, Е/е, О/о, Р/р, С/с, Ѕ/ѕ,
 * Α/α, Ο/ο, Ρ/ρ …; a capital's fold stands for the capital, so Н → н reads h and В → в reads b): "Bеst
 * Sеller" with a Cyrillic е, or "FDA Аpproved", slips past a Latin term. They are read as Latin only inside
 * a word that is otherwise Latin or made of such look-alikes (HOMOGLYPH_WORD): a Russian or Greek word
 * (Лучший, Ελληνικά) has letters of its own and stays as it is.
 */
const HOMOGLYPH = new Uint16Array(65536);
(function buildHomoglyphs() {
  const pairs: Array<[string, string]> = [
    // Cyrillic (lower case after folding).
    ['а', 'a'],
    ['в', 'b'],
    ['е', 'e'],
    ['ѕ', 's'],
    ['і', 'i'],
    ['ј', 'j'],
    ['к', 'k'],
    ['м', 'm'],
    ['н', 'h'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['т', 't'],
    ['у', 'y'],
    ['х', 'x'],
    ['ԁ', 'd'],
    ['һ', 'h'],
    ['ӏ', 'l'],
    ['ԛ', 'q'],
    ['ԝ', 'w'],
    ['ѵ', 'v'],
    // Greek (lower case after folding).
    ['α', 'a'],
    ['β', 'b'],
    ['ε', 'e'],
    ['ζ', 'z'],
    ['η', 'h'],
    ['ι', 'i'],
    ['κ', 'k'],
    ['μ', 'm'],
    ['ν', 'v'],
    ['ο', 'o'],
    ['ρ', 'p'],
    ['τ', 't'],
    ['χ', 'x'],
    ['ϲ', 'c'],
  ];
  for (const [from, to] of pairs) HOMOGLYPH[from.charCodeAt(0)] = to.charCodeAt(0);
})();

/** A Cyrillic or Greek letter (U+0370–U+052F). */
function isGreekOrCyrillic(c: number): boolean {
  return c >= 0x370 && c <= 0x52f;
}

/** A letter of a word for HOMOGLYPH_WORD: ASCII, Latin with diacritics, Greek, Cyrillic (folded). */
function isWordLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || isGreekOrCyrillic(c);
}

/**
 * Whether the look-alikes in the word around original offset `i` are to be read as Latin: the word (its
 * run of letters) has no Cyrillic or Greek letter without a Latin look-alike. Returns where the word ends.
 */
function homoglyphWord(text: string, i: number): { end: number; latin: boolean } {
  let start = i;
  while (start > 0 && isWordLetter(FOLD[text.charCodeAt(start - 1)]!)) start--;
  let end = i;
  let latin = true;
  for (; end < text.length; end++) {
    const f = FOLD[text.charCodeAt(end)]!;
    if (!isWordLetter(f)) break;
    if (isGreekOrCyrillic(f) && HOMOGLYPH[f] === 0) latin = false;
  }
  for (let k = start; k < i && latin; k++) {
    const f = FOLD[text.charCodeAt(k)]!;
    if (isGreekOrCyrillic(f) && HOMOGLYPH[f] === 0) latin = false;
  }
  return { end, latin };
}

/** An HTML tag (`<p>`, `</span>`, `<img src="…"/>`, `<br>`) at `i`: its length, else 0. */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iy;
function tagLength(text: string, i: number): number {
  TAG.lastIndex = i;
  return TAG.exec(text)?.[0].length ?? 0;
}

/** `&nbsp;` / `&#160;` at `i` (a pasted description's space): its length, else 0. */
const NBSP = /&(?:nbsp|#160|#xa0);/iy;
function nbspLength(text: string, i: number): number {
  NBSP.lastIndex = i;
  return NBSP.exec(text)?.[0].length ?? 0;
}

/** Folds one UTF-16 code unit (no whitespace collapsing): used by callers that compare code by code. */
export function foldCode(c: number): number {
  return FOLD[c]!;
}

/**
 * The folded form of `text`. `codes[0..length)` are the folded UTF-16 units and `map[i]` is the original
 * offset of folded unit i (`map[length]` = original length). Buffers are reused across calls (linting is
 * synchronous), so callers must copy anything they keep.
 */
export interface Folded {
  codes: Uint16Array;
  map: Int32Array;
  length: number;
  /** True when no unit was dropped or collapsed, so `map[i] === i`. */
  identity: boolean;
}

let codesBuf = new Uint16Array(1024);
let mapBuf = new Int32Array(1025);
const shared: Folded = { codes: codesBuf, map: mapBuf, length: 0, identity: true };

export function foldText(text: string): Folded {
  const n = text.length;
  if (codesBuf.length < n) {
    codesBuf = new Uint16Array(Math.max(n, codesBuf.length * 2));
    mapBuf = new Int32Array(codesBuf.length + 1);
  }
  const codes = codesBuf;
  const map = mapBuf;
  let j = 0;
  let prevSpace = false;
  let identity = true;
  // The word whose look-alike letters were last decided on (homoglyphWord), and the decision.
  let wordEnd = -1;
  let wordLatin = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Markup of a pasted description (最<span>佳</span>, <img src="…">) is not text: skip a tag whole,
    // and read &nbsp; as the space it stands for.
    if (c === 0x3c) {
      const len = tagLength(text, i);
      if (len > 0) {
        identity = false;
        i += len - 1;
        continue;
      }
    } else if (c === 0x26) {
      const len = nbspLength(text, i);
      if (len > 0) {
        identity = false;
        if (!prevSpace) {
          codes[j] = 0x20;
          map[j++] = i;
          prevSpace = true;
        }
        i += len - 1;
        continue;
      }
    }
    const kind = KIND[c]!;
    if (kind === KIND_KEEP) {
      let f = FOLD[c]!;
      if (HOMOGLYPH[f] !== 0) {
        if (i >= wordEnd) ({ end: wordEnd, latin: wordLatin } = homoglyphWord(text, i));
        if (wordLatin) f = HOMOGLYPH[f]!;
      }
      codes[j] = f;
      map[j++] = i;
      prevSpace = false;
    } else if (kind === KIND_SPACE) {
      if (prevSpace) {
        identity = false;
        continue;
      }
      codes[j] = 0x20;
      map[j++] = i;
      prevSpace = true;
    } else {
      identity = false;
    }
  }
  map[j] = n;
  shared.codes = codes;
  shared.map = map;
  shared.length = j;
  shared.identity = identity;
  return shared;
}

const decoder = new TextDecoder('utf-16le');

/** The folded units as a string (for the few regex rules); little-endian is what every JS engine uses. */
export function foldedString(f: Folded): string {
  return decoder.decode(f.codes.subarray(0, f.length));
}

/** Folds a whole string (rule terms, allow phrases) and trims it: the compiler's normal form. */
export function normalizeTerm(term: string): string {
  const f = foldText(term);
  return foldedString(f).trim();
}

/** ASCII letter or digit (after folding): the characters an English word boundary must not cut through. */
export function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether text contains Han characters (decides whether Chinese advertising law applies to a field). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Kana and Han counts of a text, with the kana lib/sentiment/lang.ts counts for reviews (isJapaneseKana:
 * not the borrowed の nor the middle dot ・).
 */
function kanaAndHan(text: string): {
  kana: number;
  han: number;
  chinese: number;
  japanese: number;
} {
  let kana = 0;
  let han = 0;
  let chinese = 0;
  let japanese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3040) continue;
    if (isJapaneseKana(c)) {
      kana++;
      // Hiragana (て, に, を, が …: grammar) other than the borrowed の is Japanese writing.
      if (c <= 0x309f) japanese++;
    } else if (isHanCode(c)) {
      han++;
      if (SCRIPT[c] === SCRIPT_SIMPLIFIED && !JAPANESE_TOO.has(c)) chinese++;
      else if (JAPANESE_ONLY.has(c)) japanese++;
    }
  }
  return { kana, han, chinese, japanese };
}

/**
 * Japanese character forms that neither Simplified nor Traditional Chinese writes (産, 売, 円, 込, 気, 発):
 * a title with one of them and a little katakana is Japanese (国産 会員限定 タオル 最高級 送料無料 has
 * too few kana for the share rule).
 */
const JAPANESE_ONLY: ReadonlySet<number> = new Set(
  [
    ...'産売気円込広発駅県図済験読続鉄価歳楽薬沢戦変辺単総関黒歩営桜恵検剤隠稲亜悪圧囲栄塩渋銭転伝',
  ].map((ch) => ch.charCodeAt(0)),
);

/**
 * Simplified forms that Japanese writes the same way (its post-war shinjitai: 国, 会, 学, 体, 当 …): they
 * say nothing about which language a text is. Every other Simplified form (纸, 进, 网, 价, 码, 销) is
 * Chinese, which Japanese writes 紙, 進, 網, 価, 碼, 銷.
 */
const JAPANESE_TOO: ReadonlySet<number> = new Set(
  [
    ...'国会学体万与号台当双医区来旧乱条声属写尽宝点余干里后才云几虫礼将状壮担胆炉随灯画欧枢弥辞真断径称数虚争静恒悦温窗系',
  ].map((ch) => ch.charCodeAt(0)),
);

/**
 * Two Simplified-only characters are Chinese whatever the kana: a Chinese title with a Japanese brand in
 * katakana (日本进口 花王メリーズ纸尿裤 全网最低价, グリコ ポッキー 百奇 饼干 最便宜) is a Chinese listing.
 */
const CHINESE_MIN = 2;

/**
 * Whether text containing Han characters is Japanese rather than Chinese (a listing on Amazon JP: 日本製
 * 今治タオル 最高級). As lib/sentiment/lang.ts decides for reviews: some kana, and at least a fifth of the
 * kana and Han characters being kana, so one katakana brand in a Chinese description (日本进口 花王 メリーズ
 * 纸尿裤 婴儿 超薄 透气 …) leaves it Chinese, as do two Simplified-only characters (CHINESE_MIN). Text
 * without kana of its own is Japanese when `context` (the rest of the listing) is: a Japanese listing's
 * bullet 綿100% 日本製 has no kana.
 */
export function isJapanese(text: string, context?: readonly string[]): boolean {
  const own = kanaAndHan(text);
  if (own.kana > 0 || context === undefined) return japaneseCounts(own);
  const all = { kana: 0, han: 0, chinese: 0, japanese: 0 };
  for (const t of context) {
    const c = kanaAndHan(t);
    all.kana += c.kana;
    all.han += c.han;
    all.chinese += c.chinese;
    all.japanese += c.japanese;
  }
  return japaneseCounts(all);
}

function japaneseCounts(c: ReturnType<typeof kanaAndHan>): boolean {
  if (c.kana === 0 || c.chinese >= CHINESE_MIN) return false;
  return c.japanese > 0 || c.kana * 5 >= c.han + c.kana;
}

/**
 * Whether the Chinese of these texts is predominantly Traditional: at least one character that only
 * Traditional writing uses (國, 質, 後) and no fewer of them than Simplified-only ones (国, 质, 后).
 * The Simplified side over-counts a little (台, 面, 出 are Simplified targets of the table that Taiwan
 * writes too), which errs towards Simplified; text with neither kind (第一品牌) is not Traditional.
 */
export function isMostlyTraditional(texts: readonly string[]): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const kind = SCRIPT[text.charCodeAt(i)];
      if (kind === SCRIPT_TRADITIONAL) traditional++;
      else if (kind === SCRIPT_SIMPLIFIED) simplified++;
    }
  }
  return traditional > 0 && traditional >= simplified;
}
