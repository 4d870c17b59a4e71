/**
 * Every Etsy listing-page and shop-reviews selector, in one place. Lists are fallbacks tried in order.
 * No real saved Etsy page is available: the sources are public scrapers and extensions that read the
 * rendered page (tests/fixtures/etsy/product/SOURCE.txt). Dated by when a source shows them:
 *
 *   buy box      (2021–2026) `#listing-page-cart[data-buy-box-listing-id]`, the title
 *                `h1[data-buy-box-listing-title="true"]`, the price region `[data-buy-box-region="price"]`
 *                with `[data-selector="price-only"]` and `p.wt-text-title-larger` (older `p.wt-text-title-03`),
 *                each price labelled by a `.wt-screen-reader-only` span ("Price:", "Sale Price:",
 *                "Original Price:"), the struck original price `.wt-text-strikethrough`.
 *   shop         a link to `/shop/<ShopName>` in the buy box (`[data-region="shop-name-and-title"]`).
 *   reviews      (2023–2026) cards carrying `data-review-region="<review id>"`, the stars as
 *                `[role="img"][aria-label*="Rating"]` (older cards: `input[name="rating"]` and a
 *                ".wt-screen-reader-only" "5 out of 5 stars"), the text `p[id^="review-preview-toggle-"]`
 *                (deep-dive list: `.wt-text-body`), the buyer `a[href*="/people/"]`, the date in the
 *                caption line; on the listing page in two tab panels, this item's and the shop's
 *                (`#same-listing-reviews-panel`, `#same-shop-reviews-panel`), a shop review naming the
 *                item it was about by a link to `/listing/<id>`.
 *   shop reviews `/shop/<ShopName>/reviews`: `li[data-region="review"]`, `.shop2-review-attribution`
 *                ("<a>Name</a> on Jun 9, 2026"), `input[name="rating"]` / `.stars-svg`, the item in
 *                `[data-region="listing"] a[href*="/listing/"]`.
 */

export const productSelectors = {
  /** The buy box: carries the listing id. */
  buyBox: [
    '[data-buy-box-listing-id]',
    '#listing-page-cart',
    '[data-selector="listing-page-cart"]',
  ],
  title: [
    'h1[data-buy-box-listing-title]',
    '#listing-page-cart h1',
    '[data-selector="listing-page-title"]',
  ],
  /** The price region of the buy box (never the page: carousels and "more from this shop" have prices). */
  priceRegion: [
    '[data-buy-box-region="price"]',
    '#listing-page-cart [data-selector="price-only"]',
    '[data-buy-box-listing-id] [data-selector="price-only"]',
  ],
  /**
   * Price lines inside the region, in page order: the first one that is not the struck original price.
   * Never any `p` of the region: "Sale ends in 18:42:11" and the tax line sit there too.
   */
  priceLines: ['[data-selector="price-only"] p', 'p.wt-text-title-larger', 'p.wt-text-title-03'],
  /** The struck original ("was") price of a sale: never the price. */
  wasPrice: '.wt-text-strikethrough, s, del, [class*="strikethrough"]',
  /** Labels Etsy prints for screen readers in front of each price. */
  srLabel: '.wt-screen-reader-only',
  /** The shop, in the buy box: a link to `/shop/<ShopName>`. */
  shopLink: [
    '[data-region="shop-name-and-title"] a[href*="/shop/"]',
    '[data-buy-box-listing-id] a[href*="/shop/"]',
    '#listing-page-cart a[href*="/shop/"]',
  ],
  /** The footer's region / language / currency button ("United States | English (US) | $ (USD)"). */
  localeButton: [
    'footer [data-locale-settings-button]',
    'footer button[aria-label*="currency" i]',
    'footer button',
  ],
} as const;

