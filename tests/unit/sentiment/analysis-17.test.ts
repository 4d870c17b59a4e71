/**
 * Analysis 17 (assets/model/MODEL-CARD.md): the languages of Shopee's Malaysian, Philippine and
 * Vietnamese shoppers are detected and marked, not read as English. Each review below was English
 * before the change and got a guessed polarity (the Malay and Tagalog complaints scored positive).
 * Pinduoduo's templates for a review without text say nothing the stars do not: they were praise with
 * a quality mention.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';

describe('reviews in languages the model does not read', () => {
  it.each([
    ['Kualiti teruk, tak berbaloi langsung.', 'ms'],
    ['Mantap', 'id'],
    ['Brg sampai dah rosak, penghantaran lambat sgt.', 'ms'],
    ['Hindi maganda, sira agad.', 'tl'],
    ['Maganda ang quality, mabilis dumating. Salamat po!', 'tl'],
    ['Medyo pangit yung tahi, pero ok naman.', 'tl'],
    ['Hang dep, giao nhanh, dong goi can than', 'vi'],
    ['San pham tot, shop nhiet tinh, se ung ho lan sau', 'vi'],
    // Mercado Livre opinions: "um", "com", "de" and "a" are English training words too.
    ['Cafeteira excelente! Faz um espresso encorpado e a limpeza é fácil.', 'pt'],
    [
      'Veio com defeito, vazando água pela base. O vendedor demorou para responder e a troca levou um mês.',
      'pt',
    ],
    [
      'Uso todo dia há um ano e continua funcionando bem. Só o vaporizador perdeu um pouco de pressão.',
      'pt',
    ],
    // Words Spanish shares with Portuguese stay out of the Portuguese list.
    ['Funciona perfecto', 'es'],
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
      'No problems so far, do recommend as a gift',
      'Works as described, no complaints',
    ]) {
      expect(classifyReview(text).lang, text).toBe('en');
    }
    expect(
      classifyReview('Broke after two days, tak berbaloi. Very disappointed with the quality.')
        .label,
    ).toBe('negative');
  });
});

describe("Pinduoduo's templates for a review without text", () => {
  it.each([
    '该用户觉得商品很好，给出了5星好评',
    '该用户觉得商品非常好，给出了5星好评',
    '该用户觉得商品较好',
    '该用户觉得商品一般',
    '该用户觉得商品不符合预期',
  ])('%s: judged by its stars alone, no aspect', (text) => {
    const bare = classifyReview(text);
    expect(bare.label).toBe('neutral');
    expect(bare.score).toBe(0);
    expect(bare.aspects).toEqual([]);
    expect(classifyReview(text, { rating: 5 }).label).toBe('positive');
    expect(classifyReview(text, { rating: 1 }).label).toBe('negative');
    expect(classifyReview(text, { rating: 5 }).aspects).toEqual([]);
  });

  it("keeps the buyer's own words after it", () => {
    const r = classifyReview('该用户觉得商品很好，给出了5星好评。物流太慢了，等了一个星期', {
      rating: 5,
    });
    expect(r.aspects).toEqual([
      expect.objectContaining({ aspect: 'shipping', polarity: 'negative' }),
    ]);
    expect(classifyReview('商品很好，物流也快').aspects).toContainEqual(
      expect.objectContaining({ aspect: 'quality', polarity: 'positive' }),
    );
  });
});
