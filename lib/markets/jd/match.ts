/**
 * JD (京东) item pages → page type, and the content-script match patterns covering them.
 * `item.jd.com/<sku>.html` (the mainland store), `item.jd.hk/<sku>.html` and `npcitem.jd.hk/<sku>.html`
 * (JD International / 京东国际, the same item page served from the HK hosts; scrapers fetch a SKU there
 * when item.jd.com does not have it). The SKU id in the path is the product identity. Only the item
 * hosts: the review section is part of the item page, and nothing else on jd.com is read.
 */
import type { PageMatch } from '../types';

export const JD_ITEM_HOSTS = ['item.jd.com', 'item.jd.hk', 'npcitem.jd.hk'] as const;

export const JD_MATCHES: string[] = JD_ITEM_HOSTS.map((h) => `https://${h}/*`);

/** SKU ids are decimal: 6-7 digits for old self-operated goods, 11-14 for third-party shops. */
const ITEM_PATH = /^\/(\d{4,20})\.html$/;

/** The SKU id the URL names, or null for any other page (the host's home, a search …). */
export function jdSkuFromUrl(url: URL): string | null {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!(JD_ITEM_HOSTS as readonly string[]).includes(host)) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

export function matchJdUrl(url: URL): PageMatch | null {
  if (!jdSkuFromUrl(url)) return null;
  return { market: 'jd', pageType: 'product', parserId: 'jd/product' };
}
