/**
 * Shopee URLs → page type, and the content-script match patterns covering them.
 *
 * The buyers' storefront product page, read as `shopee/product`: `shopee.<tld>/<slug>-i.<shop id>.<item
 * id>` (the address search results and shop pages link to) and `shopee.<tld>/product/<shop id>/<item
 * id>` (the short address shares open), on the storefront of each region (SHOPEE_REGIONS).
 *
 * From Seller Centre, only the seller's product list (My Products / 我的商品) is read, as
 * `shopee/inventory`:
 *
 *   seller.shopee.<site>/portal/product/list/all     every product (also /live, /live/all, /soldout,
 *   banhang.shopee.vn/portal/product/list/…          /unpublished/…, /violation/…, /reviewing: the tabs)
 *   seller.shopee.cn/portal/product/list/…?cnsc_shop_id=<shop id>   the China Seller Centre (CNSC), one
 *   seller.shopee.kr/portal/product/list/…?cnsc_shop_id=<shop id>   shop of one region at a time
 *
 * Each local Seller Centre is one region (seller.shopee.sg → Singapore, SGD). The cross-border centres
 * serve the shops of every region from one host and pick the shop with `cnsc_shop_id` in the address
 * (their calls add `cbsc_shop_region=<sg|my|…>`): the region of their pages is read from the page.
 *
 * Seller Centre is a single-page app: the content script is asked for on all of `/portal/`, so that it
 * is there when the seller opens My Products from another page without a page load. The product editor
 * under `/portal/product/<id>` is a different content script (editor.ts).
 */
import { table } from '../../lookup';
import type { PageMatch } from '../types';

export interface ShopeeRegion {
  /** Shopee's region code, as its cross-border centre names regions (`cbsc_shop_region=my`). */
  code: string;
  currency: string;
  /** The language the region's prices are written in (its digit grouping). */
  locale: string;
  /** The buyers' storefront: the public product pages `shopee.<tld>/product/<shop id>/<item id>`. */
  storefront: string;
}

export const SHOPEE_REGIONS: readonly ShopeeRegion[] = [
  { code: 'sg', currency: 'SGD', locale: 'en-SG', storefront: 'shopee.sg' },
  { code: 'my', currency: 'MYR', locale: 'ms-MY', storefront: 'shopee.com.my' },
  { code: 'th', currency: 'THB', locale: 'th-TH', storefront: 'shopee.co.th' },
  { code: 'tw', currency: 'TWD', locale: 'zh-TW', storefront: 'shopee.tw' },
  { code: 'ph', currency: 'PHP', locale: 'en-PH', storefront: 'shopee.ph' },
  { code: 'id', currency: 'IDR', locale: 'id-ID', storefront: 'shopee.co.id' },
  { code: 'vn', currency: 'VND', locale: 'vi-VN', storefront: 'shopee.vn' },
  { code: 'br', currency: 'BRL', locale: 'pt-BR', storefront: 'shopee.com.br' },
  { code: 'mx', currency: 'MXN', locale: 'es-MX', storefront: 'shopee.com.mx' },
  { code: 'co', currency: 'COP', locale: 'es-CO', storefront: 'shopee.com.co' },
  { code: 'cl', currency: 'CLP', locale: 'es-CL', storefront: 'shopee.cl' },
];

const BY_CODE = new Map(SHOPEE_REGIONS.map((r) => [r.code, r]));
const BY_CURRENCY = new Map(SHOPEE_REGIONS.map((r) => [r.currency, r]));

export function shopeeRegion(code: string): ShopeeRegion | undefined {
  return BY_CODE.get(code.toLowerCase());
}

/** The region whose currency a price is in (MYR → my); one currency, one region. */
export function shopeeRegionOfCurrency(currency: string): ShopeeRegion | undefined {
  return BY_CURRENCY.get(currency);
}

