/**
 * Mercado Libre pages → page type, and the content-script match patterns covering them.
 *
 * Each country is its own site, with its own id prefix and currency (sites below). Pages read:
 *   item page        `articulo.mercadolibre.com.mx/MLM-1987654321-<slug>-_JM` (Brazil:
 *                    `produto.mercadolivre.com.br/MLB-…-_JM`; also on the www host): `product`, the
 *                    item id in the path (`MLM1987654321`);
 *   catalog page     `www.mercadolibre.com.mx/<slug>/p/MLM19655437`: `product`. `MLM19655437` is a
 *                    catalog product, which many sellers' items (publicaciones) compete for; the page
 *                    shows the item winning its buy box, named in the URL as
 *                    `?pdp_filters=item_id:MLM3456789012` or `#…wid=MLM3456789012` (winner item id);
 *   user product     `www.mercadolibre.com.mx/<slug>/up/MLMU3012345678` (2024–): `product`, one
 *                    seller's product whose items (sale options) the URL names the same way (`wid=`);
 *   listings         `www.mercadolibre.com.mx/publicaciones/listado` (Brazil:
 *                    `www.mercadolivre.com.br/anuncios/lista`; the bare `/publicaciones` and
 *                    `/anuncios` open the same list): `inventory`, the seller's own items.
 *
 * The item id (site prefix + number, `MLM1987654321`) is the product identity: the listings page names
 * every item by that number ("#1987654321"), so an own row and the item's public page join. The
 * listings page's promotions and Full-stock views (`/publicaciones/listado/promos`, `/fulfillment`)
 * are other tables and are not read.
 */
import type { PageMatch } from '../types';

export interface MeliSite {
  /** Site (and item id) prefix: MLM, MLA, MLB … */
  id: string;
  /** The www host, where catalog pages and the seller's listings are. */
  host: string;
  /** The host of classic item pages. */
  itemHost: string;
  currency: string;
  locale: string;
  /** Path of the seller's listings (Spanish sites `/publicaciones/listado`, Brazil `/anuncios/lista`). */
  listings: 'publicaciones' | 'anuncios';
  /**
   * The site's clock (hours from UTC), for review dates counted back from today ("hace 3 días"):
   * standard time of the capital; Chile's summer time (-3) is ignored, which moves a day only in the
   * hour around midnight.
   */
  utcOffset: number;
}

export const MELI_SITES: readonly MeliSite[] = [
  { id: 'MLM', host: 'www.mercadolibre.com.mx', itemHost: 'articulo.mercadolibre.com.mx', currency: 'MXN', locale: 'es-MX', listings: 'publicaciones', utcOffset: -6 },
  { id: 'MLA', host: 'www.mercadolibre.com.ar', itemHost: 'articulo.mercadolibre.com.ar', currency: 'ARS', locale: 'es-AR', listings: 'publicaciones', utcOffset: -3 },
  { id: 'MLB', host: 'www.mercadolivre.com.br', itemHost: 'produto.mercadolivre.com.br', currency: 'BRL', locale: 'pt-BR', listings: 'anuncios', utcOffset: -3 },
  { id: 'MLC', host: 'www.mercadolibre.cl', itemHost: 'articulo.mercadolibre.cl', currency: 'CLP', locale: 'es-CL', listings: 'publicaciones', utcOffset: -4 },
  { id: 'MCO', host: 'www.mercadolibre.com.co', itemHost: 'articulo.mercadolibre.com.co', currency: 'COP', locale: 'es-CO', listings: 'publicaciones', utcOffset: -5 },
  { id: 'MPE', host: 'www.mercadolibre.com.pe', itemHost: 'articulo.mercadolibre.com.pe', currency: 'PEN', locale: 'es-PE', listings: 'publicaciones', utcOffset: -5 },
  { id: 'MLU', host: 'www.mercadolibre.com.uy', itemHost: 'articulo.mercadolibre.com.uy', currency: 'UYU', locale: 'es-UY', listings: 'publicaciones', utcOffset: -3 },
]; // prettier-ignore

