/**
 * Every selector of Shopee Seller Centre's product list (My Products / 我的商品), in one place, dated by
 * the public sources in tests/fixtures/shopee/inventory/SOURCE.txt.
 *
 * Seller Centre is a Vue app on Shopee's `eds-*` components. The product list is an `eds-table` whose
 * header row has one wide cell holding the list's columns as `.list-header-item`s (Product(s), Sales,
 * Price, Stock … in the seller's language, `.list-header-item-label`); each product row holds, in the
 * same order and widths, `.product-variation-padding` cells: once for the product
 * (`.product-variation-item`) and once per variation (`.view-more .model-list-item`). Columns are
 * matched by those labels, never by position. Fixed columns (the selection box, Action) are drawn a
 * second time, rows and all, in `.eds-table__fix-left` / `.eds-table__fix-right`: never read.
 */
export const inventorySelectors = {
  table: '.eds-table',
  /** The header cell holding the list's columns, and each column in it. */
  columnsHeader: '.product-variation-header',
  column: '.list-header-item',
  columnLabel: ['.list-header-item-label', '.list-header-item-content'],
  row: '.eds-table__main-body tr.eds-table__row',
  /** The copies of fixed columns. */
  fixed: '[class*="eds-table__fix"]',
  /** The product's own line of cells, and each cell in it. */
  product: '.product-variation-item',
  variation: '.model-list-item',
  cell: '.product-variation-padding',
  /** Inside the product's first cell. */
  name: ['.product-name-wrap', '[class*="product-name"]', '.ellipsis-content'],
  image: '.product-image img[alt]',
  parentSku: ['.product-sku', '[class*="parent-sku"]'],
  /** The product editor link `/portal/product/<item id>`, the row's checkbox named by the item id. */
  editLink: 'a[href*="/portal/product/"]',
  checkbox: 'input[type="checkbox"][name]',
  /** A status tag in the product's first cell (已下架, Delisted …), read on the All tab. */
  statusTag: ['[class*="status-tag"]', '.product-tags .eds-tag'],
  price: ['.list-view-price', '[class*="price"]'],
  stock: ['.list-view-stock .stock-text', '.list-view-stock', '[class*="stock"]'],
  activeTab: ['.eds-tabs__nav-tab.active', '[role="tab"][aria-selected="true"]'],
  loading: ['.eds-table__loading', '.eds-spinner', '.eds-loading', '[class*="loading-mask"]'],
  empty: ['.eds-table__empty', '.eds-default-page', '[class*="empty-state"]'],
} as const;

/** Seller Centre's login (drawn over a page when the session expires) and Shopee's verification. */
export const blockedSelectors = {
  signIn: [
    'input[name="loginKey"]', // accounts.shopee.* / seller login: phone, e-mail or username
    'form[class*="signin"] input[type="password"]',
    'form[class*="login"] input[type="password"]',
    'iframe[src*="accounts.shopee"]',
  ],
  captcha: ['[class*="captcha-slider"]', 'iframe[src*="/verify/captcha"]', '#captcha-container'],
} as const;

/**
 * The buyers' product page (`shopee.<tld>/<slug>-i.<shop id>.<item id>`, `shopee/product`), a React
 * app whose own classes are six-character hashes renamed with each release (`.G27FPf`, then
 * `.IZPeQz` for the price; `.WBVL_7`, then `h1.vR6K3w` for the title), so none is used here. The page
 * is read by what has stayed: the `product-briefing` section, its `h1`, the visually hidden English
 * headings that name each part of it for screen readers ("Price Section", "Shop Information Section",
 * on every region's page), the `aria-live` price region, the `page-product__shop` section, the
 * schema.org Product the page embeds, and the review list's BEM classes (`shopee-product-rating__*`,
 * 2018–2025). Sources: tests/fixtures/shopee/product/SOURCE.txt.
 */
export const productSelectors = {
  briefing: ['section.product-briefing', '.product-briefing'],
  /** The product name: the briefing's h1 (hidden in 2024, visible since 2025). */
  title: ['section.product-briefing h1', '.product-briefing h1'],
  /** The parts of the page named by a hidden heading (`h2` with the name below, as the page writes it). */
  sectionHeading: 'h2',
  priceHeading: /^price section$/i,
  shopHeading: /^shop information section$/i,
  /** The price region announced to screen readers when a variation is picked (2023–2025). */
  priceRegion: 'section[aria-live="polite"]',
  shop: 'section.page-product__shop',
  /** The product's average on top of the review list: "4.6" "out of 5" (2018–2025). */
  overviewScore: '.product-rating-overview__rating-score',
} as const;

/** The product's reviews ("Product Ratings", 商品評價, ĐÁNH GIÁ SẢN PHẨM …), as the page renders them. */
export const reviewSelectors = {
  /** The whole section and its list: there before the reviews are (they load when it scrolls in). */
  section: ['.product-ratings', '.product-ratings__list', '.shopee-product-comment-list'],
  card: '.shopee-product-rating',
  main: '.shopee-product-rating__main',
  author: '.shopee-product-rating__author-name',
  stars: '.shopee-product-rating__rating',
  /** A lit star; an unlit one is a hollow `icon-rating` star. */
  litStar: '.icon-rating-solid--active',
  /** "2024-03-12 14:21 | Variation: Black,L" */
  time: '.shopee-product-rating__time',
  /** The text of 2018–2022 pages; since, an unclassed block after the time line (parse-reviews.ts). */
  content: '.shopee-product-rating__content',
  /** Blocks of a card that are not its text. */
  notText:
    '.shopee-product-rating__image-list-wrapper, .shopee-product-rating__actions, .shopee-product-rating__rating, .repeat-purchase-con, [class*="rating-media-list"]',
  likeCount: '.shopee-product-rating__like-count',
  likeButton: '.shopee-product-rating__like-button',
} as const;
