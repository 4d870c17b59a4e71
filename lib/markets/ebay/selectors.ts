/**
 * Every eBay item-page, Seller Hub and interstitial selector, in one place. Lists are fallbacks tried
 * in order, newest first, each dated by when a public source shows it. No real saved eBay page is
 * available here: the sources are public scrapers, extensions and their tests that read the rendered
 * pages (tests/fixtures/ebay/<page-type>/SOURCE.txt).
 *
 *   item page (2022–2026, the "evo" view-item page, Marko-rendered `vim` modules): the title
 *     `h1.x-item-title__mainTitle > span.ux-textspans`, the price `.x-price-primary > span.ux-textspans`
 *     in `.x-price-section` (2023–) or `.x-bin-price__content` (2021–2023; auctions also
 *     `.x-bid-price`), the converted price beside it `.x-price-approx` (never the price), the struck
 *     "was" price `.ux-textspans--STRIKETHROUGH`, the condition `.x-item-condition-text`, the seller
 *     card `.x-sellercard-atf__info__about-seller` (name, in a `title` attribute and a bold span) with
 *     its feedback score and percentage, shipping in `.d-shipping-minview .ux-labels-values--shipping`,
 *     item specifics as `dl.ux-labels-values` (2024–, `dt`/`dd`) or `div.ux-labels-values` with
 *     `__labels-content`/`__values-content` (2022–2023), product ratings `.ux-summary__start--rating`
 *     and `.ux-summary__count`. Screen-reader text sits in `.clipped` spans everywhere.
 *   item page (–2021, the classic page): `h1#itemTitle` ("Details about  …"), `#prcIsum`,
 *     `.mbg-nw` (seller), `#fshippingCost`, `#vi-itm-cond`.
 *   Seller Hub Active listings (2019–2026): a `.shui-dt` data table, one `tbody` per listing whose
 *     first row is `tr.grid-row[data-id="<item id>"]`, cells `td.shui-dt-column__<column>` (title,
 *     listingSKU, price, availableQuantity, visitCount, watchCount, …) in the order the seller chose
 *     ("Customize table"), values in `.shui-dt--text-column`, the price in `.col-price__current` with
 *     the format in `.col-price__purchase-option`, inline-editable quantity and price.
 */

/** Screen-reader-only text inside eBay's markup ("Opens in a new window or tab", "Link. Views …"). */
export const CLIPPED = '.clipped, .ux-textspans--CLIPPED';

