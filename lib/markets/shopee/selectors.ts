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
