/**
 * Every Mercado Libre selector, in one place. Lists are fallbacks tried in order, each dated by when a
 * public source shows it. No real saved page is available: the sources are public scrapers, extensions
 * and userscripts that read the rendered pages (tests/fixtures/mercadolibre/<page-type>/SOURCE.txt).
 * Mercado Libre's pages are built from its "Andes" design system (`andes-*` classes) and the product
 * page's `ui-pdp-*` components; the seller's listings from `sll-list-*` / `sc-*` components.
 */

/** The public product page (item, catalog or user-product page). */
export const productSelectors = {
  title: [
    'h1.ui-pdp-title', // 2020–2026
    '.ui-pdp-header__title-container h1', // 2021–2026
  ],
  /**
   * The buy box's price block. The current price is the `.andes-money-amount` in its second line; the
   * struck original price (`.andes-money-amount--previous`, inside `s`) comes first, instalments
   * ("12 meses de $108") under it in `.ui-pdp-price__subtitles`.
   */
  priceBlock: [
    '.ui-pdp-price__second-line', // 2021–2026
    '.ui-pdp-price__main-container', // 2022–2026
    '.ui-pdp-price', // 2020–2026
  ],
  /** Prices that are never the current price. */
  notCurrent:
    '.andes-money-amount--previous, s, del, .ui-pdp-price__subtitles, .ui-pdp-price__original-value, [class*="installments"]',
  amount: '.andes-money-amount',
  fraction: '.andes-money-amount__fraction',
  cents: '.andes-money-amount__cents',
  symbol: '.andes-money-amount__currency-symbol',
  /** Microdata in the price block: `<meta itemprop="price" content="1299">` (2020–2026). */
  metaPrice: 'meta[itemprop="price"]',
  metaCurrency: 'meta[itemprop="priceCurrency"]',
  /**
   * The seller: the trigger button "Vendido por <span>NAME</span>" (2023–2026), the seller header
   * (2020–2023: "Vendido por NAME", an official store's name), the seller card (2024–2026).
   */
  sellerButton: '.ui-pdp-seller__link-trigger-button',
  sellerLabel: '.ui-pdp-seller__label-sold',
  seller: [
    '.ui-pdp-seller__link-trigger', // 2021–2024
    '.ui-pdp-seller__header__title', // 2020–2023
    '.ui-seller-data-header__title', // 2024–2026
  ],
  /** "4.8" and "(1234)" next to the title (2020–2026), the reviews block's average (2022–2026). */
  rating: ['.ui-pdp-review__rating', '.ui-review-capability__rating__average'],
  ratingCount: ['.ui-pdp-review__amount', '.ui-review-capability__rating__label'],
  /** "Publicación #1987654321" ("Anúncio #…" in Brazil) at the foot of the description. */
  itemNumber: ['.ui-pdp-denounce', '.ui-pdp-container__row--denounce', '.ui-pdp-denounce__title'],
} as const;

/**
 * The product's opinions ("Opiniones del producto", "Opiniões do produto"): the `ui-review-capability`
 * components (2021–2026), which render after the page. The section holds the average and its
 * distribution, an AI-written summary of the opinions (`…__summary__plain_text`, 2024–: Mercado Libre's
 * words, never a review), the filters and the first opinions; "Mostrar todas las opiniones" opens the
 * rest in an iframe of another page (`/noindex/catalog/reviews/…`), which is not read.
 */
