/**
 * Shopee Seller Centre URLs → page type, and the content-script match patterns covering them. Only the
 * seller's product list (My Products / 我的商品) is read, as `shopee/inventory`:
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

export const SHOPEE_MATCHES: string[] = [...Object.keys(LOCAL_HOSTS), ...CROSS_BORDER_HOSTS].map(
  (h) => `https://${h}/portal/*`,
);

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

export function matchShopeeUrl(url: URL): PageMatch | null {
  if (!shopeeCentre(url) || !LIST_PATH.test(url.pathname)) return null;
  return { market: 'shopee', pageType: 'inventory', parserId: 'shopee/inventory' };
}
