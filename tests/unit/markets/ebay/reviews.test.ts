/**
 * eBay reviews on their hand-made fixtures (tests/fixtures/ebay/reviews/ and product/, provenance in
 * each page's header and SOURCE.txt): the Feedback profile's URLs, the 2022– card list and the
 * 2020–2023 table, the positive/neutral/negative → 5/3/1 mapping and what the review alerts make of
 * it, entries left out (no item, left by a seller, automated), ids that survive the time bucket moving
 * on, the entries joining the item page's listing; the item page's catalogue reviews and seller
 * feedback about the item, and the catalogue product's review page (/urw/). Parsed through the real registry (parseDocument) with
 * linkedom, as the CLI does, and with jsdom; variants of a fixture are edits of its text in memory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { ebay } from '../../../../lib/markets/ebay';
import {
  ebayFeedbackUserFromUrl,
  ebayProductReviewsFromUrl,
} from '../../../../lib/markets/ebay/match';
import { FEEDBACK_RATING, feedbackKind } from '../../../../lib/markets/ebay/feedback';
import { complaintSeverity } from '../../../../lib/alerts/review-alerts';
import { ingestSnapshot } from '../../../../lib/db/ingest';
import type { ReviewRecord } from '../../../../lib/db/types';
import { defaultSettings } from '../../../../lib/schemas/settings';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';
import { freshDb } from '../../helpers';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/ebay/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';

const CARDS = 'reviews/feedback-profile-all_www-ebay-com.html';
const TABLE = 'reviews/feedback-profile-table-seller_www-ebay-co-uk.html';
const BROKEN = 'reviews/broken-layout_www-ebay-com.html';
const URW = 'reviews/product-reviews-urw_www-ebay-com.html';
const ITEM = 'product/itm-reviews-feedback_www-ebay-com.html';
const ITEM_URL = 'https://www.ebay.com/itm/285917364021';
const URW_URL =
  'https://www.ebay.com/urw/Tidewave-Pulse-Mini-Portable-Bluetooth-Speaker/product-reviews/7025830185?_itm=285917364021';
const CARDS_URL =
  'https://www.ebay.com/fdbk/feedback_profile/tidewave_audio?filter=feedback_page:All';
const TABLE_URL =
  'https://www.ebay.co.uk/fdbk/feedback_profile/northernthread_uk?filter=feedback_page%3ARECEIVED_AS_SELLER&sort=RELEVANCE';
const MWEB_URL =
  'https://www.ebay.com/fdbk/mweb_profile?fdbkType=FeedbackReceivedAsSeller&item_id=285917364021&username=tidewave_audio&filter=feedback_page:RECEIVED_AS_SELLER&sort=RELEVANCEV2';

const html = (file: string) => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  page: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(page) : linkedomDocument(page), url, AT);
}

function snap(page: string, url: string, dom: 'linkedom' | 'jsdom' = 'linkedom'): PageSnapshot {
  const out = parseHtml(page, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

/** The page with `from` replaced by `to` (it must be there: a fixture edit that misses is a test bug). */
function edit(page: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? page.includes(from) : from.test(page);
  if (!found) throw new Error(`edit did not apply: ${String(from)}`);
  return typeof from === 'string' ? page.replaceAll(from, to) : page.replace(from, to);
}

const byAuthor = (s: PageSnapshot, author: string): ReviewSnapshot =>
  s.reviews!.find((r) => r.author === author)!;

