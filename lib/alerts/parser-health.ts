/**
 * parser-health (DESIGN.md §5): a known page parsed to nothing or to invalid data, which usually means
 * the marketplace changed its layout. Pure: capture rows in, a candidate (or a resolution) out.
 */
import type { AlertCandidate } from '../schemas/alert';
import type { CaptureRecord } from '../db/types';
import { pageRecordCount, type PageType } from '../schemas/snapshot';
import { MARKET_NAMES } from '../markets/names';

/** Page types that always show at least one record when the parser can read them. */
const ALWAYS_HAS_RECORDS: ReadonlySet<PageType> = new Set([
  'product',
  'offers',
  'inventory',
  'pricing',
]);

const PAGE_NAMES: Record<PageType, { en: string; zh: string }> = {
  product: { en: 'product page', zh: '商品页' },
  offers: { en: 'offer list', zh: '卖家报价列表' },
  reviews: { en: 'review page', zh: '评论页' },
  inventory: { en: 'inventory page', zh: '库存管理页' },
  pricing: { en: 'pricing page', zh: '定价页' },
  'back-office-reviews': { en: 'back-office review page', zh: '后台评论页' },
  'listing-edit': { en: 'listing editor', zh: '商品编辑页' },
};

export function parserHealthKey(parserId: string): string {
  return `parser-health:${parserId}`;
}

function recordCount(c: Pick<CaptureRecord, 'counts' | 'pageType'>): number {
  return pageRecordCount(c.pageType, c.counts);
}

/**
 * Decides whether a capture is a parser-health problem.
 * @param lastGood the latest earlier `ok` capture of the same parser, if any ("used to parse 240 rows").
 */
export function parserHealthCandidate(
  capture: CaptureRecord,
  lastGood: CaptureRecord | undefined,
): AlertCandidate | null {
  if (capture.status === 'ok' || capture.status === 'blocked') return null;
  if (
    capture.status === 'empty' &&
    !ALWAYS_HAS_RECORDS.has(capture.pageType) &&
    (!lastGood || recordCount(lastGood) === 0)
  ) {
    // A review page with no reviews can be genuine; only a drop from a page that used to have some is news.
    return null;
  }
  const market = MARKET_NAMES[capture.market];
  const page = PAGE_NAMES[capture.pageType];
  const before = lastGood ? recordCount(lastGood) : null;
  const what =
    capture.status === 'failed'
      ? {
          // The parser's own (English, technical) reason is in the evidence, not in the sentence.
          en: `${market.en} ${page.en} could not be read`,
          zh: `${market.zh}${page.zh}无法解析`,
        }
      : before
        ? {
            en: `${market.en} ${page.en} parsed 0 items where it used to parse ${before}`,
            zh: `${market.zh}${page.zh}解析出 0 条记录，之前为 ${before} 条`,
          }
        : {
            en: `${market.en} ${page.en} parsed to nothing`,
            zh: `${market.zh}${page.zh}未解析出任何数据`,
          };
  return {
    kind: 'parser-health',
    severity: 'warning',
    subject: capture.parserId,
    dedupeKey: parserHealthKey(capture.parserId),
    at: capture.at,
    message: {
      en: `${what.en}: the page layout may have changed.`,
      zh: `${what.zh}：页面结构可能已变更。`,
    },
    nextStep: {
      en: 'Prices and reviews from this page are not being recorded. Reload the page once; if it persists, update Seller Radar or report the page.',
      zh: '此页面的价格和评论暂未被记录。请刷新一次页面；若问题持续，请更新 Seller Radar 或反馈该页面。',
    },
    evidence: {
      url: capture.url,
      parser: `${capture.parserId}@${capture.parserVersion}`,
      status: capture.status,
      counts: capture.counts,
      previousCount: before,
      ...(capture.error ? { error: capture.error } : {}),
      ...(capture.warnings?.length ? { warnings: capture.warnings.slice(0, 10) } : {}),
      captureId: capture.id,
    },
  };
}
