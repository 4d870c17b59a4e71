/** Per-market structural checks: lengths (characters and GBK-style bytes), banned characters, repeats, tags, caps. */
import { describe, expect, it } from 'vitest';
import { lintListing, lintText, MAX_FINDINGS_PER_RULE } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';
import { suggestedFix } from '../../../lib/compliance/fix';

const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

const amazonOverflow = (title: string) =>
  lintText(title, { market: 'amazon' }).find((f) => f.ruleId === 'amazon/title-length');

describe('title length limits', () => {
  it.each<[Market, number, string]>([
    ['amazon', 200, 'amazon/title-length'],
    ['ebay', 80, 'ebay/title-length'],
    ['etsy', 140, 'etsy/title-length'],
    ['walmart', 150, 'walmart/title-length'],
    ['shopee', 120, 'shopee/title-length'],
    ['mercadolibre', 60, 'mercadolibre/title-length'],
  ])(
    '%s: %i characters pass, one more fails with the overflow highlighted',
    (market, max, ruleId) => {
      const ok = 'a'.repeat(max);
      expect(ids(lintText(ok, { market }))).not.toContain(ruleId);
      const long = 'a'.repeat(max) + 'XYZ';
      const f = lintText(long, { market }).find((x) => x.ruleId === ruleId);
      expect(f).toMatchObject({
        severity: 'error',
        field: 'title',
        start: max,
        end: max + 3,
        match: 'XYZ',
      });
    },
  );

  it('counts characters as code points (an emoji is one character)', () => {
    const title = '😀'.repeat(80);
    expect(ids(lintText(title, { market: 'ebay' }))).not.toContain('ebay/title-length');
    expect(ids(lintText(title + 'a', { market: 'ebay' }))).toContain('ebay/title-length');
  });

  it('marks the overflow from a whole character: a skin tone or a joined emoji is not cut in half', () => {
    expect(amazonOverflow('A'.repeat(199) + '👍🏽 Mug')).toMatchObject({
      start: 199,
      match: '👍🏽 Mug',
    });
    expect(amazonOverflow('A'.repeat(198) + '👨‍👩‍👧 Mug')).toMatchObject({
      start: 198,
      match: '👨‍👩‍👧 Mug',
    });
    expect(amazonOverflow('A'.repeat(199) + 'e\u0301x')).toMatchObject({
      start: 199,
      match: 'e\u0301x',
    });
    expect(amazonOverflow('A'.repeat(201))).toMatchObject({ start: 200, match: 'A' });
  });

  it.each<[Market]>([['taobao'], ['pinduoduo']])(
    '%s: 30 汉字 = 60 bytes pass; 31 fail; ASCII counts 1',
    (market) => {
      const rule = `${market}/title-length`;
      expect(ids(lintText('连'.repeat(30), { market }))).not.toContain(rule);
      const over = lintText('连'.repeat(30) + '衣', { market }).find((f) => f.ruleId === rule);
      expect(over).toMatchObject({ start: 30, end: 31, match: '衣' });
      expect(ids(lintText('连'.repeat(29) + 'ab', { market }))).not.toContain(rule);
      expect(ids(lintText('连'.repeat(29) + 'abc', { market }))).toContain(rule);
      // Full-width characters count 2, like 汉字.
      expect(ids(lintText('连'.repeat(29) + 'ＡＢ', { market }))).toContain(rule);
    },
  );

  it('applies title limits to the title only, not the description', () => {
    expect(lintListing({ description: 'a'.repeat(500) }, { market: 'ebay' })).toEqual([]);
  });
});