describe('Feedback profile URLs', () => {
  it.each([
    ['https://www.ebay.com/fdbk/feedback_profile/tidewave_audio', 'tidewave_audio'],
    [CARDS_URL, 'tidewave_audio'],
    [TABLE_URL, 'northernthread_uk'],
    [
      'https://www.ebay.de/fdbk/feedback_profile/kamerakiste_berlin/?_trksid=p2047675.m3561',
      'kamerakiste_berlin',
    ],
    ['https://www.ebay.com.au/fdbk/feedback_profile/aussie.deals-2024', 'aussie.deals-2024'],
    [
      'https://www.ebay.fr/fdbk/feedback_profile/oldpapergallery?filter=feedback_page:All',
      'oldpapergallery',
    ],
    [MWEB_URL, 'tidewave_audio'],
    // http: read by the CLI as the page it names; the content script asks for https pages only.
    ['http://www.ebay.com/fdbk/feedback_profile/tidewave_audio', 'tidewave_audio'],
  ])('%s is the Feedback profile of %s (ebay/reviews)', (url, user) => {
    expect(ebayFeedbackUserFromUrl(new URL(url))).toBe(user);
    expect(matchUrl(url)).toMatchObject({
      market: 'ebay',
      pageType: 'reviews',
      parserId: 'ebay/reviews',
    });
  });

  it.each([
    'https://www.ebay.com.evil.io/fdbk/feedback_profile/tidewave_audio',
    'https://ebay.com.evil.io/fdbk/feedback_profile/tidewave_audio',
    'https://ebay.com/fdbk/feedback_profile/tidewave_audio',
    'https://feedback.ebay.com/fdbk/feedback_profile/tidewave_audio',
    'https://www.ebay.cn/fdbk/feedback_profile/tidewave_audio',
    'https://www.ebay.com/fdbk/feedback_profile/',
    'https://www.ebay.com/fdbk/feedback_profile/tidewave_audio/extra',
    'https://www.ebay.com/fdbk/feedback_profile/bad%20name',
    'https://www.ebay.com/fdbk/mweb_profile?item_id=285917364021',
    'https://www.ebay.com/fdbk/leave_feedback?item_id=285917364021',
    'https://www.ebay.com/usr/tidewave_audio',
  ])('%s is not a Feedback profile', (url) => {
    expect(matchUrl(url)?.parserId ?? null).not.toBe('ebay/reviews');
  });

  it('asks for the feedback pages on every eBay site, https only', () => {
    const fdbk = ebay.matches.filter((m) => m.includes('/fdbk/'));
    expect(fdbk).toHaveLength(14);
    expect(fdbk).toContain('https://www.ebay.com/fdbk/*');
    expect(fdbk).toContain('https://www.ebay.co.uk/fdbk/*');
    for (const m of fdbk) expect(m).toMatch(/^https:\/\/www\.ebay\.[a-z.]+\/fdbk\/\*$/);
  });
});

