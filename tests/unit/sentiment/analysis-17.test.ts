/**
 * Analysis 17 (assets/model/MODEL-CARD.md): the languages of Shopee's Malaysian, Philippine and
 * Vietnamese shoppers are detected and marked, not read as English. Each review below was English
 * before the change and got a guessed polarity (the Malay and Tagalog complaints scored positive).
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';

describe('reviews in languages the model does not read', () => {
  it.each([
    ['Kualiti teruk, tak berbaloi langsung.', 'ms'],
    ['Brg sampai dah rosak, penghantaran lambat sgt.', 'ms'],
    ['Hindi maganda, sira agad.', 'tl'],
    ['Maganda ang quality, mabilis dumating. Salamat po!', 'tl'],
    ['Medyo pangit yung tahi, pero ok naman.', 'tl'],
    ['Hang dep, giao nhanh, dong goi can than', 'vi'],
    ['San pham tot, shop nhiet tinh, se ung ho lan sau', 'vi'],
  ])('%s: %s, unknown', (text, lang) => {
    const r = classifyReview(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe('unknown');
    expect(r.score).toBe(0);
  });

  it('keeps English reviews with a local word or two English', () => {
    for (const text of [
      'Good quality lah, seller very responsive. Will order again.',
      'I am so happy with it, ang ganda!',
      'Item received in good condition, fast delivery. Thank you seller!',
      'Broke after two days, tak berbaloi. Very disappointed with the quality.',
    ]) {
      expect(classifyReview(text).lang, text).toBe('en');
    }
    expect(
      classifyReview('Broke after two days, tak berbaloi. Very disappointed with the quality.')
        .label,
    ).toBe('negative');
  });
});
