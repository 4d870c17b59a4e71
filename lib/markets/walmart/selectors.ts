/**
 * Every Walmart (walmart.com) selector, in one place. Lists are fallbacks tried in order, newest
 * last, each dated by when a public source shows it. No real saved Walmart page is available: the
 * sources are public scrapers that read the page (tests/fixtures/walmart/product/SOURCE.txt).
 *
 * Walmart's product and review pages are Next.js pages: what the server rendered is in
 * `script#__NEXT_DATA__` (JSON), read first (next-data.ts). The rendered DOM below is the fallback
 * when that JSON is missing, unreadable, or describes another item (it is not updated when the page
 * moves to another item without reloading).
 */

/** The page's Next.js data. */
export const nextDataSelectors = [
  'script#__NEXT_DATA__[type="application/json"]', // 2021–2025
  'script#__NEXT_DATA__', // 2021–2025
] as const;

export const productSelectors = {
  title: [
    'h1#main-title', // 2023–2025
    'h1[itemprop="name"]', // 2022–2025
    '[itemprop="name"]#main-title', // 2023–2025
    'h1[data-automation-id="product-title"]', // 2021–2022
    'h1.prod-ProductTitle', // 2019–2020
  ],
  /**
   * The buy-box price: "Now $24.88" / "$24.88" (microdata `itemprop="price"`, sometimes with a
   * `content` attribute), inside `[data-testid="price-wrap"]` next to the struck "was" price. Matches
   * inside the noise containers below, and struck prices, are skipped.
   */
  price: [
    '[data-testid="price-wrap"] [itemprop="price"]', // 2023–2025
    'span[itemprop="price"]', // 2022–2025
    '[itemprop="price"]', // 2022–2025
    'span[data-seo-id="hero-price"]', // 2023–2025
    '[data-automation-id="product-price"] .visuallyhidden', // 2021
    '.prod-PriceHero .price-characteristic', // 2019–2020
  ],
  /** Struck "was" / list prices shown next to the price: never the price. */
  struck: '.strike, [data-seo-id="strike-through-price"], [data-testid="was-price"], s, del',
  /** Other products' prices on the page (carousels, ads, sponsored tiles, bundles). */
  noise:
    '[data-testid*="carousel"], [data-testid="item-stack"], [data-testid*="sponsored"], [data-testid^="ad-"], [data-testid="ads-container"], [id^="sp-"], [data-testid="bundle-section"], aside',
  /** "Sold and shipped by <a>Seller</a>" (2023–2025). */
  sellerInfo: [
    '[data-testid="product-seller-info"]', // 2023–2025
    '[data-testid="sold-and-shipped-by"]', // 2022 (not confirmed by a source: generic fallback)
    '.seller-name', // 2019–2020
  ],
  sellerLink: [
    '[data-testid="product-seller-info"] a[data-testid="seller-name-link"]', // 2023–2025
    'a[data-testid="seller-name-link"]', // 2023–2025
    'a[link-identifier="sellerName"]', // 2021 (not confirmed by a source: generic fallback)
  ],
} as const;

/** The PerimeterX ("Human Security") challenge Walmart serves instead of a page. */
export const blockedSelectors = {
  captcha: [
    '#px-captcha', // the press-and-hold button's host element
    'iframe[src*="captcha.px-cdn.net"]',
    'iframe[src*="px-captcha"]',
  ],
  headings: ['h1', 'h2', 'h3', '.px-captcha-message', '#px-captcha-message'],
} as const;

/**
 * Seller Center, Catalog › Items (`seller.walmart.com/items-and-inventory/manage-items`). No saved page
 * and no public script that reads it was found (tests/fixtures/walmart/inventory/SOURCE.txt): Seller
 * Center is a React app whose item list is a data grid. It is read as any accessible grid is (ARIA
 * roles, `aria-colindex`, `aria-rowindex`, or a plain table), by the labels of its column headers —
 * the labels Walmart uses for the same fields in its Item Report ("SKU", "Item ID", "Product Name",
 * "Price", "Publish Status", "Lifecycle Status", "GTIN", "UPC", "WPID") — never by position or by
 * its generated class names.
 */
export const sellerCenterSelectors = {
  /** A link to the item's public page in a row ("View on Walmart.com"): `/ip/<usItemId>`. */
  itemLink: 'a[href*="walmart.com/ip/"], a[href^="/ip/"]',
  /** The grid while its rows load. */
  loading: '[aria-busy="true"], [class*="skeleton" i], [class*="Skeleton"], [role="progressbar"]',
  /** "No items found" / "0 items" panels in place of rows. */
  emptyState: '[data-testid*="empty" i], [class*="emptyState" i], [class*="EmptyState"]',
  /** Seller Center's sign-in form, when a signed-out seller is shown it at the items URL. */
  signIn: ['input[type="password"]', 'form[action*="login" i]', 'form[action*="signin" i]'],
} as const;
