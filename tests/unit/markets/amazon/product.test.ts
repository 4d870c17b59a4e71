/**
 * Product pages. The expected values were read off the saved pages themselves (tests/fixtures/amazon/
 * product/, provenance in SOURCE.txt): the strings below occur in the HTML.
 */
import { describe, expect, it } from 'vitest';
import { snapshotRecordCount } from '../../../../lib/schemas/snapshot';
import { parseFixture, snapshotOf } from './fixtures';

type ReviewRow = [
  id: string,
  rating: number,
  date: string,
  title: string,
  start: string,
  end: string,
];

function expectReviews(
  reviews: {
    id: string;
    rating: number | null;
    date: string | null;
    title: string;
    body: string;
  }[],
  rows: ReviewRow[],
) {
  expect(reviews.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
  for (const [id, rating, date, title, start, end] of rows) {
    const r = reviews.find((x) => x.id === id)!;
    expect({ id, rating: r.rating, date: r.date, title: r.title }).toEqual({
      id,
      rating,
      date,
      title,
    });
    expect(
      r.body.startsWith(start),
      `${id} body starts with ${start}: ${r.body.slice(0, 60)}`,
    ).toBe(true);
    expect(r.body.endsWith(end), `${id} body ends with ${end}: ${r.body.slice(-60)}`).toBe(true);
  }
}

describe('amazon.com product page (2024, B0057OC5O8)', () => {
  const s = snapshotOf('product/amazon-com_ansi-url.html');
  const listing = s.listings![0]!;

  it('reads the listing', () => {
    expect(s.pageType).toBe('product');
    expect(s.parser).toEqual({ id: 'amazon/product', version: 3 });
    expect(s.listings).toHaveLength(1);
    expect(listing).toEqual({
      productKey: 'B0057OC5O8',
      title: 'SainSmart 4-Channel Relay Module',
      url: 'https://www.amazon.com/SainSmart-101-70-101-4-Channel-Relay-Module/dp/B0057OC5O8',
      price: { amount: 8.99, currency: 'USD' },
      featuredOffer: {
        price: { amount: 8.99, currency: 'USD' },
        sellerName: 'SainSmart Official',
        sellerId: 'A1CJB5SYI9X4XC',
      },
      rating: 4.6,
      ratingCount: 422,
      brand: 'SainSmart',
    });
    expect(s.warnings).toBeUndefined();
    expect(s.offers).toBeUndefined();
  });

  it('reads all 8 review cards', () => {
    expectReviews(s.reviews!, [
      ['R68JYJOHXA1Y1', 5, '2013-03-28', 'This Device WILL KILL YOU.', 'The entire SainSmart line is well made', 'an adult that knows what they are doing!'],
      ['RAIR81H0JJ0ZB', 5, '2012-07-19', 'Great with Raspberry Pi!', 'Great with Raspberry Pi!\n\nThis thing is super responsive.', "shouldn't hold my breath."],
      ['R2M92PBEYRJDMF', 5, '2013-03-16', 'Works Perfect.......Here is a working Sketch!', 'This sketch will stop the Relays', 'Serial.println(" Relay 4 ON");}\nbreak;\n\n}\n}\n}'],
      ['R1CY3OH0ZG2GVY', 5, '2023-03-08', 'Works on both Raspberry Pi and Pico W without mod', 'I have been running the Raspberry Pi 3 with this Sainsmart relay module', 'I just want the power isolation.'],
      ['RPIVDIS926OXI', 5, '2013-05-07', 'ＳＷは良好', 'リレ−の反応もよく毎日動作しています\n', '制御用に使いやすい部品です'],
      ['R3B4EQ2AWGPQ0A', 4, '2018-04-15', '満足してます', '簡単な配線で繋いで使用してます。\n', 'リレー接点の最大接続、切り離し回数の制限を教えてください。'],
      ['RXTFVR3LOP51H', 5, '2013-06-30', 'Works great with Raspberry Pi', 'Much simpler to hook up to Raspberry Pi', 'Really fast shipping too!'],
      ['R10IE4CMHUDFFL', 3, '2021-06-26', 'ラズベリーパイ でそのまま使えません', '情報が少ないのでお伝えすると\n', '英語でのコメントにもそのように書いてあります'],
    ]); // prettier-ignore
  });

  it('keeps dateText, author, verified and helpful votes, and leaves out the "Read more" chrome', () => {
    const r = s.reviews!.find((x) => x.id === 'R68JYJOHXA1Y1')!;
    expect(r.dateText).toBe('Reviewed in the United States on March 28, 2013');
    expect(r.author).toBe('Unitive News Reporter');
    expect(r.verified).toBe(true);
    expect(r.helpfulVotes).toBe(8);
    expect(s.reviews!.find((x) => x.id === 'RAIR81H0JJ0ZB')!.helpfulVotes).toBe(71);
    expect(s.reviews!.find((x) => x.id === 'RPIVDIS926OXI')!.helpfulVotes).toBe(1); // "One person …"
    expect(s.reviews!.find((x) => x.id === 'R1CY3OH0ZG2GVY')!.dateText).toBe(
      'Reviewed in Canada on March 8, 2023',
    );
    for (const review of s.reviews!) {
      expect(review.body).not.toMatch(/Read more|P\.when|imagePopoverController/);
      expect(review.title).not.toMatch(/out of 5 stars/);
    }
  });
});

describe('amazon.co.uk book page (2024, 1849757097, used-only buy box)', () => {
  const s = snapshotOf('product/amazon-co-uk_product-url.html');

  it('reads the listing from the used buy box', () => {
    expect(s.listings).toEqual([
      {
        productKey: '1849757097',
        title: 'Vegetable Perfection: 100 delicious recipes for roots, bulbs, shoots and stems',
        url: 'https://www.amazon.co.uk/Vegetable-Perfection-delicious-recipes-shoots/dp/1849757097',
        price: { amount: 4.45, currency: 'GBP' },
        featuredOffer: {
          price: { amount: 4.45, currency: 'GBP' },
          sellerName: 'Goldstone-Books',
          sellerId: 'A2NQK4TIWYJD6B',
          // "Buy used £4.45" with "£3.99 delivery" under it: the landed price is £8.44.
          shipping: { amount: 3.99, currency: 'GBP' },
          condition: 'Used',
        },
        offerCount: 14, // "New & Used (14) from £4.45"
        rating: 4.4,
        ratingCount: 16,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads the 5 review cards', () => {
    expectReviews(s.reviews!, [
      ['R1L12MZN23ZJSE', 5, '2016-04-08', 'Particularly beautiful is his take on a red onion tarte-tatin!', 'Mat makes food we all want to eat', 'cabbage ratatouille parcel;'],
      ['R1H0P71GKHILZ2', 3, '2016-06-08', 'This book is different from other vegetarian cookbooks, there ...', 'This book is different from other vegetarian cookbooks, there are some unusual takes', 'a welcome addition to the veggie cookbook scene.'],
      ['R12VIV6JDL9J3Z', 5, '2017-03-24', 'On time and as described.', 'Super book,delivered on time and as described.', 'Super book,delivered on time and as described.'],
      ['R1GSGXEPV0AS6L', 5, '2017-10-29', 'Five Stars', 'Really good recipes', 'Really good recipes'],
      ['R3I4DV3H9LVS5J', 5, '2021-03-08', 'Good book', 'Arrived as expected\nLooking forward', 'trying some of the recipes'],
    ]); // prettier-ignore
    expect(s.reviews![0]!.dateText).toBe('Reviewed in the United Kingdom on 8 April 2016');
  });
});

describe('amazon.in product page (2017 layout, B01NCE2FHK)', () => {
  const s = snapshotOf('product/amazon-in_asin-page.html');

  it('reads #priceblock_ourprice with the rupee from the domain and the seller from #merchant-info', () => {
    expect(s.listings).toEqual([
      {
        productKey: 'B01NCE2FHK',
        title:
          'Apple MacBook Pro MLW82HN/A Laptop 2016 (Core i7/16GB/512GB/Mac OS/Integrated Graphics/Touch Bar), Silver',
        url: 'http://www.amazon.in/Apple-MacBook-MLW82HN-Integrated-Graphics/dp/B01NCE2FHK',
        price: { amount: 237097, currency: 'INR' },
        featuredOffer: {
          price: { amount: 237097, currency: 'INR' },
          sellerName: 'e9accessories',
          sellerId: 'AWO781LMQ8MJ4',
        },
        offerCount: 4, // "4 offers from ₹237,097.00"
        rating: 4.3,
        ratingCount: 6, // "6 customer reviews"
        brand: 'Apple',
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toBeUndefined();
  });
});

describe('amazon.de product page with the all-offers panel open (hand-made)', () => {
  const s = snapshotOf('product/amazon-de_aod-panel.html');

  it('reads the listing in German formats and the buy-box price, not the list price', () => {
    expect(s.listings![0]).toEqual({
      productKey: 'B0D4KX7TQ2',
      title:
        'Voltkern 4-Kanal Relais Modul 5V mit Optokoppler, kompatibel mit Arduino und Raspberry Pi',
      url: 'https://www.amazon.de/Voltkern-4-Kanal-Relais-Optokoppler-kompatibel/dp/B0D4KX7TQ2',
      price: { amount: 12.99, currency: 'EUR' },
      featuredOffer: {
        price: { amount: 12.99, currency: 'EUR' },
        sellerName: 'Voltkern Direkt',
        sellerId: 'A3K7VOLT2PQ9XD',
      },
      offerCount: 4,
      rating: 4.3,
      ratingCount: 5182,
      brand: 'Voltkern',
    });
  });

  it('returns the AOD offers: pinned = featured, shipping, landed price, Amazon normalised', () => {
    expect(
      s.offers!.map((o) => [o.sellerName, o.sellerId, o.price?.amount, o.shipping?.amount, o.landedPrice?.amount, o.isFeatured, o.condition, o.fulfillment]),
    ).toEqual([
      ['Voltkern Direkt', 'A3K7VOLT2PQ9XD', 12.99, 0, 12.99, true, 'Neu', 'amazon'],
      ['Elektro-Handel Maier', 'A1MAIERELEK7Q', 11.49, 3.99, 15.48, false, 'Neu', 'merchant'],
      ['Amazon Warehouse', 'A8KGZQ2W4MRD3', 10.2, 0, 10.2, false, 'Gebraucht - Sehr gut', 'amazon'],
      ['Amazon', undefined, 13.49, 0, 13.49, false, 'Neu', 'amazon'],
    ]); // prettier-ignore
    for (const o of s.offers!) {
      expect(o.productKey).toBe('B0D4KX7TQ2');
      expect(o.price?.currency).toBe('EUR');
    }
  });

  it('reads localised reviews and drops the video-player script from the body', () => {
    expectReviews(s.reviews!, [
      ['R2VK8QX1M4ZDE7', 4, '2024-03-03', 'Schaltet zuverlässig, Anleitung dürftig', 'Das Modul schaltet am Raspberry Pi ohne Probleme, auch mit 3,3 V am Eingang.\n\nEine Anleitung', 'Dafür ein Stern Abzug.'],
      ['R1QD7NW3HS0XUP', 1, '2024-02-28', 'Nach zwei Wochen defekt', 'Relais 3 klickt seit gestern nicht mehr, die LED leuchtet aber.\nVersand war schnell', 'Verpackung in Ordnung.\n\nLeider nicht zu empfehlen.'],
      ['R3LM0E5TQ8YBWA', 4, '2024-02-14', 'Cumple lo que promete', 'Funciona bien con Arduino Uno.', 'Los relés hacen bastante ruido.'],
    ]); // prettier-ignore
    const video = s.reviews!.find((r) => r.id === 'R1QD7NW3HS0XUP')!;
    expect(video.body).not.toMatch(/P\.when|player|Weiterlesen/);
    expect(video.helpfulVotes).toBe(1); // "Eine Person fand das hilfreich"
    expect(s.reviews![0]!.helpfulVotes).toBe(12);
  });
});

describe('parser health: a product page whose layout changed', () => {
  it('is reported as failed with the reason, not stored as an empty product', () => {
    const out = parseFixture('product/broken-layout_amazon-com.html');
    expect(out.kind).toBe('failed');
    if (out.kind !== 'failed') return;
    expect(out.match).toEqual({
      market: 'amazon',
      pageType: 'product',
      parserId: 'amazon/product',
    });
    expect(out.parser).toEqual({ id: 'amazon/product', version: 3 });
    expect(out.error).toMatch(/layout may have changed/);
  });

  it('while the page it was derived from parses with records', () => {
    expect(snapshotRecordCount(snapshotOf('product/amazon-com_ansi-url.html'))).toBe(9);
  });
});