export const MELI_MATCHES: string[] = MELI_SITES.flatMap((s) => [
  `https://${s.itemHost}/*`,
  `https://${s.host}/*-_JM*`,
  `https://${s.host}/p/*`,
  `https://${s.host}/*/p/*`,
  `https://${s.host}/*/up/*`,
  `https://${s.host}/${s.listings}*`,
]);

const ITEM_PATH = /^\/([A-Z]{3})-(\d{6,15})(?:-|\/|$)/;
const CATALOG_PATH = /^(?:\/[^/]+)?\/p\/([A-Z]{3}\d{4,15})\/?$/;
const USER_PRODUCT_PATH = /^(?:\/[^/]+)?\/up\/([A-Z]{3}U\d{4,20})\/?$/;
const ITEM_ID = /^([A-Z]{3})(\d{6,15})$/;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** The site of a Mercado Libre host (www or item host), or null for any other host. */
export function meliSiteOf(url: URL): MeliSite | null {
  const host = hostOf(url);
  return MELI_SITES.find((s) => s.host === host || s.itemHost === host) ?? null;
}

/** An item id of this site (`MLM1987654321`), from a string that may be one; null otherwise. */
export function meliItemId(text: string, site: MeliSite): string | null {
  const m = ITEM_ID.exec(text.trim().toUpperCase().replace('-', ''));
  return m && m[1] === site.id ? `${m[1]}${m[2]}` : null;
}

export type MeliProductUrl =
  | { kind: 'item'; site: MeliSite; itemId: string }
  | { kind: 'catalog' | 'user-product'; site: MeliSite; productId: string; itemId: string | null };

/**
 * The item a URL's `pdp_filters=item_id:…` or `wid=…` names (query or fragment: catalog links carry
 * `#polycard_client=…&wid=MLM…&sid=…`), or null.
 */
function winnerItemId(url: URL, site: MeliSite): string | null {
  const filters = url.searchParams.get('pdp_filters') ?? '';
  const fromFilters = /(?:^|[,|])item_id:([A-Z]{3}\d{6,15})/.exec(filters)?.[1];
  if (fromFilters && meliItemId(fromFilters, site)) return fromFilters;
  for (const params of [url.searchParams, new URLSearchParams(url.hash.replace(/^#/, ''))]) {
    const wid = params.get('wid');
    const id = wid ? meliItemId(wid, site) : null;
    if (id) return id;
  }
  return null;
}

/** What a public product URL names: an item, or a catalog / user product and its winning item. */
export function meliProductFromUrl(url: URL): MeliProductUrl | null {
  const site = meliSiteOf(url);
  if (!site) return null;
  const item = ITEM_PATH.exec(url.pathname);
  if (item && /-_JM\b|^\/[A-Z]{3}-\d+\/?$/.test(url.pathname)) {
    return item[1] === site.id ? { kind: 'item', site, itemId: `${item[1]}${item[2]}` } : null;
  }
  if (hostOf(url) !== site.host) return null;
  const catalog = CATALOG_PATH.exec(url.pathname);
  if (catalog && catalog[1]!.startsWith(site.id)) {
    return { kind: 'catalog', site, productId: catalog[1]!, itemId: winnerItemId(url, site) };
  }
  const up = USER_PRODUCT_PATH.exec(url.pathname);
  if (up && up[1]!.startsWith(site.id)) {
    return { kind: 'user-product', site, productId: up[1]!, itemId: winnerItemId(url, site) };
  }
  return null;
}

/** The site of the seller's listings page a URL names, or null. */
export function meliListingsSite(url: URL): MeliSite | null {
  const site = meliSiteOf(url);
  if (!site || hostOf(url) !== site.host) return null;
  const path = url.pathname.replace(/\/$/, '');
  const ok =
    site.listings === 'anuncios'
      ? path === '/anuncios' || path === '/anuncios/lista'
      : path === '/publicaciones' || path === '/publicaciones/listado';
  return ok ? site : null;
}

export function matchMeliUrl(url: URL): PageMatch | null {
  if (meliListingsSite(url)) {
    return { market: 'mercadolibre', pageType: 'inventory', parserId: 'mercadolibre/inventory' };
  }
  if (meliProductFromUrl(url)) {
    return { market: 'mercadolibre', pageType: 'product', parserId: 'mercadolibre/product' };
  }
  return null;
}
