/**
 * Decoding of exported text files. Excel saves "CSV" in the system code page: GB18030/GBK on
 * Simplified Chinese Windows and Big5 on Traditional Chinese Windows, so a seller's exported listings
 * or reviews are often not UTF-8. A wrong guess would silently corrupt them, so a legacy encoding is
 * accepted only when its byte pairs are, almost all of them, the encoding's common characters
 * (GB2312 level 1 for GB18030, Big5's frequent-character block for Big5); anything else is left to
 * the caller to refuse. Latin-1 (Windows-1252, Excel's "CSV" on Western Windows) is the other
 * legacy encoding sellers' files come in; it is refused too, but recognised first (see
 * `decodeOrExplain`), so its capitals are never read as Chinese characters and the refusal says what
 * the file is.
 *
 * Node's TextDecoder does the decoding (full ICU); only the choice is ours.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Share of double-byte pairs that must be common characters or punctuation to accept a legacy encoding. */
const MIN_COMMON_SHARE = 0.9;

function decodeStrict(buf: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/**
 * GB2312 symbols (lead A1–A9) and level-1 characters (lead B0–D7: the 3,755 most used characters,
 * over 99% of running modern Chinese text), trail A1–FE.
 */
function isGbCommon(lead: number, trail: number): boolean {
  return (
    trail >= 0xa1 &&
    trail <= 0xfe &&
    ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xd7))
  );
}

/** Big5 symbols (A140–A3BF) and frequent characters (A440–C67E), trail 40–7E or A1–FE. */
function isBig5Common(lead: number, trail: number): boolean {
  const trailOk = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
  return trailOk && lead >= 0xa1 && lead <= 0xc6;
}

/** Share of the non-ASCII byte pairs of `buf` that `common` accepts (0 when there are none). */
function commonShare(buf: Uint8Array, common: (lead: number, trail: number) => boolean): number {
  let pairs = 0;
  let hits = 0;
  for (let i = 0; i < buf.length;) {
    const lead = buf[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = buf[i + 1] ?? 0;
    pairs++;
    if (common(lead, trail)) hits++;
    // GB18030 four-byte sequences have a digit as second byte; they are never "common".
    i += trail >= 0x30 && trail <= 0x39 ? 4 : 2;
  }
  return pairs === 0 ? 0 : hits / pairs;
}

/** The encoding a byte-order mark at the start of `buf` declares, and the mark's length; or null. */
export function byteOrderMark(
  buf: Uint8Array,
): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Western European letters as Windows-1252 (Excel's "CSV" on Western Windows, what ISO-8859-1 files
 * are read as) writes them: the accented letters of Portuguese, Spanish, French, German, Italian and
 * the Nordic languages.
 */
const LATIN_LETTERS = new Set('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßŒœ');
/** Punctuation and signs of Western text: ¿¡, ordinals, degrees, guillemets, currency, ®/™. */
const LATIN_MARKS = new Set('¡¿°ºª«»€£®©™–—‘’“”„•…·½¼¾²³×´§\u00a0');
/** Windows-1252 bytes 80–A0: never part of a common GB2312 or Big5 character. */
const CP1252_ONLY = new Set('€‚„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00a0');
/**
 * Two accented letters in a row, as Latin words have them (compared in lower case): Portuguese -ção,
 * -ções, açúcar; French créé; German Größe, Füße, gemäß. Any other pair of high bytes is far more
 * likely one Chinese character than two Latin letters.
 */
const LATIN_PAIRS = new Set(['çã', 'çõ', 'çú', 'éé', 'äß', 'öß', 'üß']);

const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Windows-1252's bytes 80–9F (five are unassigned: kept as C1 controls, which no text has). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * `buf` as Windows-1252. Not TextDecoder('windows-1252'): some Node versions decode that label as
 * ISO-8859-1, turning the curly quotes and dashes of 80–9F into control characters.
 */
function windows1252(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * How much `buf` reads as Western text in Windows-1252: the share of its runs of non-ASCII bytes
 * that are what such text has (one accented letter or sign; a known pair of accented letters inside
 * a word; a letter at the end or start of a word next to a quote or guillemet; a Windows-only quote
 * or dash next to a letter or sign), and the first word holding one.
 * Chinese text read so is runs of two, four, six ... bytes of signs and capitals ("ÖÊÁ¿" for 质量).
 */
function latinEvidence(buf: Uint8Array): { share: number; runs: number; sample: string } {
  const text = windows1252(buf);
  let runs = 0;
  let plausible = 0;
  let sample = '';
  for (const m of text.matchAll(/\P{ASCII}+/gu)) {
    const run = m[0];
    const before = text[m.index - 1];
    const after = text[m.index + run.length];
    const known = (c: string) => LATIN_LETTERS.has(c) || LATIN_MARKS.has(c);
    let ok: boolean;
    if (run.length === 1) ok = known(run);
    else if (run.length === 2)
      ok =
        (LATIN_PAIRS.has(run.toLowerCase()) && (isAsciiLetter(before) || isAsciiLetter(after))) ||
        ([...run].some((c) => CP1252_ONLY.has(c)) && [...run].every(known)) ||
        // café», «Água: a letter ending or starting its word next to a mark.
        (LATIN_LETTERS.has(run[0]!) && LATIN_MARKS.has(run[1]!) && isAsciiLetter(before)) ||
        (LATIN_MARKS.has(run[0]!) && LATIN_LETTERS.has(run[1]!) && isAsciiLetter(after));
    else ok = false;
    runs++;
    if (ok) plausible++;
    if (ok && sample === '') sample = wordAt(text, m.index);
  }
  return { share: runs === 0 ? 0 : plausible / runs, runs, sample };
}

/**
 * How much `text` (a legacy decode) reads as Chinese: `looking`, the share of its Han characters in
 * runs of two or more or standing apart from Latin letters (男 in "T恤 男 纯棉"); `sandwiched`, the
 * share with a Latin letter on both sides, as when a Latin word's accented capitals are read as one
 * character ("PROMO敲O" for PROMOÇÃO), which Chinese text almost never has.
 */
function hanEvidence(text: string): { looking: number; sandwiched: number } {
  let han = 0;
  let looking = 0;
  let sandwiched = 0;
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const n = [...m[0]].length;
    han += n;
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (n >= 2 || (!isAsciiLetter(before) && !isAsciiLetter(after))) looking += n;
    else if (isAsciiLetter(before) && isAsciiLetter(after)) sandwiched += n;
  }
  return han === 0
    ? { looking: 1, sandwiched: 0 }
    : { looking: looking / han, sandwiched: sandwiched / han };
}

/** The whitespace-delimited word of `text` around `index`, at most 40 characters. */
function wordAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/\S*$/);
  const end = index + text.slice(index).search(/\s|$/);
  return text.slice(start, end).slice(0, 40);
}

