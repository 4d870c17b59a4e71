/**
 * Traditional → Simplified Chinese, one character for one character. The model and the aspect cues
 * were trained on Simplified reviews; a review written in Traditional characters (Taiwan, Hong Kong:
 * 品質很好，包裝不錯) is read through this table so it gets the same evidence (质量/品质, 包装). Only
 * one-to-one mappings of single UTF-16 code units are kept, so the converted text has the same length
 * and every offset into it is an offset into the original (spans still highlight what the user saw).
 *
 * The table, assets/model/zh-t2s.json, is OpenCC's TSCharacters (Apache-2.0) as packaged by
 * opencc-js; `npx tsx scripts/build-zh-t2s.ts` regenerates it (tests fail on drift).
 *
 * Hong Kong reviews are often written in Cantonese, whose grammar words Mandarin training data never
 * shows: 冇問題 ("no problem") read as 没问题, 質素唔錯 ("quality not bad") as 质素不错. Only words with
 * one meaning are mapped (冇 咗 嘅 佢 哋, one character each); 唔 is a negator only before a Han
 * character, since Mandarin reviews use it as an interjection (唔，送货快 stays as it is).
 */

import { isHanCode } from '../cjk';

export interface T2sTableJson {
  /** Where the pairs come from, for the model card. */
  source: string;
  /** Concatenated pairs: a Traditional character followed by its Simplified form. */
  pairs: string;
}

export type ToSimplified = (text: string) => string;

/** CJK Extension A starts here; no Traditional character of the table is below it (a test checks). */
export const FIRST_CONVERTED = 0x3400;

/** Cantonese grammar characters and their Mandarin equivalents (never ambiguous in reviews). */
const CANTONESE: Array<[string, string]> = [
  ['冇', '没'],
  ['咗', '了'],
  ['嘅', '的'],
  ['佢', '他'],
  ['哋', '们'],
];
const NG = '唔'.charCodeAt(0);
const BU = '不'.charCodeAt(0);

/** Builds the converter; `pairs` must have an even length of single code units. */
export function createToSimplified(table: T2sTableJson): ToSimplified {
  // One slot per code unit from FIRST_CONVERTED (128 KB less the unused low range): a typed-array
  // read per CJK character keeps this off the profile of classify(); 0 = unchanged.
  const simplified = new Uint16Array(0x10000 - FIRST_CONVERTED);
  for (let i = 0; i + 1 < table.pairs.length; i += 2) {
    const c = table.pairs.charCodeAt(i);
    if (c >= FIRST_CONVERTED) simplified[c - FIRST_CONVERTED] = table.pairs.charCodeAt(i + 1);
  }
  for (const [yue, cmn] of CANTONESE)
    simplified[yue.charCodeAt(0) - FIRST_CONVERTED] = cmn.charCodeAt(0);
  return (text) => {
    let out: string[] | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // ASCII, Latin and CJK punctuation never convert; only CJK ideographs need the lookup.
      if (c < FIRST_CONVERTED) continue;
      const s =
        c === NG ? (isHanCode(text.charCodeAt(i + 1)) ? BU : 0) : simplified[c - FIRST_CONVERTED]!;
      if (s === 0) continue;
      out ??= text.split('');
      out[i] = String.fromCharCode(s);
    }
    return out === null ? text : out.join('');
  };
}
