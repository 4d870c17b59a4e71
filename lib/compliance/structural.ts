/**
 * Structural checks (lengths, counts, characters, repeated words): the part of marketplace title policies
 * that a word list cannot express. Parameters come from the rule packs (`check` in assets/rules/*.json);
 * each check is implemented once here.
 */
import type { CompiledRule, StructuralCheck } from './rule-schema';
import type { Field, Finding, ListingInput } from './types';

interface FieldText {
  field: Field;
  index?: number;
  text: string;
}

function textsOf(input: ListingInput, field: Field): FieldText[] {
  if (field === 'title' || field === 'description') {
    const text = input[field];
    return text === undefined ? [] : [{ field, text }];
  }
  return (input[field] ?? []).map((text, index) => ({ field, index, text }));
}

function finding(rule: CompiledRule, at: FieldText, start: number, end: number): Finding {
  return {
    ruleId: rule.id,
    pack: rule.pack,
    severity: rule.severity,
    field: at.field,
    ...(at.index !== undefined ? { index: at.index } : {}),
    start,
    end,
    match: at.text.slice(start, end),
    message: rule.message,
    suggestion: rule.suggestion,
    source: rule.source,
    ...(rule.sourceEn !== undefined ? { sourceEn: rule.sourceEn } : {}),
  };
}

/** UTF-16 offset where the measured size first exceeds `max`, or -1 if it never does. */
function overflowOffset(text: string, max: number, unit: 'chars' | 'gbkBytes'): number {
  let size = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    size += unit === 'chars' || cp < 0x80 ? 1 : 2;
    if (size > max) return clusterStart(text, i);
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** A code point that belongs to the character before it: a mark, a selector, a skin tone, a joined emoji. */
const EXTENDS = /^(?:\p{M}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}])/u;

/**
 * Moves a cut back to the start of the character it would split (👍🏽 is two code points, 👨‍👩‍👧 five):
 * the part past the limit is highlighted and offered for deletion, and half an emoji is neither.
 */
function clusterStart(text: string, i: number): number {
  while (i > 0 && (EXTENDS.test(text.slice(i, i + 2)) || text.charCodeAt(i - 1) === 0x200d)) {
    i -= i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) ? 2 : 1;
  }
  return i;
}

/** [start, end) ranges where the brand occurs in the text (case-insensitive). */
function brandRanges(text: string, brand: string | undefined): Array<[number, number]> {
  const b = brand?.trim().toLowerCase();
  if (!b) return [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (let at = lower.indexOf(b); at !== -1; at = lower.indexOf(b, at + 1)) {
    ranges.push([at, at + b.length]);
  }
  return ranges;
}

const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’][\p{Script=Latin}]+)*/gu;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
const LATIN_LETTERS = /\p{Script=Latin}+/gu;

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
/** Keyword lengths (Han characters) for the `han` repeated-word check: 2 (男装) to 8 (儿童保温杯带吸管). */
const HAN_MIN = 2;
const HAN_MAX = 8;
/**
 * Only the start of a field is searched for repeated Han keywords: Chinese titles are at most 30 汉字 or
 * so (a longer one already breaks the length rule), and a pasted 9 MB line must not cost seconds.
 */
const HAN_WINDOW = 1000;

/**
 * Keyword stuffing in a Chinese title (关键词堆砌): the same keyword more than `maxRepeats` times. With no
 * spaces between words, keywords are found as repeated substrings, longest first: in
 * 连衣裙女夏连衣裙新款连衣裙显瘦连衣裙 the keyword is 连衣裙 (four times), and its parts 连衣 and 衣裙 are
 * not counted again. Occurrences do not overlap (哈哈哈 holds one 哈哈); only the ones past
 * `maxRepeats` are reported, like English words, so a brand written twice (耐克 Nike 耐克) passes.
 */
function repeatedHan(
  rule: CompiledRule,
  check: Extract<StructuralCheck, { check: 'repeatedWord' }>,
  at: FieldText,
  out: Finding[],
): void {
  const text = at.text.length > HAN_WINDOW ? at.text.slice(0, HAN_WINDOW) : at.text;
  const runs = [...text.matchAll(HAN_RUN)].map((m) => [m.index, m.index + m[0].length] as const);
  if (runs.length === 0) return;
  const used = new Uint8Array(text.length);
  for (let n = HAN_MAX; n >= HAN_MIN; n--) {
    const starts = new Map<string, number[]>();
    for (const [from, to] of runs) {
      for (let i = from; i + n <= to; i++) {
        if (used.subarray(i, i + n).includes(1)) continue;
        const word = text.slice(i, i + n);
        if (check.ignore.includes(word)) continue;
        const list = starts.get(word);
        if (list === undefined) starts.set(word, [i]);
        // Non-overlapping occurrences only.
        else if (list[list.length - 1]! + n <= i) list.push(i);
      }
    }
    for (const list of starts.values()) {
      if (list.length <= check.maxRepeats) continue;
      for (const i of list) used.fill(1, i, i + n);
      for (const i of list.slice(check.maxRepeats)) out.push(finding(rule, at, i, i + n));
    }
  }
  // Latin keywords stuffed into a Chinese title (iPhone手机壳 iPhone15 iphone壳 iPhone): letter runs of
  // at least 3 letters, any case, so a model's number or "Pro" after it does not hide the word.
  const latin = new Map<string, number>();
  for (const m of text.matchAll(LATIN_LETTERS)) {
    if (m[0].length < 3) continue;
    const word = m[0].toLowerCase();
    if (UNITS.has(word) || check.ignore.includes(word)) continue;
    const count = (latin.get(word) ?? 0) + 1;
    latin.set(word, count);
    if (count > check.maxRepeats) out.push(finding(rule, at, m.index, m.index + m[0].length));
  }
}

