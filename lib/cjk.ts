/**
 * Character classes of Chinese and Japanese text, by UTF-16 code unit, shared by the review language
 * detector (lib/sentiment/lang.ts), the Traditional → Simplified reader (lib/sentiment/script.ts) and
 * the listing linter's Japanese check (lib/compliance/normalize.ts). No dependencies: the linter must
 * not pull in the sentiment code (tinyld, the model).
 */

/** A CJK ideograph: the Unified Ideographs block or Extension A. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Kana that marks Japanese writing: U+3040–U+30FF except の (U+306E), which Chinese shop copy and
 * reviews borrow (日系の连衣裙, 小清新の), and the middle dot ・ (U+30FB) that Chinese writes between
 * the parts of a foreign name.
 */
export function isJapaneseKana(c: number): boolean {
  return c >= 0x3040 && c <= 0x30ff && c !== 0x306e && c !== 0x30fb;
}
