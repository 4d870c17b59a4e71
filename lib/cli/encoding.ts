/**
 * Decoding of exported text files. Excel saves "CSV" in the system code page: GB18030/GBK on
 * Simplified Chinese Windows and Big5 on Traditional Chinese Windows, so a seller's exported listings
 * or reviews are often not UTF-8. A wrong guess would silently corrupt them, so a legacy encoding is
 * accepted only when its byte pairs are, almost all of them, the encoding's common characters
 * (GB2312 level 1 for GB18030, Big5's frequent-character block for Big5); anything else is left to
 * the caller to refuse.
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
 * Decodes `buf`: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; then strict UTF-8; then GB18030 or
 * Big5 when the bytes identify them. Returns null when none applies (the caller reports it).
 * The returned text has no BOM.
 */
export function decodeText(buf: Uint8Array): DecodedText | null {
  const bom = byteOrderMark(buf);
  if (bom) {
    const text = decodeStrict(buf.subarray(bom.length), bom.encoding);
    return text === null ? null : { text, encoding: bom.encoding };
  }
  const utf8 = decodeStrict(buf, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

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
    if (text !== null) return { text, encoding };
  }
  return null;
}

/** How the encoding is named to users. */
export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030 (GBK)',
  big5: 'Big5',
};
