/**
 * Makes hostile review text safe and cheap to analyse without moving any character: tags, script and
 * style bodies and control characters become spaces, and HTML character references (&amp;, &nbsp;,
 * &#8217;) become their character followed by spaces, so every offset into the analysed text is also
 * an offset into the original (the side panel highlights spans of the text the user saw). A tag that
 * breaks the line (<br>, <br/>, <p>, </div>, <li> …) becomes a line break and spaces: marketplaces send
 * review bodies with <br> between their lines, and "Great product <br/> shipping slow" is two
 * clauses, not one shipping span over the whole review.
 */
import { table } from '../lookup';

/** Characters analysed per review: more than any real review needs, and bounds the cost of a 100 KB paste. */
export const MAX_ANALYSED_CHARS = 4_000;

/** Longest tag we blank out; a '<' with no '>' within this distance is just a less-than sign. */
const MAX_TAG = 1_000;

/** Tags (opening, closing or self-closing) that start a new line where the review is shown. */
const LINE_BREAK_TAG = /^<\s*\/?\s*(?:br|p|div|li|hr|tr|h[1-6])\b/i;

/** C0 controls except \t \n \r, DEL, C1 controls (U+0085 NEL occurs inside the imdb sentences), U+2028/9. */
function isControl(c: number): boolean {
  return (
    (c < 0x20 && c !== 9 && c !== 10 && c !== 13) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63; // A-Z a-z / ! ?
}

function needsWork(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 60 || c === 38 || isControl(c)) return true;
  }
  return false;
}

/**
 * Named references that occur in review exports and scraped text. Unknown names are left as typed.
 * "Terrible&nbsp;quality &amp; slow shipping" read "quality &amp" as one quality span and called it
 * praise.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = table({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  times: '×',
  yen: '¥',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
});
// `&amp;#13;` is a reference escaped twice (review dumps such as the pros/cons corpus write line
// breaks so): read as the character it finally stands for.
const ENTITY = /^&(?:amp;)?(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

/** The character a reference at s[i] stands for and its length, or null when it is none. */
function entityAt(s: string, i: number): { char: string; length: number } | null {
  const m = ENTITY.exec(s.slice(i, i + 12));
  if (!m) return null;
  let char: string | undefined;
  if (m[3] !== undefined) char = NAMED_ENTITIES[m[3].toLowerCase()];
  else {
    const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    if (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
      char = String.fromCodePoint(code);
      if (char.length === 1 && isControl(char.charCodeAt(0))) char = ' ';
    }
  }
  // The character must fit in the reference's place (an astral one takes two code units).
  if (char === undefined || char.length > m[0].length) return null;
  return { char, length: m[0].length };
}

/** The analysed prefix of `text`: at most MAX_ANALYSED_CHARS code units, never half a surrogate pair. */
export function analysedPrefix(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  let end = MAX_ANALYSED_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Returns text of the same length as `analysedPrefix(text)` with markup and control characters
 * blanked and character references decoded in place. Linear time: each '<' looks ahead at most MAX_TAG characters, and script/style bodies are
 * skipped with one indexOf.
 */
export function sanitizeForAnalysis(text: string): string {
  const s = analysedPrefix(text);
  if (!needsWork(s)) return s;
  const out: string[] = [];
  let i = 0;
  const blank = (from: number, to: number) => {
    out.push(' '.repeat(to - from));
  };
  let lower: string | undefined;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */ && i + 1 < s.length && isTagStart(s.charCodeAt(i + 1))) {
      const close = s.indexOf('>', i + 1);
      if (close !== -1 && close - i <= MAX_TAG) {
        let end = close + 1;
        const name = /^<\s*([a-zA-Z]+)/.exec(s.slice(i, Math.min(end, i + 12)))?.[1]?.toLowerCase();
        if (name === 'script' || name === 'style') {
          lower ??= s.toLowerCase();
          const endTag = lower.indexOf(`</${name}`, end);
          if (endTag === -1) end = s.length;
          else {
            const gt = s.indexOf('>', endTag);
            end = gt === -1 ? s.length : gt + 1;
          }
        }
        if (LINE_BREAK_TAG.test(s.slice(i, Math.min(end, i + 12)))) {
          out.push('\n' + ' '.repeat(end - i - 1));
        } else blank(i, end);
        i = end;
        continue;
      }
    }
    if (c === 38 /* & */) {
      const ref = entityAt(s, i);
      if (ref) {
        out.push(ref.char + ' '.repeat(ref.length - ref.char.length));
        i += ref.length;
        continue;
      }
    }
    out.push(isControl(c) ? ' ' : s[i]!);
    i++;
  }
  return out.join('');
}

const WIDE_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * Full-width letters and digits as ASCII, in place (one code unit for one, so offsets hold): Chinese
 * input methods type English that way ("Ｇｒｅａｔ ｑｕａｌｉｔｙ" was a language we do not read). Only
 * letters and digits: full-width punctuation (，。！) is how Chinese is written and the rules read it.
 */
export function foldWideAlnum(text: string): string {
  WIDE_ALNUM.lastIndex = 0;
  if (!WIDE_ALNUM.test(text)) return text;
  return text.replace(WIDE_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Invisible characters: soft hyphen, zero-width space, non-joiner and joiner, direction marks, word
 * joiner, invisible operators, BOM, combining grapheme joiner, Mongolian vowel separator, variation
 * selectors. The compliance matcher (lib/compliance/normalize.ts) drops these and more: also bidi
 * embeddings, overrides and isolates, and Hangul fillers, which change or fill what is displayed
 * rather than show nothing, so the review text keeps them.
 */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x034f ||
    c === 0x180e ||
    c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The text with the invisible characters inside words removed, and where each character came from. */
export interface JoinedText {
  text: string;
  /** `origin[i]` = offset in the input of `text[i]`; `origin[text.length]` = the input's length. Null when nothing was removed. */
  origin: Int32Array | null;
}

/**
 * Removes invisible characters that split a word ("cr\u200Bushed", "dam\u200Daged", 最\u2060好): they
 * show nothing, but every n-gram, phrase rule and aspect cue read "cr ushed", so a hostile or sloppy
 * paste turned "The box was crushed" into packaging praise. Only between two word characters: a
 * zero-width joiner inside an emoji sequence or a variation selector after ❤ is left alone. Unlike the
 * other steps this moves characters, so the caller maps offsets back through `origin`.
 */
export function joinSplitWords(text: string): JoinedText {
  let found = false;
  for (let i = 0; i < text.length; i++) {
    if (isInvisible(text.charCodeAt(i))) {
      found = true;
      break;
    }
  }
  if (!found) return { text, origin: null };
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isInvisible(c) && out.length > 0) {
      let j = i;
      while (j < text.length && isInvisible(text.charCodeAt(j))) j++;
      const before = out[out.length - 1]!;
      const after = text.charAt(j);
      if (j < text.length && WORD_CHAR.test(before) && WORD_CHAR.test(after)) {
        i = j;
        continue;
      }
    }
    out.push(text.charAt(i));
    origin.push(i);
    i++;
  }
  if (out.length === text.length) return { text, origin: null };
  origin.push(text.length);
  return { text: out.join(''), origin: Int32Array.from(origin) };
}