describe('ebay/reviews: the card list (2022–)', () => {
  it.each(['linkedom', 'jsdom'] as const)('reads every entry with %s', (dom) => {
    const s = snap(html(CARDS), CARDS_URL, dom);
    expect(s.pageType).toBe('reviews');
    expect(s.listings).toBeUndefined();
    expect(s.reviews).toHaveLength(6);
    expect(s.reviews!.map((r) => [r.author, r.productKey, r.rating, r.dateText])).toEqual([
      ['b***r', '285917364021', 5, 'Past month'],
      ['k***n', '285917364021', 1, 'Past month'],
      ['2***a', '285918800112', 3, 'Past 6 months'],
      ['m***m', '285918800112', 5, 'Past 6 months'],
      ['j***o', '285920045567', 1, 'Past year'],
      ['b***r', '285917364021', 5, 'More than a year ago'],
    ]);
    expect(s.reviews![0]).toEqual({
      id: s.reviews![0]!.id,
      productKey: '285917364021',
      rating: 5,
      title: '',
      body: 'Fast shipping, well packed. Speaker sounds great for the price. Would buy again!',
      date: null,
      dateText: 'Past month',
      author: 'b***r',
      verified: true,
      productTitle: 'Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Black',
    });
    expect(s.reviews![0]!.id).toMatch(/^ebay-fb-[0-9a-f]{16}$/);
    expect(new Set(s.reviews!.map((r) => r.id)).size).toBe(6);
    // No "Verified purchase" line: the field is left out, not false.
    expect(byAuthor(s, '2***a')).not.toHaveProperty('verified');
    expect(s.warnings).toEqual([
      '1 feedback entry naming no item left out',
      '2 entries left by sellers or by eBay (automated feedback) left out',
    ]);
  });

  it("leaves the seller's reply out of the buyer's comment: the seller's words are not the buyer's", () => {
    const negative = byAuthor(snap(html(CARDS), CARDS_URL), 'k***n');
    expect(negative.body).toBe(
      'Arrived 3 weeks late, box crushed and the speaker rattles. Seller slow to reply.',
    );
    expect(JSON.stringify(snap(html(CARDS), CARDS_URL))).not.toContain('replacement shipped');
  });

  it("appends a buyer's follow-up, labelled, but not a seller's reply inside it", () => {
    let page = edit(
      html(CARDS),
      '<div class="fdbk-container__details__item-link"><span>Tidewave Pulse Max',
      '<div class="fdbk-container__details__follow-up"><span>Replacement arrived, all good now.</span>' +
        '<div class="fdbk-container__details__reply"><span>Glad to hear it!</span></div></div>' +
        '<div class="fdbk-container__details__item-link"><span>Tidewave Pulse Max',
    );
    page = edit(
      page,
      '<span class="fdbk-container__details__reply__label">Reply by tidewave_audio:</span> ',
      '',
    );
    const s = snap(page, CARDS_URL);
    expect(byAuthor(s, '2***a').body).toBe(
      "Item as described, but shipping took 12 days. Communication was OK.\n\nBuyer's follow-up: Replacement arrived, all good now.",
    );
    expect(byAuthor(s, 'k***n').body).not.toContain('Sorry');
    // A follow-up completes the entry, it is not a new entry: its id does not change.
    const before = snap(html(CARDS), CARDS_URL);
    expect(byAuthor(s, '2***a').id).toBe(byAuthor(before, '2***a').id);
    expect(byAuthor(s, 'k***n').id).toBe(byAuthor(before, 'k***n').id);
  });

  it('keeps markup typed into a comment as plain text, and never the text of a script', () => {
    const hostile = byAuthor(snap(html(CARDS), CARDS_URL), 'm***m');
    expect(hostile.body).toBe('<script>alert("A+++")</script> Great seller, genuine product.');
    expect(hostile.body).not.toContain('document.title');
  });

  it('reads an ended item by the "(#id)" after its title when there is no link', () => {
    const neutral = byAuthor(snap(html(CARDS), CARDS_URL), '2***a');
    expect(neutral.productKey).toBe('285918800112');
  });

  it('gives an entry one id whatever its time bucket and the buyer score say', () => {
    const before = snap(html(CARDS), CARDS_URL);
    const later = snap(
      edit(
        edit(html(CARDS), '<span>Past month</span>', '<span>Past 6 months</span>'),
        'b***r (42)',
        'b***r (43)',
      ),
      CARDS_URL,
    );
    expect(later.reviews!.map((r) => r.id)).toEqual(before.reviews!.map((r) => r.id));
    expect(later.reviews![0]!.dateText).toBe('Past 6 months');
  });

  it('reads a real date where a page shows one', () => {
    const s = snap(
      edit(html(CARDS), '<span>More than a year ago</span>', '<span>Mar 3, 2024</span>'),
      CARDS_URL,
    );
    expect(s.reviews![5]).toMatchObject({ date: '2024-03-03', dateText: 'Mar 3, 2024' });
  });

  it('keeps an entry whose icon names no rating, with rating null and a warning', () => {
    const page = edit(
      html(CARDS),
      '<svg class="icon icon--feedback-neutral" focusable="false" role="img" data-test-id="shared-feedback-component-NEUTRAL" data-test-type="neutral" aria-label="Neutral feedback rating">',
      '<svg class="icon icon--star" focusable="false" role="img" aria-label="Rating">',
    );
    const s = snap(page, CARDS_URL);
    const neutral = byAuthor(s, '2***a');
    expect(neutral.rating).toBeNull();
    expect(s.warnings).toContain(
      `feedback ${neutral.id}: unreadable rating (positive, neutral, negative)`,
    );
  });

  it('reads the same list at /fdbk/mweb_profile', () => {
    const profile = snap(html(CARDS), CARDS_URL);
    const mweb = snap(html(CARDS), MWEB_URL);
    expect(mweb.reviews).toEqual(profile.reviews);
  });

  it.each([
    'https://www.ebay.com/fdbk/feedback_profile/tidewave_audio?filter=feedback_page:RECEIVED_AS_BUYER',
    'https://www.ebay.com/fdbk/feedback_profile/tidewave_audio?filter=feedback_page%3ALEFT_FOR_OTHERS',
    'https://www.ebay.com/fdbk/mweb_profile?fdbkType=FeedbackReceivedAsBuyer&username=tidewave_audio',
  ])('reads nothing on a tab that is not about the member’s items: %s', (url) => {
    const s = snap(html(CARDS), url);
    expect(s.reviews).toEqual([]);
    expect(s.warnings![0]).toMatch(/only feedback received as a seller is read/);
  });

  it('a list without entries yet is zero reviews and a warning, not a failure', () => {
    const empty = html(CARDS).replace(/<!--F#f_12\[0\]-->[\s\S]*<!--F\/-->\n\s*<\/ul>/, '</ul>');
    const s = snap(empty, CARDS_URL);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual(['no feedback entries on the page (none yet, or not rendered yet)']);
  });
});

describe('ebay/reviews: the table (2020–2023)', () => {
  it.each(['linkedom', 'jsdom'] as const)('reads every row with %s, never the notice', (dom) => {
    const s = snap(html(TABLE), TABLE_URL, dom);
    expect(s.reviews!.map((r) => [r.author, r.productKey, r.rating, r.dateText, r.body])).toEqual([
      [
        'h***y',
        '166234509871',
        5,
        'Past month',
        'Lovely quality cotton, true to size. Quick postage to Leeds. Thank you!',
      ],
      [
        't***e',
        '166234509871',
        1,
        'Past month',
        'Shrank two sizes after the first wash. Poor quality, asked for a refund.',
      ],
      [
        'c***l',
        '166234509871',
        3,
        'Past 6 months',
        'Colour darker than the photos. Postage was fine.',
      ],
      ['a***a', '166234509999', 5, 'Past year', 'Perfect, exactly as described.'],
    ]);
    expect(s.reviews!.every((r) => r.date === null && r.verified === undefined)).toBe(true);
    expect(s.warnings).toBeUndefined();
  });

  it('reads the row time by its text, wherever the cell is', () => {
    const moved = html(TABLE).replace(
      /(<td><div class="card__from">[\s\S]*?<\/td>)\s*(<td><div><span>Past month<\/span><\/div><\/td>)/,
      '$2$1',
    );
    expect(moved).not.toBe(html(TABLE));
    expect(snap(moved, TABLE_URL).reviews![0]!.dateText).toBe('Past month');
  });
});

describe('ebay/reviews: layouts we cannot read', () => {
  it('reports a redesigned page as failed', () => {
    expect(
      parseHtml(html(BROKEN), 'https://www.ebay.com/fdbk/feedback_profile/tidewave_audio'),
    ).toMatchObject({
      kind: 'failed',
      match: { parserId: 'ebay/reviews' },
      error: expect.stringMatching(/no feedback list/),
    });
  });

  it('reports entries none of which can be read as failed', () => {
    const page = html(CARDS)
      .replaceAll('fdbk-container__details__comment', 'fdbk-entry-text')
      .replace(/<div class="fdbk-container__details__info__icon">[\s\S]*?<\/div>/g, '');
    expect(parseHtml(page, CARDS_URL)).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/9 feedback entries on the page but none could be read/),
    });
  });

  it('skips a sign-in page or a bot check served at the profile’s address', () => {
    expect(parseHtml(html('blocked/signin_signin-ebay-com.html'), CARDS_URL)).toEqual({
      kind: 'blocked',
      reason: 'sign-in',
      match: { market: 'ebay', pageType: 'reviews', parserId: 'ebay/reviews' },
    });
    expect(parseHtml(html('blocked/captcha_www-ebay-com.html'), CARDS_URL)).toMatchObject({
      kind: 'blocked',
      reason: 'captcha',
    });
    const check = `https://www.ebay.com/splashui/challenge?ap=1&ru=${encodeURIComponent(CARDS_URL)}`;
    expect(parseHtml(html('blocked/challenge_www-ebay-com.html'), check)).toMatchObject({
      kind: 'blocked',
      reason: 'robot-check',
      match: { parserId: 'ebay/reviews' },
    });
  });

  it('does not take the profile (with its "Sign in" link) for an interstitial', () => {
    expect(parseHtml(html(CARDS), CARDS_URL).kind).toBe('snapshot');
    expect(parseHtml(html(TABLE), TABLE_URL).kind).toBe('snapshot');
  });
});