export const reviewSelectors = {
  /** The section, there before its opinions are. */
  section: [
    '#reviews_capability_v3', // 2022–2026
    '.ui-review-capability', // 2021–2026
    '.ui-review-capability-comments', // 2021–2026
  ],
  /** Parts of a rendered section: the average, the distribution, the list. */
  rendered:
    '.ui-review-capability__rating, .ui-review-capability-comments, .ui-review-capability-filter',
  /** One opinion: `article.ui-review-capability-comments__comment[data-testid="comment-component"]`. */
  card: '.ui-review-capability-comments__comment, article[data-testid="comment-component"]',
  /**
   * The stars: the container's visually hidden "Calificación 4 de 5" / "Avaliação 4 de 5" (2022–2026),
   * else its icons (`svg.…__rating__star` with `use href="#poly_star_fill"`, `#poly_star_half`,
   * `#poly_star_empty`; an unlit star also `…__rating__star-empty`).
   */
  rating: [
    '.ui-review-capability-comments__comment__rating-container',
    '.ui-review-capability-comments__comment__rating',
  ],
  ratingLabel: '.andes-visually-hidden',
  star: 'svg',
  /** "14 mar. 2025" (2021–2024); "hace 2 meses" / "há 2 meses" (2025–). */
  date: ['.ui-review-capability-comments__comment__date', '[class*="comment__date"]'],
  /** The text (`p[data-testid="comment-content-component"]`, 2022–2026). */
  body: [
    '[data-testid="comment-content-component"]',
    '.ui-review-capability-comments__comment__content',
  ],
  /** Controls inside the text: "Ver más", "Traducido / Ver original". */
  notBody: 'button, [role="button"], .andes-visually-hidden',
  /** "Es útil 3" / "É útil 3": the like button, its label and count as `…__button-like__text`. */
  like: ['button[data-testid="like-button"]', '.ui-review-capability-valorizations__button-like'],
  likeText: '.ui-review-capability-valorizations__button-like__text, [class*="count"]',
  loading: '.andes-skeleton, [class*="skeleton"], .andes-spinner, [aria-busy="true"]',
} as const;

/** The seller's listings (`/publicaciones/listado`, `/anuncios/lista`). */
export const listingsSelectors = {
  /**
   * One publication: `div.sll-list-grid-row.sll-list-grid-row--item` (2025–2026), a variation of it
   * `…--family`. Its sale options (classic, premium: one item id each) are
   * `div.sll-list-grid-row__structure-columns-wrapper--<item number>`.
   */
  row: ['.sll-list-grid-row--item', '.sll-list-grid-row--family'],
  rows: '.sll-list-grid__rows',
  saleOption: '[class*="sll-list-grid-row__structure-columns-wrapper"]',
  title: ['.sll-list-row-title', 'h2.andes-typography'],
  /** Item numbers "#1987654321", one per sale option, in the product cell (2025–2026). */
  itemIds: '.sll-list-cell-product__copyable .sc-copyable-element__text',
  /** "SKU NFP-LAKES-A3" (2025–2026). */
  sku: '.sll-list-copyable-identifiers__sku .sc-copyable-element__text',
  /** "12 u.", "sin stock" / "sem estoque"; a second label is the stock at Mercado Libre's Full warehouse. */
  stock: '.sll-list-cell-product__stock .sll-list-stock-description__stock-label',
  fullStock: '[class*="stock--full"], [class*="fulfillment"]',
  price: '.sll-list-cell-price',
  priceMain: '.andes-typography--weight-semibold, .sll-list-no-wrap',
  /** The sale option's status badge: "Activa", "Pausada", "Inactiva" ("Ativo", "Pausado"). */
  status: [
    '.sll-list-cell-status .andes-badge__content',
    '.sll-list-cell-status',
    '.andes-badge__content',
  ],
  /** Parts of the page that are there once the listings app rendered, rows or not. */
  appChrome: [
    '.sll-list-grid__rows',
    '[class*="sll-list-grid"]',
    '.sc-input-search',
    '[class*="sll-list-toolbar"]',
    '[class*="sll-list-filters"]',
  ],
  emptyState: '[class*="empty-state"], [class*="emptyState"]',
  loading:
    '.andes-spinner, .andes-progress-indicator, [aria-busy="true"], [class*="row-skeleton"], .andes-skeleton',
} as const;

/** Sign-in and captcha pages served in place of a page. */
export const blockedSelectors = {
  signIn: [
    'form#login_user_form',
    'input#user_id',
    'form[action*="/lgz/"]',
    'input[type="password"]',
  ],
  captcha: [
    'iframe[src*="recaptcha"]',
    '#g-recaptcha',
    '.g-recaptcha',
    'iframe[src*="hcaptcha"]',
    'form[action*="account-verification"]',
  ],
} as const;
