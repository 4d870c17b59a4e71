/**
 * Mercado Libre's opinions on the product page (`mercadolibre/product`, parse-reviews.ts) on the
 * hand-made fixtures (tests/fixtures/mercadolibre/product/, provenance in SOURCE.txt): the México item
 * page's 2023–2025 cards with absolute Spanish dates, the Brazil catalog page's 2025–2026 cards with
 * relative Portuguese dates, a page whose opinions have not rendered yet and a broken card layout;
 * the review dates (text.ts) in both languages, relative ones counted back in the site's local days.
 * Parsed through the real registry (parseDocument) with linkedom, as the CLI does, and with jsdom.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { parseMeliDate } from '../../../../lib/markets/mercadolibre/text';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/mercadolibre/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';
const MX_ITEM_URL =
  'https://articulo.mercadolibre.com.mx/MLM-1987654321-cafetera-espresso-automatica-20-bares-acero-_JM';
const BR_CATALOG_URL =
  'https://www.mercadolivre.com.br/cafeteira-espresso-automatica-20-bar-inox/p/MLB19655437#polycard_client=search-nordic&wid=MLB3456789012&sid=search';
const AR_ITEM_URL =
  'https://articulo.mercadolibre.com.ar/MLA-1122334455-auriculares-inalambricos-bluetooth-_JM';
const CO_ITEM_URL =
  'https://articulo.mercadolibre.com.co/MCO-1200300400-licuadora-de-alta-potencia-_JM';
const MX_ITEM = 'product/articulo-item_mercadolibre-com-mx.html';
const BR_CATALOG = 'product/catalogo-p_mercadolivre-com-br.html';
const AR_PENDING = 'product/opiniones-pendientes_mercadolibre-com-ar.html';
const CO_BROKEN = 'product/broken-reviews_mercadolibre-com-co.html';

const read = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  html: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
  at = AT,
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html), url, at);
}

function snap(
  html: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
  at = AT,
): PageSnapshot {
  const out = parseHtml(html, url, dom, at);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const brief = (r: ReviewSnapshot) => [r.rating, r.date, r.dateText, r.helpfulVotes];

/** The fixture with every card's hidden "Calificación N de 5" / "Avaliação N de 5" removed. */
const withoutStarLabels = (html: string): string =>
  html.replace(/<p class="andes-visually-hidden">(?:Calificación|Avaliação) \d de 5<\/p>/g, '');

const MX_REVIEWS: ReviewSnapshot[] = [
  {
    id: 'meli-899b5c0ac7f72e9f',
    productKey: 'MLM1987654321',
    rating: 5,
    title: '',
    body: 'Excelente cafetera, el espresso sale con muy buena crema y el espumador deja la leche perfecta.\nLlegó un día antes de lo prometido y bien empacada.',
    date: '2025-03-14',
    dateText: '14 mar. 2025',
    helpfulVotes: 12,
  },
  {
    id: 'meli-dbf8dd25ed4ca181',
    productKey: 'MLM1987654321',
    rating: 2,
    title: '',
    // The "Ver más" button inside the text is no part of it.
    body: 'El espumador dejó de funcionar a las tres semanas y el vaporizador gotea. La cafetera en sí prepara bien el café, pero por este precio esperaba mejor calidad. Pedí garantía y nadie contesta.',
    date: '2025-02-02',
    dateText: '2 feb. 2025',
    helpfulVotes: 3,
  },
  {
    id: 'meli-d622cbbe7edf4685',
    productKey: 'MLM1987654321',
    rating: 4,
    title: '',
    body: 'Buena relación precio-calidad. Hace un poco de ruido al moler, nada grave.',
    date: '2025-01-10',
    dateText: '10 ene. 2025',
    // "Es útil" without a count: nobody yet.
    helpfulVotes: 0,
  },
  {
    id: 'meli-cff9ef1fa17ce22d',
    productKey: 'MLM1987654321',
    rating: 1,
    title: '',
    // What the buyer typed, as text: the page escapes it, and so must we keep it.
    body: '<b>NO LA COMPREN</b> llegó con la jarra rota y no enciende. <script>alert("estafa")</script> Ya pedí el reembolso.',
    date: '2024-12-28',
    dateText: '28 dic. 2024',
    // "1.024" likes, never the dislike button's 87.
    helpfulVotes: 1024,
  },
];