/** A stored feedback entry as the classifier leaves it. */
const stored = (rating: number, label: ReviewRecord['label']): ReviewRecord => ({
  id: 'ebay:ebay-fb-1',
  market: 'ebay',
  reviewId: 'ebay-fb-1',
  listingId: 'ebay:285917364021',
  productKey: '285917364021',
  rating,
  title: '',
  body: 'x',
  date: null,
  dateText: 'Past month',
  firstSeen: AT,
  label,
  aspects: [],
});

describe('positive / neutral / negative as ratings', () => {
  it.each([
    ['Positive feedback rating', 'positive'],
    ['shared-feedback-component-NEUTRAL', 'neutral'],
    ['icon icon--feedback-negative', 'negative'],
    ['Positive Bewertung', 'positive'],
    ['Évaluation négative', 'negative'],
    ['Valutazione neutra', 'neutral'],
    ['Opinia pozytywna', 'positive'],
    ['Rating', null],
  ])('%s names %s', (text, kind) => {
    expect(feedbackKind(text)).toBe(kind);
  });

  it('a negative always complains, a neutral when its text does, a positive never by its stars', () => {
    expect(complaintSeverity(stored(FEEDBACK_RATING.negative, 'positive'))).toBe('warning');
    expect(complaintSeverity(stored(FEEDBACK_RATING.negative, 'unknown'))).toBe('warning');
    expect(complaintSeverity(stored(FEEDBACK_RATING.neutral, 'negative'))).toBe('warning');
    expect(complaintSeverity(stored(FEEDBACK_RATING.neutral, 'neutral'))).toBeNull();
    expect(complaintSeverity(stored(FEEDBACK_RATING.positive, 'negative'))).toBe('info');
    expect(complaintSeverity(stored(FEEDBACK_RATING.positive, 'positive'))).toBeNull();
  });
});