/** Local Seller Centres by host, each serving one region. */
const LOCAL_HOSTS: Readonly<Record<string, string>> = table({
  'seller.shopee.sg': 'sg',
  'seller.shopee.com.my': 'my',
  'seller.shopee.co.th': 'th',
  'seller.shopee.tw': 'tw',
  'seller.shopee.ph': 'ph',
  'seller.shopee.co.id': 'id',
  'seller.shopee.vn': 'vn',
  'banhang.shopee.vn': 'vn',
  'seller.shopee.com.br': 'br',
  'seller.shopee.com.mx': 'mx',
  'seller.shopee.com.co': 'co',
  'seller.shopee.cl': 'cl',
});

/** The cross-border centres (China, Korea): every region, one shop at a time. */
const CROSS_BORDER_HOSTS = ['seller.shopee.cn', 'seller.shopee.kr'];

/**
 * The buyers' storefronts (shopee.sg, shopee.tw …): the whole host, because the storefront is a
 * single-page app and a buyer reaches a product from the home page or a search without a page load;
 * only product URLs are parsed (shopeeProductFromUrl), every other page is left alone.
 */
export const SHOPEE_MATCHES: string[] = [
  ...[...Object.keys(LOCAL_HOSTS), ...CROSS_BORDER_HOSTS].map((h) => `https://${h}/portal/*`),
  ...SHOPEE_REGIONS.map((r) => `https://${r.storefront}/*`),
];

export interface ShopeeCentre {
  /** The region a local centre serves; undefined on a cross-border centre (read from the page). */
  region?: ShopeeRegion;
  crossBorder: boolean;
}

/** The Seller Centre a host is, or null for any other host. */
export function shopeeCentre(url: URL): ShopeeCentre | null {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (CROSS_BORDER_HOSTS.includes(host)) return { crossBorder: true };
  const code = LOCAL_HOSTS[host];
  return code ? { region: BY_CODE.get(code), crossBorder: false } : null;
}

const LIST_PATH = /^\/portal\/product\/list(?:\/[a-z_]{1,30}){0,3}\/?$/;

const BY_STOREFRONT = new Map(SHOPEE_REGIONS.map((r) => [r.storefront, r]));
/** `/<slug>-i.<shop id>.<item id>` (the slug is the product name, percent-encoded, maybe empty). */
const SLUG_PATH = /^\/(?:[^/]*-)?i\.(\d{1,15})\.(\d{1,20})\/?$/;
/** `/product/<shop id>/<item id>`, the address shares and Seller Centre's "view on Shopee" open. */
const PRODUCT_PATH = /^\/product\/(\d{1,15})\/(\d{1,20})\/?$/;

export interface ShopeeProductUrl {
  region: ShopeeRegion;
  shopId: string;
  itemId: string;
}

/**
 * The product a storefront URL names, or null for any other page (home, search, a shop, the cart …).
 * The region is the storefront's host (shopee.co.id → id): item ids are numbered per region.
 */
export function shopeeProductFromUrl(url: URL): ShopeeProductUrl | null {
  const region = BY_STOREFRONT.get(url.hostname.toLowerCase().replace(/\.$/, ''));
  if (!region) return null;
  const m = SLUG_PATH.exec(url.pathname) ?? PRODUCT_PATH.exec(url.pathname);
  return m ? { region, shopId: m[1]!, itemId: m[2]! } : null;
}

/** The product key `<region>.<item id>` the Seller Centre list gives the same product (parse-inventory.ts). */
export function shopeeProductKey(region: ShopeeRegion, itemId: string): string {
  return `${region.code}.${itemId}`;
}

export function matchShopeeUrl(url: URL): PageMatch | null {
  if (shopeeProductFromUrl(url)) {
    return { market: 'shopee', pageType: 'product', parserId: 'shopee/product' };
  }
  if (!shopeeCentre(url) || !LIST_PATH.test(url.pathname)) return null;
  return { market: 'shopee', pageType: 'inventory', parserId: 'shopee/inventory' };
}
