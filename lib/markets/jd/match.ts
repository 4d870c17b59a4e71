/**
 * JD (京东) URLs → page type, and the content-script match patterns covering them.
 *
 * Item pages: `item.jd.com/<sku>.html` (the mainland store), `item.jd.hk/<sku>.html` and
 * `npcitem.jd.hk/<sku>.html` (JD International / 京东国际, the same item page served from the HK hosts;
 * scrapers fetch a SKU there when item.jd.com does not have it). The SKU id in the path is the product
 * identity. The review section is part of the item page.
 *
 * The seller's product list in 京麦 (商品管理 › 商品列表), read as `jd/inventory`:
 *   `shop.jd.com/jdm/ware/manage/list/<Tab>` (the 京麦 workbench; tabs OnsaleWare 在售, AllWare 全部 …,
 *     with the menu in `?_JDMOMID_=1303,1302`), and the same list as its own app,
 *   `wares-jdm.jd.com/ware/wareList?activeTab=<Tab>` (2025-, the address automation scripts open) and
 *   `wares-jdm.jd.com/list/<Tab>` (the address its own requests give as referer).
 * 京麦 is a single-page workbench: the content script is asked for on all of `shop.jd.com/jdm/` so that it
 * is there when the seller opens the list from the workbench's menu without a page load.
 */
import type { PageMatch } from '../types';

export const JD_ITEM_HOSTS = ['item.jd.com', 'item.jd.hk', 'npcitem.jd.hk'] as const;

/** The 京麦 workbench and the product-list app. */
export const JD_BACK_OFFICE_HOSTS = ['shop.jd.com', 'wares-jdm.jd.com'] as const;

export const JD_MATCHES: string[] = [
  ...JD_ITEM_HOSTS.map((h) => `https://${h}/*`),
  'https://shop.jd.com/jdm/*',
  'https://wares-jdm.jd.com/*',
];

/** SKU ids are decimal: 6-7 digits for old self-operated goods, 11-14 for third-party shops. */
const ITEM_PATH = /^\/(\d{4,20})\.html$/;
const WORKBENCH_LIST_PATH = /^\/jdm\/ware\/manage\/list\/([A-Za-z]+)\/?$/;
const APP_LIST_PATH = /^\/list\/([A-Za-z]+)\/?$/;
const TAB = /^[A-Za-z]{1,40}$/;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** The SKU id the URL names, or null for any other page (the host's home, a search …). */
export function jdSkuFromUrl(url: URL): string | null {
  if (!(JD_ITEM_HOSTS as readonly string[]).includes(hostOf(url))) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

/**
 * The tab of the 京麦 product list the URL names (`OnsaleWare`, `AllWare` …), or null when the URL is
 * not that list. `wareList` without an `activeTab` opens on its default tab, named '' here.
 */
export function jdWareListTab(url: URL): string | null {
  const host = hostOf(url);
  if (host === 'shop.jd.com') return WORKBENCH_LIST_PATH.exec(url.pathname)?.[1] ?? null;
  if (host !== 'wares-jdm.jd.com') return null;
  if (/^\/ware\/wareList\/?$/.test(url.pathname)) {
    const tab = url.searchParams.get('activeTab') ?? '';
    return tab === '' || TAB.test(tab) ? tab : null;
  }
  return APP_LIST_PATH.exec(url.pathname)?.[1] ?? null;
}

export function matchJdUrl(url: URL): PageMatch | null {
  if (jdSkuFromUrl(url)) return { market: 'jd', pageType: 'product', parserId: 'jd/product' };
  if (jdWareListTab(url) !== null) {
    return { market: 'jd', pageType: 'inventory', parserId: 'jd/inventory' };
  }
  return null;
}
