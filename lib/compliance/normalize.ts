/**
 * Text folding for rule matching: full-width → half-width (ＮＯ．１ → no.1), case folding, Latin diacritics
 * stripped (ENVÍO → envio, so Spanish/Portuguese rules match text typed with or without accents),
 * Traditional Chinese characters read as Simplified (國家級 → 国家级, 最後 → 最后: the rule packs are
 * written in Simplified, and their allowed contexts apply to both scripts; OpenCC's table, shared with
 * the sentiment model, assets/model/zh-t2s.json),
 * whitespace runs collapsed to one space and zero-width characters dropped (a known trick to slip
 * "free\u200Bshipping" past filters). Every step maps one UTF-16 unit to at most one, so a map from
 * folded offsets back to original offsets is enough to report findings on the text the seller typed.
 */

import t2sTable from '../../assets/model/zh-t2s.json';

const KIND_KEEP = 0;
const KIND_SPACE = 1;
const KIND_DROP = 2;

const FOLD = new Uint16Array(65536);
const KIND = new Uint8Array(65536);

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
  for (let i = 0; i + 1 < pairs.length; i += 2) FOLD[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
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
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) KIND[c] = KIND_DROP;
})();

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
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind === KIND_KEEP) {
      codes[j] = FOLD[c]!;
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