export const productSelectors = {
  title: [
    'h1.x-item-title__mainTitle', // 2021–2026
    '[data-testid="x-item-title"] h1', // 2022–2026
    'h1#itemTitle', // classic (–2021), text starts "Details about"
    'h1.it-ttl', // classic
  ],
  /**
   * The buy box's price, first the Buy It Now price of a listing that has one (an auction with Buy It
   * Now shows the current bid too), then any primary price (fixed price, or an auction's current bid).
   * The buy box comes first in the page; the similar-items carousels below it print their prices in
   * other components.
   */
  binPrice: [
    '.x-bin-price .x-price-primary', // 2021–2026
    '.x-bin-price__content', // 2021–2023
  ],
  price: [
    '[data-testid="x-price-primary"]', // 2022–2026
    '.x-price-primary', // 2021–2026
    '#prcIsum', // classic
    '#mm-saleDscPrc', // classic, markdown sale
    '#prcIsum_bidPrice', // classic auction
  ],
  /** An auction's bid box: its price is the current bid, not a price anyone can buy at. */
  bidBox: '.x-bid-price, [data-testid="x-bid-price"], #prcIsum_bidPrice',
  /** Struck "was" prices and the converted "Approximately US $…" beside the price: never the price. */
  notThePrice:
    '.ux-textspans--STRIKETHROUGH, .x-price-approx, [data-testid="x-price-approx"], s, del, ' +
    CLIPPED,
  condition: [
    '[data-testid="x-item-condition"] .x-item-condition-text', // 2023–2026
    '.x-item-condition-text', // 2022–2026
    '#vi-itm-cond', // classic
  ],
  /** The seller card above the fold: the name, its feedback score and percentage. */
  sellerCard: [
    '.x-sellercard-atf__info__about-seller', // 2022–2026
    '[data-testid="x-sellercard-atf"]', // 2022–2026
    '.x-store-information__store-name', // 2024–2026, "About this seller" card
    '.mbg-nw', // classic
  ],
  /** The seller's bold name inside the card. */
  sellerName: '.ux-textspans--BOLD, a .ux-textspans, a',
  /** Links that name the seller's user id: "Seller's other items" (`_ssn=`), the profile (`/usr/`). */
  sellerIdLinks: [
    '.x-sellercard-atf a[href*="_ssn="]', // 2022–2026, "Seller's other items"
    '.x-sellercard-atf a[href*="/usr/"]', // 2022–2026, the profile
    '.x-store-information a[href*="_ssn="]', // 2024–2026
    '.x-store-information a[href*="/usr/"]', // 2024–2026
    '.mbg a[href*="/usr/"]', // classic
  ],
  shipping: [
    '.d-shipping-minview .ux-labels-values--shipping .ux-labels-values__values-content', // 2022–2026
    '[data-testid="d-shipping-minview"] .ux-labels-values--shipping .ux-labels-values__values', // 2022–2026
    '.ux-labels-values--shipping .ux-labels-values__values-content', // 2022–2026
    '#fshippingCost', // classic
    '#shSummary', // classic
  ],
  /** Item specifics rows: one label/value pair each. */
  specificsRow: [
    'dl.ux-labels-values', // 2024–2026 (dt/dd)
    '.ux-layout-section-evo__item .ux-labels-values', // 2023–2024
    '.ux-layout-section--features .ux-labels-values', // 2022–2023
    '#viTabs_0_is .ux-labels-values', // 2022
  ],
  specificsLabel: [
    'dt .ux-textspans',
    '.ux-labels-values__labels-content',
    '.ux-labels-values__labels',
    'dt',
  ],
  specificsValue: [
    'dd .ux-textspans',
    '.ux-labels-values__values-content',
    '.ux-labels-values__values',
    'dd',
  ],
  /** The shipping/returns rows use the same component: never item specifics. */
  notSpecifics:
    '.d-shipping-minview, .x-returns-minview, .d-payments-minview, [data-testid="d-shipping-minview"], .ux-labels-values--shipping',
  /** Product ratings (catalogue products only): "4.8" and "1,234 product ratings". */
  rating: [
    '[data-testid="x-reviews"] .ux-summary__start--rating', // 2023–2026
    '.x-reviews .ux-summary__start--rating', // 2023–2026
    '.ux-summary__start--rating', // 2022–2026
  ],
  ratingCount: [
    '[data-testid="x-reviews"] .ux-summary__count', // 2023–2026
    '.x-reviews .ux-summary__count', // 2023–2026
    '.ux-summary__count', // 2022–2026
  ],
} as const;

/** Seller Hub › Listings › Active: the rows and their cells, by column class (never by position). */
export const sellerHubSelectors = {
  row: 'tr.grid-row[data-id]',
  /** A `tr.grid-row` without its `data-id`: the row id moved, so no item can be read from it. */
  anyRow: 'tr.grid-row',
  /** The data table itself, present before its rows arrive by XHR. */
  grid: [
    '.shui-dt table[role="grid"]', // 2021–2026
    '#shlistings-cntr .shui-dt', // 2019–2026
    '.shui-dt', // 2019–2026
  ],
  cell: (column: string) => `td.shui-dt-column__${column}`,
  /** A cell's value; some cells wrap it (`.cell-wrapper > .shui-dt--text-column > div`). */
  cellText: '.shui-dt--text-column',
  titleText: ['.column-title__text a', '.column-title__text', 'a[href*="/itm/"]'],
  itemLink: 'a[href*="/itm/"]',
  priceCurrent: '.col-price__current',
  /** "Buy It Now", "or Best Offer", "Auction", "Starting bid"… under the price. */
  purchaseOption: '.col-price__purchase-option',
  /** Inline editing puts the value in an input. */
  input:
    'input[name*="availableQuantity"], input[name*="price"], input[type="text"], input[type="number"], input:not([type])',
} as const;