describe('feedback joins the item page', () => {
  it('stores each entry under the listing of the item it names', async () => {
    const db = freshDb();
    const settings = { ownSellers: defaultSettings.ownSellers };
    const item = snap(
      html('product/itm-new-free-shipping_www-ebay-com.html'),
      'https://www.ebay.com/itm/285917364021',
    );
    await ingestSnapshot(db, item, { key: 'k-item', settings });
    const feedback = snap(html(CARDS), CARDS_URL);
    await ingestSnapshot(
      db,
      { ...feedback, capturedAt: '2026-11-20T10:05:00Z' },
      { key: 'k-fdbk', settings },
    );
    const reviews = await db.reviews.where('listingId').equals('ebay:285917364021').toArray();
    // The item page's own catalogue review (m***k) and the profile's three entries about the item.
    expect(reviews.map((r) => r.author).toSorted()).toEqual(['b***r', 'b***r', 'k***n', 'm***k']);
    expect((await db.listings.get('ebay:285917364021'))?.title).toMatch(/^Tidewave Pulse Mini/);
    // The other items' listings are created from their ids, named by the entries' item titles.
    expect(await db.listings.get('ebay:285918800112')).toMatchObject({
      productKey: '285918800112',
      title: 'Tidewave Pulse Max Bluetooth Speaker 30W Stereo Pair IPX7 Blue',
    });
    // A second visit stores nothing twice.
    await ingestSnapshot(
      db,
      { ...feedback, capturedAt: '2026-11-21T10:05:00Z' },
      { key: 'k-fdbk-2', settings },
    );
    expect(await db.reviews.count()).toBe(7);
  });

  it('names a listing by an entry’s item title only when it has no title', async () => {
    const db = freshDb();
    const settings = { ownSellers: defaultSettings.ownSellers };
    await ingestSnapshot(
      db,
      snap(
        html('product/itm-new-free-shipping_www-ebay-com.html'),
        'https://www.ebay.com/itm/285917364021',
      ),
      { key: 'k-item', settings },
    );
    const feedback = snap(html(CARDS), CARDS_URL);
    const renamed = {
      ...feedback,
      capturedAt: '2026-11-20T10:05:00Z',
      reviews: feedback.reviews!.map((r) => ({ ...r, productTitle: `Renamed ${r.productKey}` })),
    };
    await ingestSnapshot(db, renamed, { key: 'k-fdbk', settings });
    expect((await db.listings.get('ebay:285917364021'))?.title).toMatch(/^Tidewave Pulse Mini/);
    expect((await db.listings.get('ebay:285920045567'))?.title).toBe('Renamed 285920045567');
  });
});