describe('Amazon title characters and repeats', () => {
  it.each([['!'], ['$'], ['?'], ['_'], ['{'], ['}'], ['^'], ['¬'], ['¦']])('flags %s', (ch) => {
    const f = lintText(`Water Bottle ${ch} 32 oz`, { market: 'amazon' });
    expect(
      f.filter((x) => x.ruleId === 'amazon/title-banned-chars').map((x) => [x.start, x.match]),
    ).toEqual([[13, ch]]);
  });

  it('accepts banned characters inside the brand name', () => {
    const f = lintListing(
      { title: 'Yahoo! Mug, Ceramic, 12 oz', brand: 'Yahoo!' },
      { market: 'amazon' },
    );
    expect(f).toEqual([]);
    const g = lintListing({ title: 'Yahoo! Mug! Ceramic', brand: 'Yahoo!' }, { market: 'amazon' });
    expect(g.map((x) => [x.ruleId, x.start])).toEqual([['amazon/title-banned-chars', 10]]);
  });

  it('flags the third use of a word but not articles, prepositions or conjunctions', () => {
    const f = lintText('Red Shirt for Men, Red Hat for Men, Red Scarf for Men', {
      market: 'amazon',
    });
    expect(f.map((x) => [x.ruleId, x.match, x.start])).toEqual([
      ['amazon/title-repeated-word', 'Red', 36],
      ['amazon/title-repeated-word', 'Men', 50],
    ]);
    expect(
      lintText('Salt and Pepper and Oil and Vinegar Set with Lid with Spoon with Base', {
        market: 'amazon',
      }),
    ).toEqual([]);
    expect(lintText('Pack of 2, 2 Inch, 2 Colours', { market: 'amazon' })).toEqual([]);
  });

  it('notes an ALL CAPS title (info) but not a few acronyms', () => {
    expect(ids(lintText('STAINLESS STEEL WATER BOTTLE WITH LID', { market: 'amazon' }))).toEqual([
      'amazon/title-all-caps',
    ]);
    expect(
      lintText('Samsung 65 Inch QLED 4K UHD Smart TV with HDMI', { market: 'amazon' }),
    ).toEqual([]);
  });

  it.each(['amazon', 'walmart', 'ebay'] as const)(
    '%s: a short title made mostly of acronyms is not shouting; capital words still are',
    (market) => {
      const caps = (title: string) =>
        ids(lintText(title, { market })).filter((id) => id.endsWith('title-all-caps'));
      expect(caps('HDMI KVM Switch USB')).toEqual([]);
      expect(caps('RGB LED Strip USB, 16 ft')).toEqual([]);
      expect(caps('NEW HOT SALE DRESS')).toEqual([`${market}/title-all-caps`]);
      expect(caps('BEST SELLER USB HUB')).toEqual([`${market}/title-all-caps`]);
    },
  );
});

const tags = (n: number, len = 8) =>
  Array.from({ length: n }, (_, i) => `tag${i}`.padEnd(len, 'x'));

describe('Etsy', () => {
  it('allows 13 tags of 20 characters, flags the 14th and overlong tags', () => {
    expect(lintListing({ tags: tags(13, 20) }, { market: 'etsy' })).toEqual([]);
    const f = lintListing({ tags: tags(14) }, { market: 'etsy' });
    expect(f.map((x) => [x.ruleId, x.field, x.index])).toEqual([['etsy/tag-count', 'tags', 13]]);
    const g = lintListing({ tags: ['personalised gift for mum'] }, { market: 'etsy' });
    expect(g.map((x) => [x.ruleId, x.index, x.match])).toEqual([['etsy/tag-length', 0, 'r mum']]);
  });

  it('flags tag characters Etsy rejects', () => {
    const f = lintListing({ tags: ['mug & cup'] }, { market: 'etsy' });
    expect(f.map((x) => [x.ruleId, x.match])).toEqual([['etsy/tag-chars', '&']]);
  });

  it('flags more than three ALL CAPS words, repeated % : & + and emoji', () => {
    expect(ids(lintText('HANDMADE CERAMIC MUG Gift', { market: 'etsy' }))).toEqual([]);
    expect(ids(lintText('HANDMADE CERAMIC COFFEE MUG Gift', { market: 'etsy' }))).toEqual([
      'etsy/title-all-caps',
    ]);
    const f = lintText('Mug & Cup & Saucer', { market: 'etsy' });
    expect(f.map((x) => [x.ruleId, x.start])).toEqual([['etsy/title-char-once', 10]]);
    expect(ids(lintText('Cute mug 😀 gift', { market: 'etsy' }))).toEqual(['etsy/title-chars']);
  });
});

const ebaySpecial = (title: string) =>
  lintText(title, { market: 'ebay' })
    .filter((f) => f.ruleId === 'ebay/title-special-chars')
    .map((f) => f.match);
const ebayFixes = (title: string) => {
  const f = lintText(title, { market: 'ebay' });
  return f.map((x) => suggestedFix(x, title, 'en', f));
};

