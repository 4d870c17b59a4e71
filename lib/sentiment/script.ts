/**
 * Traditional → Simplified Chinese, one character for one character. The model and the aspect cues
 * were trained on Simplified reviews; a review written in Traditional characters (Taiwan, Hong Kong:
 * 品質很好，包裝不錯) is read through this table so it gets the same evidence (质量/品质, 包装). Only
 * one-to-one mappings of single UTF-16 code units are kept, so the converted text has the same length
 * and every offset into it is an offset into the original (spans still highlight what the user saw).
 *
 * The table, assets/model/zh-t2s.json, is OpenCC's TSCharacters (Apache-2.0) as packaged by
 * opencc-js; `npx tsx scripts/build-zh-t2s.ts` regenerates it (tests fail on drift).
 */

export interface T2sTableJson {
  /** Where the pairs come from, for the model card. */
  source: string;
  /** Concatenated pairs: a Traditional character followed by its Simplified form. */
  pairs: string;
}

export type ToSimplified = (text: string) => string;

/** CJK Extension A starts here; no Traditional character of the table is below it (a test checks). */
export const FIRST_CONVERTED = 0x3400;
const FIRST = FIRST_CONVERTED;

/** Builds the converter; `pairs` must have an even length of single code units. */
export function createToSimplified(table: T2sTableJson): ToSimplified {
  // One slot per code unit from FIRST (128 KB less the unused low range): a typed-array read per CJK
  // character keeps this off the profile of classify(); 0 = unchanged.
  const simplified = new Uint16Array(0x10000 - FIRST);
  for (let i = 0; i + 1 < table.pairs.length; i += 2) {
    const c = table.pairs.charCodeAt(i);
    if (c >= FIRST) simplified[c - FIRST] = table.pairs.charCodeAt(i + 1);
  }
  return (text) => {
    let out: string[] | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // ASCII, Latin and CJK punctuation never convert; only CJK ideographs need the lookup.
      if (c < FIRST) continue;
      const s = simplified[c - FIRST]!;
      if (s === 0) continue;
      out ??= text.split('');
      out[i] = String.fromCharCode(s);
    }
    return out === null ? text : out.join('');
  };
}