describe('ebay/product: the reviews on the item page', () => {
  it.each(['linkedom', 'jsdom'] as const)(
    'reads the catalogue reviews and the feedback about this item with %s',
    (dom) => {
      const s = snap(html(ITEM), ITEM_URL, dom);
      expect(s.listings![0]).toMatchObject({
        productKey: '285917364021',
        price: { amount: 24.99 },
      });
      expect(
        s.reviews!.map((r) => [r.id.slice(0, 8), r.author, r.rating, r.date, r.dateText]),
      ).toEqual([
        ['ebay-rv-', 'm***k', 5, '2025-10-03', 'Oct 03, 2025'],
        ['ebay-rv-', 'd***0', 2, '2025-08-21', 'Aug 21, 2025'],
        ['ebay-rv-', 's***h', 4, '2025-06-02', 'Jun 02, 2025'],
        ['ebay-fb-', 'b***r', 5, null, 'Past month'],
        ['ebay-fb-', 'k***n', 1, null, 'Past month'],
        ['ebay-fb-', 'w***t', 3, null, 'Past 6 months'],
      ]);
      expect(s.reviews!.every((r) => r.productKey === '285917364021')).toBe(true);
      expect(s.reviews![0]).toEqual({
        id: s.reviews![0]!.id,
        productKey: '285917364021',
        rating: 5,
        title: 'Loud for its size',
        body: 'Paired in seconds with my phone.\nBattery lasted a full weekend camping trip.\nUS $24.99 well spent.',
        date: '2025-10-03',
        dateText: 'Oct 03, 2025',
        author: 'm***k',
        verified: true,
        helpfulVotes: 14,
      });
      // "Verified purchase: No" is not verified; a review with stars and no text is kept as it is.
      expect(s.reviews![1]).not.toHaveProperty('verified');
      expect(s.reviews![2]).toMatchObject({ title: '', body: '', rating: 4 });
      expect(s.warnings).toEqual([
        "1 seller feedback entry about other items left out (the seller's Feedback profile reads them)",
        '1 automated or seller-left feedback entry left out',
      ]);
    },
  );

  it('gives a feedback entry the same id on the item page and the Feedback profile', async () => {
    const item = snap(html(ITEM), ITEM_URL);
    const profile = snap(html(CARDS), CARDS_URL);
    expect(byAuthor(item, 'b***r').id).toBe(byAuthor(profile, 'b***r').id);
    expect(byAuthor(item, 'k***n').id).toBe(byAuthor(profile, 'k***n').id);
    const db = freshDb();
    const settings = { ownSellers: defaultSettings.ownSellers };
    await ingestSnapshot(db, item, { key: 'k-item', settings });
    await ingestSnapshot(
      db,
      { ...profile, capturedAt: '2026-11-20T10:05:00Z' },
      { key: 'k-fdbk', settings },
    );
    // 6 from the item page, 6 from the profile, 2 of them the same entries.
    expect(await db.reviews.count()).toBe(10);
  });

  it('keeps the "This item" panel by its tab label when the tracking data is gone', () => {
    const page = html(ITEM).replace(
      /<div data-track='\{"eventFamily":"ITM","eventAction":"ACTN","fdbk_tab":"ITEM"\}'[^>]*><\/div>/,
      '',
    );
    expect(page).not.toBe(html(ITEM));
    expect(snap(page, ITEM_URL).reviews).toHaveLength(6);
    const unlabelled = edit(page, '<span>This item (3)</span>', '<span>Recent (3)</span>');
    const s = snap(unlabelled, ITEM_URL);
    // Without either, the panel's entries (which name no item) are not taken for this item's.
    expect(s.reviews!.map((r) => r.author)).toEqual(['m***k', 'd***0', 's***h', 'b***r', 'w***t']);
  });

  it('reports review cards none of which can be read as failed', () => {
    const page = html(ITEM)
      .replaceAll('review-item-content', 'rvw-text')
      .replaceAll('itemprop="reviewBody"', '')
      .replaceAll(/<meta itemprop="ratingValue" content="\d">/g, '')
      .replaceAll(/ aria-label="\d\.0 out of 5 stars\." title="\d\.0 out of 5 stars\."/g, '')
      .replaceAll('<i class="fullStar"></i>', '');
    expect(parseHtml(page, ITEM_URL)).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/3 product review cards on the page but none could be read/),
    });
  });

  it('an item page without reviews reads no reviews and warns of nothing', () => {
    const s = snap(
      html('product/itm-used-paid-shipping_www-ebay-de.html'),
      'https://www.ebay.de/itm/405512873309',
    );
    expect(s.reviews).toBeUndefined();
    expect(s.warnings).toBeUndefined();
  });
});

