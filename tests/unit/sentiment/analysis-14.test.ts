/**
 * Analysis 14 (assets/model/MODEL-CARD.md), from a QA pass over the Reviews view and its alerts:
 * invisible characters inside words, lukewarm English verdicts and "does what it says". Each case
 * failed before the change; the counter-examples are what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyReview } from '../../../lib/sentiment/index';
import { joinSplitWords } from '../../../lib/sentiment/sanitize';

const aspects = (text: string) =>
  classifyReview(text).aspects.map((a) => [a.aspect, a.polarity, text.slice(a.start, a.end)]);

describe('invisible characters inside words', () => {
  it('reads a word split by zero-width characters as the word, with spans on the text shown', () => {
    const plain = 'The box was crushed and the item was damaged.';
    const split = 'The box was cru\u200Bshed and the item was dam\u200Daged.';
    expect(classifyReview(plain).aspects.map((a) => a.polarity)).toEqual(['negative']);
    // Was packaging praise: "cru shed", "dam aged".
    expect(aspects(split)).toEqual([
      ['packaging', 'negative', 'The box was cru\u200Bshed and the item was dam\u200Daged'],
    ]);
    expect(classifyReview(split).score).toBe(classifyReview(plain).score);
  });

  it('joins Chinese split by a word joiner, and a run of invisible characters', () => {
    const text = '质\u2060\u200B量很差，包\uFEFF装破了';
    const r = classifyReview(text);
    expect(r.label).toBe('negative');
    expect(aspects(text)).toEqual([
      ['quality', 'negative', '质\u2060\u200B量很差'],
      ['packaging', 'negative', '包\uFEFF装破了'],
    ]);
  });

  it('keeps the title of a review its own sentence when the title had invisible characters', () => {
    const title = 'Gr\u200Beat';
    const text = `${title}\n\nThe handle broke after a week.`;
    const r = classifyReview(text, { titleEnd: title.length });
    expect(r.aspects.map((a) => [a.aspect, a.polarity])).toEqual([['quality', 'negative']]);
    expect(text.slice(r.aspects[0]!.start, r.aspects[0]!.end)).toContain('handle broke');
  });

  it('leaves emoji sequences and characters between words alone', () => {
    expect(joinSplitWords('Love it ❤\uFE0F').origin).toBeNull();
    expect(joinSplitWords('👨\u200D👩\u200D👧 family').origin).toBeNull();
    expect(joinSplitWords('great \u200Bproduct').origin).toBeNull();
    const j = joinSplitWords('ab\u200Bcd');
    expect(j.text).toBe('abcd');
    expect(Array.from(j.origin!)).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('a lukewarm English verdict is the middle, as its stars say', () => {
  it.each([
    ['It is okay', 'It is okay.'],
    ['', 'Just OK.'],
    ['', 'Meh'],
    ['Average product', 'Average product.'],
    ['', 'Not bad, not great.'],
    ['', "It's alright I guess."],
  ])('"%s" / "%s": neutral without stars or at 3★, and no complaint', (title, body) => {
    const text = title ? `${title}\n\n${body}` : body;
    for (const rating of [undefined, 3]) {
      const r = classifyReview(
        text,
        rating === undefined ? {} : { rating, titleEnd: title.length },
      );
      expect(r.label).toBe('neutral');
      expect(r.aspects.filter((a) => a.polarity === 'negative')).toEqual([]);
    }
  });

  it('follows the stars when they say more', () => {
    expect(classifyReview('It is okay.', { rating: 2 }).label).toBe('negative');
    expect(classifyReview('It is okay.', { rating: 5 }).label).toBe('positive');
  });

  it('is only the whole review: a complaint beside it is read', () => {
    expect(classifyReview('It is okay but the handle broke.', { rating: 3 }).label).toBe(
      'negative',
    );
    expect(classifyReview('Okay product. Terrible customer service.').label).toBe('negative');
    expect(classifyReview('Great product, okay shipping.').label).toBe('positive');
  });

  it('leaves Chinese 一般 to the model (a complaint in the corpora) and 还行 praise', () => {
    expect(classifyReview('一般般').label).toBe('negative');
    expect(classifyReview('还行').label).toBe('positive');
  });
});

describe('"does what it says"', () => {
  it.each([
    'Does what it says.',
    'Does what it says on the tin.',
    'It does exactly what it claims to do.',
  ])('%s -> positive', (text) => {
    expect(classifyReview(text, { rating: 3 }).label).toBe('positive');
    expect(classifyReview(text).label).toBe('positive');
  });

  it('negated, a complaint', () => {
    expect(classifyReview("Doesn't do what it says.").label).toBe('negative');
    expect(classifyReview('Did not do what it was supposed to do.').label).toBe('negative');
  });
});