/** Review cards, on the listing page and the shop reviews page. */
export const reviewSelectors = {
  /** A review card. `data-review-region` holds Etsy's review id, which the shop reviews page lacks: ids are hashed (parse-reviews.ts). */
  card: ['[data-review-region]', 'li[data-region="review"]', '.review-card'],
  /** Where the listing page keeps its reviews, to tell "no reviews" from "no review section". */
  section: [
    '#reviews',
    '#same-listing-reviews-panel',
    '[data-reviews-container]',
    '[data-deep-dive-reviews-container]',
  ],
  /** The listing page's tab of reviews for the shop (each naming the item it was about). */
  shopPanel: '#same-shop-reviews-panel, [data-reviews-panel="shop"]',
  rating: [
    '[role="img"][aria-label*="Rating" i]',
    '[aria-label*="Rating" i]',
    '[aria-label*="out of 5"]',
  ],
  ratingInput: 'input[name="rating"], input[name="initial-rating"]',
  ratingText: '.stars-svg .screen-reader-only, .wt-screen-reader-only, .screen-reader-only',
  body: [
    '[id^="review-preview-toggle-"]',
    '[data-review-text]',
    '.wt-content-toggle--truncated-inline-multi',
    '.prose',
    '.wt-text-body',
    '.wt-text-gray > p',
  ],
  author: ['a[href*="/people/"]', '.shop2-review-attribution a'],
  /** Lines that hold the buyer and the date ("Sarah Nov 3, 2024", "Etsy buyer on 03 Nov, 2024"). */
  meta: [
    '.shop2-review-attribution',
    '[data-review-date]',
    'time',
    '.wt-text-body-small--tight',
    '.wt-text-body-small',
    '.wt-text-caption',
  ],
  /** The item a shop review was about. */
  itemLink: ['[data-region="listing"] a[href*="/listing/"]', 'a[href*="/listing/"]'],
} as const;

/** Etsy's interstitials: DataDome's challenge and the sign-in page. */
export const blockedSelectors = {
  captcha: [
    'iframe[src*="captcha-delivery.com"]',
    'script[src*="captcha-delivery.com"]',
    '#ddv1-captcha-container',
  ],
  signIn: ['form#join-neu-form', '#join_neu_password_field', 'form[action*="/signin"]'],
} as const;

/**
 * Shop Manager's listings page (`/your/shops/me/tools/listings`), the seller's own listings. No saved
 * page is public; the sources are public automation scripts that read the rendered page
 * (tests/fixtures/etsy/inventory/SOURCE.txt): the grid shows one card per listing whose body is a link
 * to the listing editor (`a.card-body[href*="/listing-editor/edit/<id>"]`, 2023–2026) with its lines
 * "Digital", the title, "12 in stock", the price, "Auto-renews …" / "Updated on …", a checkbox "Select
 * this listing" (2024–2026) and `[data-listing-id]` on the card (2022–2026); the list view
 * (`view:table`) shows the same listings as table rows. The status tabs are radio buttons
 * `input[name="item_status"]` (`#status-active`, `#status-draft` …, 2025–2026) above the bulk-actions
 * bar `[data-region="bulk-actions"]` and the search box "Search by title, tag, or SKU".
 *
 * The card's inner markup beyond that is not shown by any source: the parser reads its lines by what
 * they say (an amount, "in stock", "SKU: …"), with the classes below only as the first place to look.
 */
export const inventorySelectors = {
  /** One listing: the card (gallery view) or the table row (list view). */
  row: ['[data-listing-id]', 'tr[data-listing]', '.listing-card'],
  /** Links that name a listing: its editor (always there), else its public page. */
  editLink: 'a[href*="/listing-editor/edit/"]',
  publicLink: 'a[href*="/listing/"]',
  /** Where a card's title is kept, when it is marked. */
  title: ['[data-region="listing-title"]', '.card-title', '[class*="listing-title"]', 'h2', 'h3'],
  /** A card's lines (stock, price, SKU, renewal), each its own element. */
  metaItem:
    '[data-region="listing-price"], [data-region="listing-stock"], [data-region="listing-sku"], .card-meta-row-item',
  metaRow: '.card-meta-row',
  /**
   * Etsy's money markup everywhere on the site (2019–2026): `<span class="currency-symbol">$</span>
   * <span class="currency-value">24.00</span>`; the price is the text of the value's parent.
   */
  priceValue: '.currency-value',
  /** Badges on a card: "Sold out", "Draft", "Expired" (and "Digital", "Bestseller", which are not states). */
  badge: '.wt-badge, [class*="badge"], [data-region="listing-state"]',
  /** The status tabs; the checked one is the state every listing shown is in. */
  stateRadio: 'input[name="item_status"]',
  /** Parts of the page that are there once the listings app rendered, rows or not. */
  appChrome: [
    '[data-region="bulk-actions"]',
    'input[name="item_status"]',
    'input[placeholder*="Search by title" i]',
    '[data-region="listings-grid"]',
    '[data-region="listings-table"]',
  ],
  /** "No draft listings", "No listings found": a view that is empty, not one still loading. */
  emptyState: '.wt-empty-state, [data-region="empty-state"], [data-testid*="empty"]',
  /** Placeholders shown while the listings load. */
  loading: '.wt-skeleton, [class*="skeleton"], [aria-busy="true"], .wt-spinner',
  /** Table view: the header cells whose labels name the columns. */
  headerCell: 'thead th, [role="columnheader"]',
} as const;
