/** Display names of the markets in both UI languages (alert sentences, side panel, options). */
import { table } from '../lookup';
import type { Market } from '../schemas/snapshot';

export const MARKET_NAMES: Record<Market, { en: string; zh: string }> = {
  amazon: { en: 'Amazon', zh: '亚马逊' },
  ebay: { en: 'eBay', zh: 'eBay' },
  etsy: { en: 'Etsy', zh: 'Etsy' },
  walmart: { en: 'Walmart', zh: '沃尔玛' },
  shopee: { en: 'Shopee', zh: 'Shopee' },
  mercadolibre: { en: 'Mercado Libre', zh: '美客多' },
  taobao: { en: 'Taobao/Tmall', zh: '淘宝/天猫' },
  jd: { en: 'JD', zh: '京东' },
  pinduoduo: { en: 'Pinduoduo', zh: '拼多多' },
};

/** Markets with a buy box (a featured offer the offers compete for); elsewhere the lowest price is what counts. */
export const BUY_BOX_MARKETS: ReadonlySet<string> = new Set<Market>(['amazon', 'walmart']);

/** Whether a value (stored JSON, an id prefix) is one of the markets. */
export function isMarket(x: unknown): x is Market {
  return typeof x === 'string' && Object.hasOwn(MARKET_NAMES, x);
}

/** The market of a listing id (`ebay:285012345678`) or other alert subject, when it names one. */
export function marketOfId(id: string): Market | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return isMarket(prefix) ? prefix : undefined;
}

export function marketName(market: Market, lang: 'en' | 'zh'): string {
  return MARKET_NAMES[market][lang];
}

/** Amazon storefronts as Chinese sellers name them ("德国站", the German site). */
const AMAZON_SITES_ZH: Readonly<Record<string, string>> = table({
  com: '美国站',
  ca: '加拿大站',
  'com.mx': '墨西哥站',
  'com.br': '巴西站',
  'co.uk': '英国站',
  de: '德国站',
  fr: '法国站',
  it: '意大利站',
  es: '西班牙站',
  nl: '荷兰站',
  se: '瑞典站',
  pl: '波兰站',
  'com.be': '比利时站',
  'com.tr': '土耳其站',
  eu: '欧洲站',
  in: '印度站',
  'co.jp': '日本站',
  sg: '新加坡站',
  'com.au': '澳洲站',
  ae: '阿联酋站',
  sa: '沙特站',
  eg: '埃及站',
});

/**
 * The storefront a listing belongs to, from its id (lib/db/ingest `listingId`): amazon.com's
 * `amazon:B0…` is "Amazon.com" / "亚马逊美国站", `amazon:B0…@amazon.de` "Amazon.de" / "亚马逊德国站"; the
 * same ASIN on two storefronts is two products with two prices. Other markets: the market's name.
 */
export function storefrontName(market: Market, listingId: string, lang: 'en' | 'zh'): string {
  if (market !== 'amazon') return marketName(market, lang);
  const tld = /@amazon\.([a-z.]+)$/.exec(listingId)?.[1] ?? 'com';
  if (lang === 'zh') {
    const site = AMAZON_SITES_ZH[tld];
    return site ? `亚马逊${site}` : `亚马逊（amazon.${tld}）`;
  }
  return tld === 'eu' ? 'Amazon Europe' : `Amazon.${tld}`;
}