/**
 * Acronyms that titles write in capitals because that is how they are written, not to shout: interfaces
 * and formats (USB, HDMI, LED), materials and standards (BPA, PVC, ANSI), sizes (XXL), places and
 * leagues (USA, NFL). Letters only: the all-caps check reads letter runs (USB-C is USB and C).
 */
const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'USB HDMI KVM LED LCD OLED QLED RGB RGBW UHD FHD HDR GPS DVD CPU GPU SSD HDD RAM ROM NFC WIFI ' +
    'VGA DVI AUX SATA NVME PCIE MHL IPS TFT AMOLED USA NFL NBA MLB NHL NCAA BPA PVC ABS TPU EVA PET ' +
    'PTFE PFOA ANSI ISO ASTM OSHA DOT NIOSH IPX AAA DIY SPF UVA UVB XXL XXXL XXS'
  ).split(' '),
);

/**
 * Units and size words that a Chinese title's specification repeats honestly (长30cm 宽20cm; 5000mAh,
 * 2 pcs; XXL): never keyword stuffing. Two-letter units (cm, ml, kg, GB) are below the 3-letter minimum.
 */
const UNITS: ReadonlySet<string> = new Set([
  'mah',
  'mhz',
  'ghz',
  'kwh',
  'inch',
  'inches',
  'pcs',
  'set',
  'sets',
  'pack',
  'xxl',
  'xxxl',
  'xxs',
  'usb',
  'led',
  'lbs',
]);

export function runStructuralCheck(
  rule: CompiledRule,
  check: StructuralCheck,
  input: ListingInput,
  out: Finding[],
): void {
  switch (check.check) {
    case 'maxLength':
      for (const at of textsOf(input, check.field)) {
        const cut = overflowOffset(at.text, check.max, check.unit);
        if (cut !== -1) out.push(finding(rule, at, cut, at.text.length));
      }
      return;

    case 'bannedChars':
      for (const at of textsOf(input, check.field)) {
        const brand = check.exceptBrand ? brandRanges(at.text, input.brand) : [];
        for (let i = 0; i < at.text.length; i++) {
          if (!check.chars.includes(at.text[i]!)) continue;
          if (brand.some(([s, e]) => i >= s && i < e)) continue;
          out.push(finding(rule, at, i, i + 1));
        }
      }
      return;

    case 'repeatedWord':
      if (check.script === 'han') {
        for (const at of textsOf(input, check.field)) repeatedHan(rule, check, at, out);
        return;
      }
      for (const at of textsOf(input, check.field)) {
        const counts = new Map<string, number>();
        for (const m of at.text.matchAll(LATIN_WORD)) {
          if (!HAS_LATIN_LETTER.test(m[0])) continue;
          const word = m[0].toLowerCase().replace(/’/g, "'");
          if (check.ignore.includes(word)) continue;
          const n = (counts.get(word) ?? 0) + 1;
          counts.set(word, n);
          if (n > check.maxRepeats) out.push(finding(rule, at, m.index, m.index + m[0].length));
        }
      }
      return;

    case 'maxItems': {
      const items = textsOf(input, check.field);
      for (const at of items.slice(check.max)) out.push(finding(rule, at, 0, at.text.length));
      return;
    }

    case 'maxItemLength':
      for (const at of textsOf(input, check.field)) {
        const cut = overflowOffset(at.text, check.max, 'chars');
        if (cut !== -1) out.push(finding(rule, at, cut, at.text.length));
      }
      return;

    case 'allCaps':
      for (const at of textsOf(input, check.field)) {
        let words = 0;
        let caps = 0;
        let first = -1;
        let last = -1;
        for (const m of at.text.matchAll(LATIN_LETTERS)) {
          const w = m[0];
          if (w.length < 2) continue;
          words++;
          if (w.length < check.minLetters || w !== w.toUpperCase() || w === w.toLowerCase())
            continue;
          if (check.exceptAcronyms && ACRONYMS.has(w)) continue;
          caps++;
          if (first === -1) first = m.index;
          last = m.index + w.length;
        }
        if (caps <= check.maxWords) continue;
        if (check.maxShare !== undefined && caps / words <= check.maxShare) continue;
        out.push(finding(rule, at, first, last));
      }
      return;

    case 'maxCharOccurrences':
      for (const at of textsOf(input, check.field)) {
        for (const ch of check.chars) {
          let seen = 0;
          for (let i = at.text.indexOf(ch); i !== -1; i = at.text.indexOf(ch, i + 1)) {
            if (++seen > check.max) out.push(finding(rule, at, i, i + ch.length));
          }
        }
      }
      return;
  }
}