describe('eBay title: special characters (search and browse manipulation policy)', () => {
  it('flags ™, ♥, ★, fractions, superscript and subscript digits and emoji', () => {
    expect(ebaySpecial('Apple iPhone 13 Pro™ 128GB Unlocked')).toEqual(['™']);
    expect(ebaySpecial('Vintage ♥ Heart Locket Necklace ★ Gift')).toEqual(['♥', '★']);
    expect(ebaySpecial('Drill Bit Set ½ inch')).toEqual(['½']);
    expect(ebaySpecial('Wool Rug 2m² Hand Woven')).toEqual(['²']);
    expect(ebaySpecial('H₂O Sports Water Bottle')).toEqual(['₂']);
    expect(ebaySpecial('Nike Air Max 90 Size 10 🔥')).toEqual(['🔥']);
  });

  it('leaves ordinary titles alone: apostrophes, dashes, units written plainly', () => {
    for (const title of [
      "Levi's 501 Original Jeans W32 L34 Blue",
      'Copper Wire 1.5mm2 2-Core 10m',
      'Oak Board 30 x 40 cm – Solid, Oiled',
      'Pack of 3, 1.5 x 2.5 in (Stainless Steel)',
      'Canon EOS 50mm f/1.8 Lens #2 + Cap',
    ])
      expect(ebaySpecial(title), title).toEqual([]);
  });

  it('offers to delete a symbol, even one attached to a word, but not part of a quantity', () => {
    expect(ebayFixes('Vintage Heart Locket™ Necklace')).toEqual([
      { kind: 'replace', replacement: '', text: 'Vintage Heart Locket Necklace' },
    ]);
    expect(ebayFixes('Vintage ♥ Heart Locket Necklace')).toEqual([
      { kind: 'replace', replacement: '', text: 'Vintage Heart Locket Necklace' },
    ]);
    // Deleting the ² would turn square metres into metres: the seller rewrites it (m2).
    expect(ebayFixes('Wool Rug 2m² Hand Woven').map((x) => x.kind)).toEqual(['advice']);
  });
});

describe('Walmart title', () => {
  it('flags ~ ! * $ and keyword repeats', () => {
    expect(ids(lintText('Garden Hose *Heavy Duty*', { market: 'walmart' }))).toEqual([
      'walmart/title-banned-chars',
      'walmart/title-banned-chars',
    ]);
    expect(ids(lintText('Hose Nozzle Hose Reel Hose Hanger', { market: 'walmart' }))).toEqual([
      'walmart/title-repeated-word',
    ]);
  });

  it('does not read quantities as years', () => {
    expect(lintText('LED Flashlight 2000 Lumens', { market: 'walmart' })).toEqual([]);
  });
});

describe('listing fields and offsets', () => {
  it('reports bullets and tags with their index and per-field offsets', () => {
    const f = lintListing(
      { title: 'Oak Board', bullets: ['Solid oak', 'Kills germs'], tags: ['oak', 'antibacterial'] },
      { market: 'amazon' },
    );
    expect(f.map((x) => [x.field, x.index, x.start, x.end, x.match])).toEqual([
      ['bullets', 1, 0, 11, 'Kills germs'],
      ['tags', 1, 0, 13, 'antibacterial'],
    ]);
  });
  it('an empty listing has no findings', () => {
    expect(lintListing({}, { market: 'amazon' })).toEqual([]);
    expect(lintListing({ title: '', bullets: [''] }, { market: 'taobao' })).toEqual([]);
  });
});

describe('hostile length: findings are capped per rule and field', () => {
  it('a title repeating one word 50,000 times gives the first 100 marks, not 49,998', () => {
    const title = 'relay '.repeat(50_000);
    const found = lintListing({ title }, { market: 'amazon' }).filter(
      (f) => f.ruleId === 'amazon/title-repeated-word',
    );
    expect(found).toHaveLength(MAX_FINDINGS_PER_RULE);
    // The first ones, in text order: the third "relay" is the first one too many.
    expect(found[0]).toMatchObject({ start: 12, end: 17, match: 'relay' });
  });

  it('a normal title keeps every finding', () => {
    const found = lintListing(
      { title: 'Relay Relay Relay Relay module' },
      { market: 'amazon' },
    ).filter((f) => f.ruleId === 'amazon/title-repeated-word');
    expect(found.map((f) => f.start)).toEqual([12, 18]);
  });
});