/** eBay's bot check and sign-in page. */
export const blockedSelectors = {
  /** The hCaptcha / captcha form of /splashui/captcha. */
  captcha: [
    'form[action*="/splashui/captcha"]',
    'iframe[src*="hcaptcha.com"]',
    'iframe[src*="/splashui/captcha"]',
    '#captcha_loading',
    '.h-captcha[data-sitekey]',
  ],
  /** The sign-in form of signin.ebay.<tld> (the user id step and the password step). */
  signIn: [
    'form#signin-form',
    'form[action*="signin.ebay."]',
    'input#userid[name="userid"]',
    '#signin-continue-btn',
    'input#pass[type="password"]',
    '#sgnBt',
  ],
  headings: ['h1', 'h2', '#areaTitle', '.page-title', '.pgHeading'],
} as const;

/**
 * Feedback entries (the seller's Feedback profile `/fdbk/feedback_profile/<user>`, the same list at
 * `/fdbk/mweb_profile`, and the item page's "Seller feedback" section), dated by the public sources in
 * tests/fixtures/ebay/reviews/SOURCE.txt:
 *
 *   cards (2022–2026): `li.fdbk-container[data-testid="feedback-cards"]` in
 *     `ul.fdbk-detail-list__cards`; the rating an `svg` in `__details__info__icon` with
 *     `data-test-type="positive|neutral|negative"`, `data-test-id="shared-feedback-component-POSITIVE"`
 *     and `aria-label="Positive feedback rating"`; the buyer `__details__info__username > span` ("b***r
 *     (42)") with a screen-reader `span.fb-clipped` "- Feedback left by buyer."; the time
 *     `__details__info__divide__time > span` ("Past month", "Past 6 months", "Past year"); "Verified
 *     purchase" in `__details__verified__purchase`; the comment `__details__comment > span`; the item
 *     `__details__item-link` ("Title (#123456789012)", a link to /itm/<id> while the listing is live).
 *     On the item page the section has two tab panels, "This item" (`#item-tabpanel-0`, tracked
 *     `"fdbk_tab":"ITEM"`, cards without an item link) and "All items".
 *   table (2020–2023): `table#feedback-cards > tbody > tr[data-feedback-id]`, the feedback in
 *     `.card__feedback-container` (`.card__rating` with the rating's aria-label, `.card__comment > span`,
 *     `.card__item` "Title (#<a>123456789012</a>)"), the buyer in `.card__from` (its role in an
 *     aria-label "Feedback left by buyer."), the price `.card__price`, the time in the row's last cell.
 *
 * Replies and follow-ups: no public source shows their markup; the reader appends to the comment any
 * element of a card whose class names a buyer's follow-up (`[class*="follow-up"]` …) and leaves out
 * one whose class names a reply (`[class*="reply"]`: the seller's words), see feedback.ts.
 */