describe.each(['linkedom', 'jsdom'] as const)('México item page opinions (%s)', (dom) => {
  const s = snap(read(MX_ITEM), MX_ITEM_URL, dom);

  it('reads every card: stars, absolute date, text with its line break, likes; under the item id', () => {
    expect(s.reviews).toEqual(MX_REVIEWS);
    expect(s.warnings).toBeUndefined();
  });

  it('never reads the AI summary, the feature ratings or a seller answer as an opinion', () => {
    const text = s.reviews!.map((r) => r.body).join('\n');
    expect(text).not.toMatch(
      /Los compradores destacan|Relación precio-calidad|Durabilidad|cápsulas/,
    );
    expect(s.reviews).toHaveLength(4);
  });

  it('keys the opinions under the product key of the listing (the seller’s own row joins them)', () => {
    expect(new Set(s.reviews!.map((r) => r.productKey))).toEqual(
      new Set([s.listings![0]!.productKey]),
    );
  });
});

describe.each(['linkedom', 'jsdom'] as const)('Brazil catalog page opinions (%s)', (dom) => {
  const s = snap(read(BR_CATALOG), BR_CATALOG_URL, dom);

  it('counts relative Portuguese dates back from the capture, in Brazil’s days', () => {
    expect(s.reviews!.map(brief)).toEqual([
      [5, '2026-11-17', 'há 3 dias', 4],
      [3, '2026-11-06', 'há 2 semanas', 0],
      [1, '2026-09-20', 'há 2 meses', 27],
      [4, '2025-11-20', 'há 1 ano', 9],
      [5, '2026-11-19', 'ontem', 0],
    ]);
    expect(s.reviews![0]!.body).toBe(
      'Cafeteira excelente! Faz um espresso encorpado e a limpeza é fácil.\nRecomendo.',
    );
    expect(s.warnings).toBeUndefined();
  });

  it('counts "ontem" in Brazil’s day: at 01:00 UTC it is still the day before there', () => {
    const early = snap(read(BR_CATALOG), BR_CATALOG_URL, dom, '2026-11-20T01:00:00Z');
    expect(early.reviews!.map((r) => r.date)).toEqual([
      '2026-11-16',
      '2026-11-05',
      '2026-09-19',
      '2025-11-19',
      '2026-11-18',
    ]);
  });

  it('keeps the catalog product’s opinions under the item the page shows, as its rating', () => {
    expect(s.reviews!.every((r) => r.productKey === 'MLB3456789012')).toBe(true);
    expect(s.listings![0]!.productKey).toBe('MLB3456789012');
  });
});