describe('ebay/reviews: a catalogue product review page (/urw/)', () => {
  it.each([
    [URW_URL, { epid: '7025830185', item: '285917364021' }],
    [
      'https://www.ebay.com/urw/product-reviews/7025830185?_itm=285917364021&pgn=2',
      { epid: '7025830185', item: '285917364021' },
    ],
    [
      'https://www.ebay.co.uk/urw/Some-Product/product-reviews/2254139022',
      { epid: '2254139022', item: null },
    ],
    [
      'https://www.ebay.com/urw/Some-Product/product-reviews/2254139022?_itm=abc',
      { epid: '2254139022', item: null },
    ],
  ])('%s names %o', (url, page) => {
    expect(ebayProductReviewsFromUrl(new URL(url))).toEqual(page);
    expect(matchUrl(url)).toMatchObject({ pageType: 'reviews', parserId: 'ebay/reviews' });
  });

  it.each([
    'https://www.ebay.com.evil.io/urw/Some-Product/product-reviews/2254139022',
    'https://www.ebay.com/urw/Some-Product/reviews/2254139022',
    'https://www.ebay.com/p/7025830185',
  ])('%s is not one', (url) => {
    expect(ebayProductReviewsFromUrl(new URL(url))).toBeNull();
  });

  it.each(['linkedom', 'jsdom'] as const)(
    'reads every review under the item it was opened from (%s)',
    (dom) => {
      const s = snap(html(URW), URW_URL, dom);
      expect(
        s.reviews!.map((r) => [
          r.productKey,
          r.author,
          r.rating,
          r.date,
          r.verified ?? false,
          r.helpfulVotes ?? null,
          r.title,
        ]),
      ).toEqual([
        ['285917364021', 'm***k', 5, '2025-10-03', true, 14, 'Loud for its size'],
        ['285917364021', 'q***z', 1, '2025-09-14', true, 1024, 'Not waterproof'],
        ['285917364021', 'e***y', 3, '2025-07-30', false, null, 'OK for the money'],
      ]);
      expect(s.reviews![1]!.body).toBe(
        'Dropped it in the pool for two seconds and it died. IPX7 claim is false. The seller refused a return.',
      );
      expect(s.warnings).toBeUndefined();
      // The review the item page shows too has the same id there.
      expect(s.reviews![0]!.id).toBe(snap(html(ITEM), ITEM_URL).reviews![0]!.id);
    },
  );

  it('keeps nothing when the address names no item: an ePID joins no listing', () => {
    const s = snap(
      html(URW),
      'https://www.ebay.com/urw/Tidewave-Pulse-Mini/product-reviews/7025830185',
    );
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      'the reviews of catalogue product 7025830185 name no item (no _itm= in the address): not kept, they would join no listing',
    ]);
  });

  it('reads a date from the datePublished attribute when the shown date is not one', () => {
    const s = snap(
      edit(
        html(URW),
        '<span class="review-item-date">Jul 30, 2025</span>',
        '<span class="review-item-date">Recently</span>',
      ),
      URW_URL,
    );
    expect(s.reviews![2]).toMatchObject({ date: '2025-07-30', dateText: 'Recently' });
  });

  it('reports a page without a review list as failed, an empty list as no reviews', () => {
    expect(parseHtml(html(BROKEN), URW_URL)).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/no review list/),
    });
    const empty = html(URW).replace(
      /<div class="reviews">[\s\S]*?<div class="pagination">/,
      '<div class="reviews"></div><div class="pagination">',
    );
    expect(snap(empty, URW_URL)).toMatchObject({
      reviews: [],
      warnings: ['no reviews on the page'],
    });
  });
});