export const feedbackSelectors = {
  card: [
    'li.fdbk-container', // 2022–2026
    '[data-testid="feedback-cards"]', // 2022–2026 (the li's test id)
    'tr[data-feedback-id]', // 2020–2023 table
  ],
  /** Where a page's feedback list lives, to tell "no feedback" from "a layout we cannot read". */
  list: [
    'ul.fdbk-detail-list__cards', // 2022–2026
    '[data-testid="x-feedback-detail-list"]', // 2022–2026
    '.fdbk-detail-list', // 2022–2026
    'table#feedback-cards', // 2020–2023
    '.fdbk-filter', // the profile's filter bar (2022–2026)
  ],
  /** The rating icon: an element naming positive / neutral / negative. */
  rating: [
    '.fdbk-container__details__info__icon [data-test-type]', // 2022–2026
    '[data-test-id^="shared-feedback-component-"]', // 2022–2026
    '.fdbk-container__details__info__icon [aria-label]', // 2022–2026
    '.card__rating [aria-label]', // 2020–2023
    '.card__rating', // 2020–2023 (class or label on the container)
    '[class*="icon--feedback-"]', // the icon's own class
  ],
  comment: [
    '.fdbk-container__details__comment', // 2022–2026
    '.card__comment', // 2020–2023
    '[data-testid^="fdbk-comment"]', // 2025 builds
  ],
  author: [
    '.fdbk-container__details__info__username', // 2022–2026
    '.card__from', // 2020–2023
  ],
  /** Screen-reader text beside the buyer's name: "- Feedback left by buyer." */
  authorRole: '.fb-clipped, .clipped, [aria-label]',
  time: [
    '.fdbk-container__details__info__divide__time', // 2022–2026
    '.card__time', // 2020–2023 (the time cell's inner div where it is classed)
  ],
  verified: [
    '.fdbk-container__details__verified__purchase', // 2022–2026
    '.card__verified', // 2020–2023 builds that show it
  ],
  item: [
    '.fdbk-container__details__item-link', // 2022–2026
    '.card__item', // 2020–2023
  ],
  /** A seller's reply (left out) and a buyer's follow-up (read) in a card (markup not confirmed). */
  reply: '[class*="reply"], [class*="Reply"]',
  followUp: '[class*="follow-up"], [class*="followup"], [class*="follow_up"], [class*="followUp"]',
  /** The item page's feedback tab panels and the tab that labels each. */
  tabPanel: '[role="tabpanel"]',
  itemTabTrack: '[data-track*="fdbk_tab"]',
} as const;

/**
 * Catalogue product reviews ("Ratings and Reviews"): reviews of the eBay catalogue product (ePID) an
 * item is matched to, shown on the item page under the rating summary (`.x-reviews`, `#UserReviews`;
 * `#rwid` and `div.reviews` on older builds) and in full on the product's review pages
 * (`/urw/<slug>/product-reviews/<epid>`). One review is a `div.ebay-review-section` (2016–2025, the
 * public scrapers in tests/fixtures/ebay/product/SOURCE.txt): `.ebay-review-section-l` with the stars
 * (`.ebay-star-rating` with an aria-label "5.0 out of 5 stars." or a title, a
 * `meta[itemprop="ratingValue"]`, or lit `i.fullStar` icons), the author `.review-item-author`
 * (`itemprop="author"`, the name in its title), the date `.review-item-date` and
 * `span[itemprop="datePublished"][content]`; `.ebay-review-section-r` with the title
 * `.review-item-title` (`itemprop="name"`), the text `.review-item-content` (`itemprop="reviewBody"`),
 * the attributes `.review-attr` ("Verified purchase: Yes", "Condition: New", "Sold by: …") and the
 * helpful votes `.positive-h-c`.
 */
export const catalogReviewSelectors = {
  card: '.ebay-review-section',
  /** Where the reviews live, to tell "no reviews" from "a layout we cannot read" on /urw/ pages. */
  section: ['.reviews', '#rwid', '#UserReviews', '.x-reviews', '.ebay-review-list'],
  stars: ['.ebay-star-rating', '.star-rating', '[itemprop="reviewRating"]'],
  ratingValue: 'meta[itemprop="ratingValue"]',
  fullStar: 'i.fullStar, .star-rating__full, [class*="star--full"]',
  author: ['.review-item-author', '[itemprop="author"]'],
  date: ['.review-item-date', '[itemprop="datePublished"]'],
  datePublished: '[itemprop="datePublished"][content]',
  title: ['.review-item-title', '[itemprop="name"]'],
  body: ['.review-item-content', '[itemprop="reviewBody"]'],
  attributeName: '.rvw-attr',
  attributeValue: '.rvw-val',
  helpful: '.positive-h-c',
} as const;
