/**
 * The real /product-reviews/ page and the real legacy /gp/offer-listing/ page (tests/fixtures/amazon/
 * reviews/ and offers/, provenance in SOURCE.txt). Expected values were read off the HTML.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, linkedomDocument } from './fixtures';
import { snapshotOf } from './fixtures';
import { parseDocument } from '../../../../lib/markets/index';
import { normalizeSellerName, readShipping } from '../../../../lib/markets/amazon/parse-offers';

const inr = (amount: number) => ({ amount, currency: 'INR' });

describe('amazon.com reviews page (B0BBPNPZTC, 2024)', () => {
  const s = snapshotOf('reviews/Amazon.com_Customer_reviews.html');

  it('reads the 10 review cards with id, stars, date, title and body', () => {
    expect(s.pageType).toBe('reviews');
    expect(s.parser).toEqual({ id: 'amazon/reviews', version: 3 });
    const rows: [string, number, string, string, string, string][] = [
      ['RIY0N097PYR7K', 5, '2024-07-01', 'Name brand and performance', 'This is the dish liquid I always buy', 'messes dropped on the carpet'],
      ['R1RUZF3NO7Y1Q4', 5, '2024-06-05', 'Always works', 'Dawn has always been really great', 'great for the money spent.'],
      ['RO2ELDP01KALS', 5, '2024-07-06', 'Powerhouse in a bottle', 'Dawn Ultra Dishwashing Liquid Dish Soap', 'results with every wash.'],
      ['R10Z9DR9E2OT8X', 5, '2024-06-17', 'All time favorite product', 'Who can refuse Dawn dish soap', 'my pets. Great value too.'],
      ['RCHIESXHQK6', 5, '2024-07-05', 'Smells grear', 'This dish soap has a nice scent.', 'and pop top. No leakage.'],
      ['R1VAPTPR4CWOWK', 5, '2024-06-18', 'Quantity and value', 'The scent was like a fresh smell.', 'hands are soft afterwards.'],
      ['R1DA3S956E3N51', 5, '2024-05-24', 'FALSE ADVERTISING! THIS IS NOT THE ORIGINAL SCENT WHICH I PREFER! IT SMELLS WEIRD!', 'I thought this was regular sized', "things that aren't broken."],
      ['R127U9U2HU8IX7', 4, '2024-03-24', 'Effective cleaner, but strong fragrance', 'This dish soap cuts through grease', 'the scent was more subtle!'],
      ['R17KI0C8L7K5OT', 5, '2024-07-08', 'Perfect', 'Well sealed and packaged.', 'delivered this morning!'],
      ['R1P6IWGF3BKZQT', 5, '2024-07-09', 'Excellent product', 'There is nothing to dislike. This stuff is the bomb!!!!!', "cleaning up the bird and animal's."],
    ]; // prettier-ignore
    expect(s.reviews!.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
    for (const [id, rating, date, title, start, end] of rows) {
      const r = s.reviews!.find((x) => x.id === id)!;
      expect({ id, rating: r.rating, date: r.date, title: r.title }).toEqual({
        id,
        rating,
        date,
        title,
      });
      expect(r.body.startsWith(start), `${id}: ${r.body.slice(0, 60)}`).toBe(true);
      expect(r.body.endsWith(end), `${id}: ${r.body.slice(-60)}`).toBe(true);
      expect(r.productKey).toBe('B0BBPNPZTC');
      expect(r.verified).toBe(true);
    }
    expect(s.warnings).toBeUndefined();
  });

  it('names the product from the page header: title, average rating and rating count, no price', () => {
    // <a data-hook="product-link" href="/Dawn-Ultra-…/dp/B0BBPNPZTC/ref=cm_cr_arp_d_product_top?ie=UTF8">,
    // "4.8 out of 5", "5,849 global ratings". The page shows no price, so the listing has none (not null:
    // null would mean an unreadable price and overwrite the one the product page gave).
    expect(s.listings).toEqual([
      {
        productKey: 'B0BBPNPZTC',
        title: 'Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 38 fl oz (pack of 1)',
        url: 'https://www.amazon.com/dp/B0BBPNPZTC',
        rating: 4.8,
        ratingCount: 5849,
      },
    ]);
    expect('price' in s.listings![0]!).toBe(false);
  });

  it('keeps the date sentence and the helpful votes', () => {
    const byId = Object.fromEntries(s.reviews!.map((r) => [r.id, r]));
    expect(byId.RIY0N097PYR7K!.dateText).toBe('Reviewed in the United States on July 1, 2024');
    expect(byId.RIY0N097PYR7K!.author).toBe('Tina Haskett Cambar');
    expect(byId.RIY0N097PYR7K!.helpfulVotes).toBeUndefined();
    expect(byId.R1RUZF3NO7Y1Q4!.helpfulVotes).toBe(4);
    expect(byId.RO2ELDP01KALS!.helpfulVotes).toBe(1);
    expect(byId.R1DA3S956E3N51!.helpfulVotes).toBe(22);
    expect(byId.R127U9U2HU8IX7!.helpfulVotes).toBe(16);
  });

  it('keeps only the original of a translated title, as for the body', () => {
    const name = 'reviews/Amazon.com_Customer_reviews.html';
    const html = fixtureHtml(name).replace(
      '<span>Name brand and performance</span>',
      '<span class="cr-original-review-content">Producto de marca</span><span class="cr-translated-review-content">Name brand product</span>',
    );
    expect(html).not.toBe(fixtureHtml(name));
    const out = parseDocument(
      linkedomDocument(html),
      'https://www.amazon.com/product-reviews/B0BBPNPZTC',
      '2024-07-10T00:00:00Z',
    );
    if (out.kind !== 'snapshot') throw new Error(out.kind);
    expect(out.snapshot.reviews!.find((r) => r.id === 'RIY0N097PYR7K')!.title).toBe(
      'Producto de marca',
    );
  });

  it('reads the ASIN from the page when the URL has none of its own', () => {
    const html = `<html><body><a data-hook="product-link" href="/Dawn/dp/B0BBPNPZTC/ref=x">Dawn</a>
      <div id="R1TEST000001" data-hook="review"><i data-hook="review-star-rating"><span class="a-icon-alt">2.0 out of 5 stars</span></i>
      <span data-hook="review-title"><span>Meh</span></span><span data-hook="review-date">Reviewed in the United States on July 1, 2024</span>
      <span data-hook="review-body"><span>Too thin.</span></span></div></body></html>`;
    const out = parseDocument(
      linkedomDocument(html),
      'https://www.amazon.com/product-reviews/B0BBPNPZTC',
      '2024-07-10T00:00:00Z',
    );
    expect(out.kind).toBe('snapshot');
    if (out.kind === 'snapshot') {
      expect(out.snapshot.listings).toEqual([
        { productKey: 'B0BBPNPZTC', title: 'Dawn', url: 'https://www.amazon.com/dp/B0BBPNPZTC' },
      ]);
      expect(out.snapshot.reviews).toEqual([
        {
          id: 'R1TEST000001',
          productKey: 'B0BBPNPZTC',
          rating: 2,
          title: 'Meh',
          body: 'Too thin.',
          date: '2024-07-01',
          dateText: 'Reviewed in the United States on July 1, 2024',
          verified: false,
        },
      ]);
    }
  });

  it('names no product when the header links to another product or is missing', () => {
    const card = `<div id="R1TEST000002" data-hook="review"><span data-hook="review-title"><span>Ok</span></span>
      <span data-hook="review-body"><span>Fine.</span></span></div>`;
    for (const header of [
      '<a data-hook="product-link" href="/Other/dp/B000000001/ref=x">Some other product</a>',
      '',
    ]) {
      const out = parseDocument(
        linkedomDocument(`<html><body>${header}${card}</body></html>`),
        'https://www.amazon.com/product-reviews/B0BBPNPZTC',
        '2024-07-10T00:00:00Z',
      );
      expect(out.kind).toBe('snapshot');
      if (out.kind === 'snapshot') {
        expect(out.snapshot.listings).toBeUndefined();
        expect(out.snapshot.reviews?.map((r) => r.id)).toEqual(['R1TEST000002']);
      }
    }
  });
});

describe('amazon.in legacy offer listing (B01NCE2FHK, 2017)', () => {
  const s = snapshotOf('offers/amazon-in_listing-sellers-page.html');

  it('reads the four offers with seller, price, shipping and landed price', () => {
    expect(s.pageType).toBe('offers');
    expect(s.offers).toEqual([
      {
        productKey: 'B01NCE2FHK', sellerName: 'KIDA Retail', sellerId: 'A2LDOZCORWDDHX',
        price: inr(236999), shipping: inr(0), landedPrice: inr(236999), // Prime badge: "FREE delivery"
        condition: 'New', fulfillment: 'amazon', isFeatured: false,
      },
      {
        productKey: 'B01NCE2FHK', sellerName: 'e9accessories', sellerId: 'AWO781LMQ8MJ4',
        price: inr(236999), shipping: inr(0), landedPrice: inr(236999),
        condition: 'New', fulfillment: 'amazon', isFeatured: false,
      },
      {
        productKey: 'B01NCE2FHK', sellerName: 'CONCEPT INDIA', sellerId: 'A35NJ558AFK807',
        price: inr(237499), shipping: inr(280), landedPrice: inr(237779), // "+ ₹280.00 Delivery"
        condition: 'New', fulfillment: 'merchant', isFeatured: false,
      },
      {
        productKey: 'B01NCE2FHK', sellerName: 'Kochar Computers', sellerId: 'AKBQR4OZP5SYL',
        price: inr(240990), shipping: inr(0), landedPrice: inr(240990), // "FREE Delivery."
        condition: 'New', fulfillment: 'merchant', isFeatured: false,
      },
    ]); // prettier-ignore
    expect(s.warnings).toBeUndefined();
  });

  it('takes the seller name from the logo alt text and leaves landed price unknown without shipping', () => {
    const html = `<html><body><div id="olpOfferList">
      <div class="a-row a-spacing-mini olpOffer" role="row">
        <div class="olpPriceColumn"><span class="olpOfferPrice">$ 24.99</span><p class="olpShippingInfo"><span class="a-color-secondary"></span></p></div>
        <div class="olpConditionColumn"><span class="olpCondition">Used - Good</span></div>
        <div class="olpSellerColumn"><h3 class="olpSellerName"><img alt="Amazon.com" src="https://images-na.ssl-images-amazon.com/images/I/01dXM-J1oeL.gif"></h3></div>
      </div>
      <div class="a-row a-spacing-mini olpOffer" role="row">
        <div class="olpPriceColumn"><span class="olpOfferPrice">--</span><p class="olpShippingInfo"><span class="a-color-secondary">+ <span class="olpShippingPrice">$5.49</span> shipping</span></p></div>
        <div class="olpSellerColumn"><h3 class="olpSellerName"><span><a href="/gp/aag/main?seller=A1EXAMPLE0001">Relay Shack</a></span></h3></div>
      </div></div></body></html>`;
    const out = parseDocument(
      linkedomDocument(html),
      'https://www.amazon.com/gp/offer-listing/B0057OC5O8',
      '2024-03-05T08:00:00Z',
    );
    expect(out.kind).toBe('snapshot');
    if (out.kind !== 'snapshot') return;
    expect(out.snapshot.offers).toEqual([
      {
        productKey: 'B0057OC5O8', sellerName: 'Amazon', price: { amount: 24.99, currency: 'USD' },
        shipping: null, landedPrice: null, condition: 'Used - Good', isFeatured: false,
      },
      {
        productKey: 'B0057OC5O8', sellerName: 'Relay Shack', sellerId: 'A1EXAMPLE0001', price: null,
        shipping: { amount: 5.49, currency: 'USD' }, landedPrice: null, isFeatured: false,
      },
    ]); // prettier-ignore
    expect(out.snapshot.warnings).toEqual([
      'offer 1 (Amazon): unreadable shipping',
      'offer 2 (Relay Shack): unreadable price "--": no price shown',
    ]);
  });
});

describe('shipping text', () => {
  const us = { currencyHint: 'USD', locale: 'en-US' };
  const de = { currencyHint: 'EUR', locale: 'de-DE' };
  const jp = { currencyHint: 'JPY', locale: 'ja-JP' };
  const india = { currencyHint: 'INR', locale: 'en-IN' };
  it.each([
    // Never a day of the delivery date.
    ['Delivery Tuesday, March 11', us, null],
    ['Arrives Mar 10 - 14, $5.99 shipping', us, 5.99],
    ['お届け日時: 3月8日 配送料 ¥410', jp, 410],
    ['お届け日時: 3月8日 配送料 410', jp, 410],
    ['Lieferung 8. - 11. März', de, null],
    ['Lieferung 8. - 11. März: 3,99 €', de, 3.99],
    ['$5.99 delivery March 10 - 14', us, 5.99],
    ['+ Rs. 280.00 Delivery', india, 280],
    ['Versand: 4,50', de, 4.5],
    ['3,99 €', de, 3.99],
    // Free only when it qualifies delivery or shipping.
    ['Free Returns', us, null],
    ['FREE Returns · $5.99 shipping', us, 5.99],
    ['FREE delivery Tuesday, March 12 on orders over $35', us, 0],
    ['Eligible for FREE Shipping', us, 0],
    ['FREE Prime delivery', us, 0],
    ['FREE Delivery.', india, 0],
    ['KOSTENLOSE Lieferung Mittwoch, 6. März', de, 0],
    ['KOSTENLOSE', de, 0],
    ['FREE', us, 0],
    ['Livraison GRATUITE', { currencyHint: 'EUR' }, 0],
    ['無料配送 3月8日', jp, 0],
    ['配送料無料', jp, 0],
    ['', us, null],
  ])('%j → %s', (text, opts, amount) =>
    expect(readShipping(text, opts)?.amount ?? null).toBe(amount),
  );
});

describe('seller names', () => {
  it.each([
    ['Acme Supply Co.', 'Acme Supply Co.'],
    ['Relay World & Co.', 'Relay World & Co.'],
    ['Widgets Inc.', 'Widgets Inc.'],
    ['Ricambi S.p.A.', 'Ricambi S.p.A.'],
    ['Tiendas Sol S.L.', 'Tiendas Sol S.L.'],
    ['John Q.', 'John Q.'],
    ['Relay Shack.', 'Relay Shack'], // a sentence end, not part of the name
    ['  Relay   Shack ', 'Relay Shack'],
    ['Amazon EU S.à r.l.', 'Amazon'],
    ['Amazon EU S.à r.l', 'Amazon'],
    ['Amazon.com Services LLC', 'Amazon'],
    ['Amazon.com', 'Amazon'],
    ['Amazon.com.', 'Amazon'],
    ['Amazon.co.uk', 'Amazon'],
    ['amazon.de', 'Amazon'],
    ['Amazon Warehouse', 'Amazon Warehouse'],
  ])('%j → %j', (raw, name) => expect(normalizeSellerName(raw)).toBe(name));
});