/** Why `buf` is not decoded: what it looks like, for a one-line message. */
export type Undecodable =
  | { reason: 'latin-1'; sample: string }
  | { reason: 'ambiguous'; encoding: 'gb18030' | 'big5'; sample: string; latinSample: string }
  | { reason: 'unknown' };

/**
 * Decodes `buf`: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; then strict UTF-8; then GB18030 or
 * Big5 when the bytes identify them and the text is not more plausibly Latin-1 (Windows-1252).
 * Latin-1 text is not read (DESIGN.md §8: a wrong encoding is bad input), but told apart so the user
 * learns what the file is: Portuguese capitals such as PROMOÇÃO are GB2312's common characters
 * byte for byte (ÇÃ is 敲), and SÃO is Big5's, so a share of common characters alone misread them.
 * A legacy decode is accepted only when (1) its Han characters are not inside Latin words, and
 * (2) the bytes are not also plausible Western text; when they are both, the file is refused as
 * ambiguous rather than guessed. The returned text has no BOM.
 */
export function decodeOrExplain(buf: Uint8Array): DecodedText | Undecodable {
  const bom = byteOrderMark(buf);
  if (bom) {
    const text = decodeStrict(buf.subarray(bom.length), bom.encoding);
    return text === null ? { reason: 'unknown' } : { text, encoding: bom.encoding };
  }
  const utf8 = decodeStrict(buf, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const latin = latinEvidence(buf);
  const latinOk = latin.runs > 0 && latin.share >= MIN_COMMON_SHARE;
  const candidates = (
    [
      ['gb18030', commonShare(buf, isGbCommon)],
      ['big5', commonShare(buf, isBig5Common)],
    ] as const
  )
    .filter(([, share]) => share >= MIN_COMMON_SHARE)
    .toSorted((a, b) => b[1] - a[1]);
  for (const [encoding] of candidates) {
    const text = decodeStrict(buf, encoding);
    if (text === null) continue;
    const han = hanEvidence(text);
    if (han.sandwiched >= 0.5) continue;
    if (!latinOk) return { text, encoding };
    if (han.looking >= 0.5) {
      const at = text.search(/\P{ASCII}/u);
      return { reason: 'ambiguous', encoding, sample: wordAt(text, at), latinSample: latin.sample };
    }
  }
  return latinOk ? { reason: 'latin-1', sample: latin.sample } : { reason: 'unknown' };
}

/** `decodeOrExplain` without the explanation: the decoded text, or null when the caller must refuse. */
export function decodeText(buf: Uint8Array): DecodedText | null {
  const decoded = decodeOrExplain(buf);
  return 'text' in decoded ? decoded : null;
}

/** How the encoding is named to users. */
export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030 (GBK)',
  big5: 'Big5',
};