describe('opinion ids', () => {
  it('stay the same when a relative date is counted again weeks later', () => {
    const now = snap(read(BR_CATALOG), BR_CATALOG_URL);
    const later = read(BR_CATALOG)
      .replace('>há 3 dias<', '>há 1 mês<')
      .replace('>há 2 semanas<', '>há 1 mês<')
      .replace('>há 2 meses<', '>há 3 meses<')
      .replace('>ontem<', '>há 1 mês<');
    expect(later).not.toBe(read(BR_CATALOG));
    const s = snap(later, BR_CATALOG_URL, 'linkedom', '2027-01-02T10:00:00Z');
    expect(s.reviews!.map((r) => r.id)).toEqual(now.reviews!.map((r) => r.id));
    expect(s.reviews![0]!.date).toBe('2026-12-02');
  });

  it('stay the same on another capture day, and when only the stars change (a revision)', () => {
    const again = snap(read(MX_ITEM), MX_ITEM_URL, 'linkedom', '2027-03-01T00:00:00Z');
    expect(again.reviews!.map((r) => r.id)).toEqual(MX_REVIEWS.map((r) => r.id));
    const revised = snap(
      read(MX_ITEM).replace('Calificación 2 de 5', 'Calificación 4 de 5'),
      MX_ITEM_URL,
    );
    expect(revised.reviews![1]).toMatchObject({ id: MX_REVIEWS[1]!.id, rating: 4 });
  });

  it('differ for two opinions with the same text on different days', () => {
    const html = read(MX_ITEM).replace(
      'Buena relación precio-calidad. Hace un poco de ruido al moler, nada grave.',
      'Excelente cafetera, el espresso sale con muy buena crema y el espumador deja la leche perfecta.<br>Llegó un día antes de lo prometido y bien empacada.',
    );
    const ids = snap(html, MX_ITEM_URL).reviews!.map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('opinion cards: hard cases', () => {
  it('without the hidden label, the stars are counted from the icons', () => {
    const html = withoutStarLabels(read(MX_ITEM));
    expect(html).not.toMatch(/Calificación \d de 5/);
    expect(snap(html, MX_ITEM_URL).reviews!.map((r) => r.rating)).toEqual([5, 2, 4, 1]);
    const br = withoutStarLabels(read(BR_CATALOG));
    expect(snap(br, BR_CATALOG_URL).reviews!.map((r) => r.rating)).toEqual([5, 3, 1, 4, 5]);
  });

  it('icons it cannot tell lit from unlit give no rating, with a warning, never a guess', () => {
    const html = withoutStarLabels(read(MX_ITEM)).replace(/#poly_star_(?:fill|empty)/g, '#icon');
    const no = html.replace(/ ui-review-capability-comments__comment__rating__star-empty/g, '');
    const s = snap(
      no.replace(/ui-review-capability-comments__comment__rating__star/g, 'x'),
      MX_ITEM_URL,
    );
    expect(s.reviews!.map((r) => r.rating)).toEqual([null, null, null, null]);
    expect(s.warnings).toContain(`review ${s.reviews![0]!.id}: unreadable star rating`);
  });

  it('a star row that is not five icons gives no rating, never the icons counted', () => {
    const fourStars = withoutStarLabels(read(MX_ITEM));
    const cut = fourStars.replace(
      /<svg class="ui-review-capability-comments__comment__rating__star ui-review-capability-comments__comment__rating__star-empty" width="12" height="12" viewBox="0 0 10 10"><use href="#poly_star_empty"><\/use><\/svg><\/div>(?=<\/div>\s*<span class="ui-review-capability-comments__comment__date">10 ene)/,
      '</div>',
    );
    expect(cut).not.toBe(fourStars);
    expect(snap(cut, MX_ITEM_URL).reviews!.map((r) => r.rating)).toEqual([5, 2, null, 1]);
  });

  it('an opinion without text keeps its stars; a card with neither is skipped', () => {
    const html = read(MX_ITEM)
      .replace('Buena relación precio-calidad. Hace un poco de ruido al moler, nada grave.', '')
      .replace('<p class="andes-visually-hidden">Calificación 5 de 5</p>', '')
      .replace(/Excelente cafetera, el espresso[^<]*<br>[^<]*/, '');
    const s = snap(
      html.replace(
        /(<div class="ui-review-capability-comments__comment__rating">)[\s\S]*?(<\/div>)/,
        '$1$2',
      ),
      MX_ITEM_URL,
    );
    expect(s.reviews!.map((r) => [r.rating, r.body])).toEqual([
      [2, MX_REVIEWS[1]!.body],
      [4, ''],
      [1, MX_REVIEWS[3]!.body],
    ]);
  });

  it('a date that names no day (a month alone) is null, its text kept, with a warning', () => {
    const s = snap(read(MX_ITEM).replace('>2 feb. 2025<', '>feb. 2025<'), MX_ITEM_URL);
    const r = s.reviews![1]!;
    expect([r.date, r.dateText]).toEqual([null, 'feb. 2025']);
    expect(s.warnings).toEqual([`review ${r.id}: unreadable date "feb. 2025"`]);
  });

  it('opinions not rendered yet: the listing, zero reviews and a warning, not an error', () => {
    const s = snap(read(AR_PENDING), AR_ITEM_URL);
    expect(s.listings).toEqual([
      {
        productKey: 'MLA1122334455',
        url: 'https://articulo.mercadolibre.com.ar/MLA-1122334455-_JM',
        title: 'Auriculares Inalámbricos Bluetooth Con Cancelación De Ruido',
        price: { amount: 45999, currency: 'ARS' },
        featuredOffer: { price: { amount: 45999, currency: 'ARS' }, sellerName: 'AUDIOSTORE' },
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      'no opinions rendered yet (Mercado Libre renders them after the page)',
    ]);
  });

  it('a rendered section without written opinions, and a page without the section, say so', () => {
    const noCards = read(MX_ITEM).replace(
      /<div class="ui-review-capability-comments">[\s\S]*?<button type="button" class="show-more-click/,
      '<button type="button" class="show-more-click',
    );
    expect(snap(noCards, MX_ITEM_URL)).toMatchObject({
      reviews: [],
      warnings: ['the opinions section shows no written opinion'],
    });
    const noSection = read(AR_PENDING).replace(/ id="reviews_capability_v3"/, '');
    expect(snap(noSection, AR_ITEM_URL).warnings).toEqual(['no opinions section on the page']);
  });

  it('cards found but none read is a parser-health failure, not a product without opinions', () => {
    expect(parseHtml(read(CO_BROKEN), CO_ITEM_URL)).toMatchObject({
      kind: 'failed',
      match: { market: 'mercadolibre', pageType: 'product' },
      error: expect.stringMatching(
        /mercadolibre\/product: 2 opinion cards on the page but none could be read .*review layout may have changed/,
      ),
    });
  });

  it('the sign-in page served at a product URL is blocked, not a page without opinions', () => {
    expect(parseHtml(read('blocked/login_mercadolibre-com-mx.html'), MX_ITEM_URL)).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { pageType: 'product' },
    });
  });
});

describe('review dates', () => {
  it.each([
    // absolute, Spanish and Portuguese
    ['14 mar. 2025', '2025-03-14'],
    ['2 feb. 2025', '2025-02-02'],
    ['28 dic. 2024', '2024-12-28'],
    ['20 mai. 2023', '2023-05-20'],
    ['3 fev. 2025', '2025-02-03'],
    ['15 out. 2024', '2024-10-15'],
    ['1 dez. 2024', '2024-12-01'],
    ['14 de marzo de 2025', '2025-03-14'],
    ['7 de setiembre de 2024', '2024-09-07'],
    ['3 de março de 2025', '2025-03-03'],
    ['10/03/2025', '2025-03-10'],
    ['31 feb. 2025', null],
    ['fev. 2025', null],
    ['mar. 2025', null],
    ['Calificación 5 de 5', null],
    ['', null],
  ])('%s → %s', (text, date) => {
    expect(parseMeliDate(text, AT, -6)).toEqual({ date, relative: false });
  });

  it.each([
    // captured 2026-11-20 10:00 UTC: 04:00 in México (-6), 07:00 in Brazil (-3)
    ['hoy', -6, '2026-11-20'],
    ['hoje', -3, '2026-11-20'],
    ['ayer', -6, '2026-11-19'],
    ['Ontem', -3, '2026-11-19'],
    ['anteayer', -6, '2026-11-18'],
    ['hace 5 horas', -6, '2026-11-20'],
    ['hace unos minutos', -6, '2026-11-20'],
    ['hace 3 días', -6, '2026-11-17'],
    ['Há 3 dias', -3, '2026-11-17'],
    ['hace 1 semana', -6, '2026-11-13'],
    ['hace una semana', -6, '2026-11-13'],
    ['há 2 semanas', -3, '2026-11-06'],
    ['hace un mes', -6, '2026-10-20'],
    ['hace 2 meses', -6, '2026-09-20'],
    ['há 1 mês', -3, '2026-10-20'],
    ['há 11 meses', -3, '2025-12-20'],
    ['hace 1 año', -6, '2025-11-20'],
    ['hace más de un año', -6, '2025-11-20'],
    ['há 2 anos', -3, '2024-11-20'],
    ['faz 3 dias', -3, '2026-11-17'],
    ['há alguns dias', -3, null],
  ])('%s (UTC%i) → %s', (text, offset, date) => {
    expect(parseMeliDate(text, AT, offset)).toEqual({ date, relative: true });
  });

  it('counts in the site’s own days: at 02:00 UTC it is still yesterday in México', () => {
    expect(parseMeliDate('hoy', '2026-11-20T02:00:00Z', -6).date).toBe('2026-11-19');
    expect(parseMeliDate('hoje', '2026-11-20T02:00:00Z', -3).date).toBe('2026-11-19');
    expect(parseMeliDate('hoy', '2026-11-20T07:00:00Z', -6).date).toBe('2026-11-20');
  });

  it('a month back from the 31st is the last day of a shorter month', () => {
    expect(parseMeliDate('hace 1 mes', '2026-03-31T18:00:00Z', -3).date).toBe('2026-02-28');
    expect(parseMeliDate('hace 1 año', '2028-02-29T18:00:00Z', -3).date).toBe('2027-02-28');
  });
});
