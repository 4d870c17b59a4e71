/** UI strings of the Reviews view, in both UI languages (kept here, not in lib/i18n.ts). */
import { table } from '@/lib/lookup';
import type { Lang } from '@/lib/i18n';
import { aspectName } from '@/lib/alerts/review-text';
import { marketName } from '@/lib/markets/names';
import type { Market } from '@/lib/schemas/snapshot';
import type { PeriodUnit } from './aggregate';

const S = {
  product: { en: 'Product', zh: '商品' },
  noReviewed: {
    en: 'No reviews captured yet. Open the review page of a product on a supported marketplace.',
    zh: '尚未采集到评论。请在支持的平台上打开商品的评论页。',
  },
  polarityTitle: { en: 'Sentiment over time', zh: '情感趋势' },
  aspectTitle: { en: 'What customers talk about', zh: '买家关注的方面' },
  noAspects: {
    en: 'No aspect mentioned in these reviews yet.',
    zh: '这些评论中尚未提到具体方面。',
  },
  reviewsTitle: { en: 'Reviews', zh: '评论' },
  filterLabel: { en: 'Sentiment', zh: '情感' },
  filterAspect: { en: 'Aspect', zh: '方面' },
  all: { en: 'All', zh: '全部' },
  positive: { en: 'Positive', zh: '正面' },
  neutral: { en: 'Neutral', zh: '中性' },
  negative: { en: 'Negative', zh: '负面' },
  unknown: { en: 'Not analysed', zh: '未分析' },
  pending: { en: 'Analysing…', zh: '分析中…' },
  other: { en: 'Not analysed', zh: '未分析' },
  unknownHint: {
    en: 'Written in a language the model does not read: no polarity is guessed.',
    zh: '该评论语言暂不支持：不猜测情感倾向。',
  },
  score: { en: 'Score', zh: '得分' },
  showMore: { en: 'Show more', zh: '显示更多' },
  noMatch: { en: 'No review matches these filters.', zh: '没有符合筛选条件的评论。' },
  clearFilters: { en: 'Clear filters', zh: '清除筛选' },
  verified: { en: 'Verified purchase', zh: '已验证购买' },
  earlierVersions: { en: 'Earlier versions', zh: '修改前的版本' },
  count: { en: 'Reviews', zh: '评论数' },
  exportCsv: { en: 'Export CSV', zh: '导出 CSV' },
  exportCsvHint: {
    en: 'The reviews shown (after the filters), with sentiment, score and aspects, as a spreadsheet file',
    zh: '导出当前显示的评论（按筛选条件），含情感、得分和方面，可用表格软件打开',
  },
} satisfies Record<string, Record<Lang, string>>;

export type ReviewStringKey = keyof typeof S;

export function rt(lang: Lang, key: ReviewStringKey): string {
  return S[key][lang];
}

export function aspectLabel(lang: Lang, aspect: string): string {
  const name = aspectName(aspect)[lang];
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/**
 * What a highlighted span says about which aspect, for screen readers (the highlight's colour and
 * sign are not read out): " (shipping complaint, price praise)" / "（物流：负面；价格：正面）".
 */
export function markNote(
  lang: Lang,
  aspects: ReadonlyArray<{ aspect: string; polarity: 'positive' | 'neutral' | 'negative' }>,
): string {
  const seen = new Set<string>();
  const unique = aspects.filter((a) => {
    const key = `${a.aspect}:${a.polarity}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (lang === 'zh')
    return `（${unique.map((a) => `${aspectLabel(lang, a.aspect)}：${rt(lang, a.polarity)}`).join('；')}）`;
  const word = { negative: 'complaint', positive: 'praise', neutral: 'mention' };
  return ` (${unique.map((a) => `${aspectName(a.aspect).en} ${word[a.polarity]}`).join(', ')})`;
}

export function shownOf(lang: Lang, shown: number, total: number): string {
  return lang === 'zh' ? `显示 ${shown} / ${total} 条` : `Showing ${shown} of ${total}`;
}

/** "Revised by the buyer (was 1★)" / "买家已修改（原为 1 星）": the summary of a revised review. */
export function revisedLine(lang: Lang, was: number | null, now: number | null): string {
  const stars = was !== null && now !== null && was !== now;
  if (lang === 'zh') return stars ? `买家已修改（原为 ${was} 星）` : '买家已修改';
  return stars ? `Revised by the buyer (was ${was}★)` : 'Revised by the buyer';
}

export function reviewCount(lang: Lang, n: number): string {
  return lang === 'zh' ? `${n} 条评论` : `${n} review${n === 1 ? '' : 's'}`;
}

/** "Week of Jun 3" / "6月3日当周", "Jun 2024" / "2024年6月", "Q2 2024" / "2024年第2季度", "2024" / "2024年". */
export function periodLabel(lang: Lang, start: string, unit: PeriodUnit): string {
  const d = new Date(`${start}T00:00:00Z`);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const year = start.slice(0, 4);
  if (unit === 'year') return lang === 'zh' ? `${year}年` : year;
  if (unit === 'quarter') {
    const q = Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1;
    return lang === 'zh' ? `${year}年第${q}季度` : `Q${q} ${year}`;
  }
  if (unit === 'month')
    return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const day = d.toLocaleDateString(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return lang === 'zh' ? `${day}当周` : `Week of ${day}`;
}

/** Screen-reader summary of the aspect chart. */
export function aspectChartSummary(
  lang: Lang,
  rows: ReadonlyArray<{ aspect: string; negative: number; positive: number; neutral: number }>,
): string {
  const parts = rows.map((r) =>
    lang === 'zh'
      ? `${aspectLabel(lang, r.aspect)}：负面 ${r.negative}，正面 ${r.positive}，中性 ${r.neutral}`
      : `${aspectLabel(lang, r.aspect)}: ${r.negative} negative, ${r.positive} positive, ${r.neutral} neutral`,
  );
  return `${rt(lang, 'aspectTitle')}${lang === 'zh' ? '——' : ' — '}${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/** Screen-reader summary of the polarity chart. */
export function polarityChartSummary(
  lang: Lang,
  totals: { positive: number; neutral: number; negative: number; other: number },
  periods: number,
  unit: PeriodUnit,
): string {
  if (lang === 'zh') {
    const zhUnit = { week: '周', month: '月', quarter: '季度', year: '年' }[unit];
    return `${rt(lang, 'polarityTitle')}——${periods} ${unit === 'month' || unit === 'quarter' ? '个' : ''}${zhUnit}：正面 ${totals.positive}，中性 ${totals.neutral}，负面 ${totals.negative}，未分析 ${totals.other}`;
  }
  return `${rt(lang, 'polarityTitle')} — ${periods} ${unit}${periods === 1 ? '' : 's'}: ${totals.positive} positive, ${totals.neutral} neutral, ${totals.negative} negative, ${totals.other} not analysed`;
}

/**
 * The line under the product picker: the marketplace's own rating of the product (when a page showed
 * it) next to what the reviews read here say, e.g. "4.8★ from 5,849 ratings on Amazon · 10 reviews read
 * here: 9 positive, 1 negative". The two differ on purpose: the stars are every buyer's, the labels are
 * what the text of the reviews seen says.
 */
export function reviewSummary(
  lang: Lang,
  product: { market: Market; rating?: number | null; ratingCount?: number | null },
  counts: Readonly<Record<'positive' | 'neutral' | 'negative' | 'unknown' | 'pending', number>>,
): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const n = (x: number) => x.toLocaleString(locale);
  const total =
    counts.positive + counts.neutral + counts.negative + counts.unknown + counts.pending;
  const order = ['positive', 'negative', 'neutral', 'unknown', 'pending'] as const;
  const parts = order
    .filter((k) => counts[k] > 0)
    .map((k) =>
      lang === 'zh'
        ? `${rt(lang, k)} ${n(counts[k])}`
        : `${n(counts[k])} ${rt(lang, k).toLowerCase()}`,
    );
  const market = marketName(product.market, lang);
  const rating =
    product.rating === undefined || product.rating === null
      ? ''
      : lang === 'zh'
        ? `${market}评分 ${product.rating.toFixed(1)}★` +
          (product.ratingCount ? `（${n(product.ratingCount)} 个评分）· ` : ' · ')
        : `${product.rating.toFixed(1)}★` +
          (product.ratingCount
            ? ` from ${n(product.ratingCount)} rating${product.ratingCount === 1 ? '' : 's'}`
            : '') +
          ` on ${market} · `;
  return lang === 'zh'
    ? `${rating}已读取 ${n(total)} 条评论：${parts.join('，')}`
    : `${rating}${n(total)} review${total === 1 ? '' : 's'} read here: ${parts.join(', ')}`;
}

/** Countries Amazon names in "Reviewed in … on …", as Chinese readers name them. */
const COUNTRIES_ZH: Readonly<Record<string, string>> = table({
  'the United States': '美国',
  'United States': '美国',
  Canada: '加拿大',
  Mexico: '墨西哥',
  Brazil: '巴西',
  'the United Kingdom': '英国',
  'United Kingdom': '英国',
  Germany: '德国',
  France: '法国',
  Italy: '意大利',
  Spain: '西班牙',
  'the Netherlands': '荷兰',
  Netherlands: '荷兰',
  Sweden: '瑞典',
  Poland: '波兰',
  Belgium: '比利时',
  Turkey: '土耳其',
  India: '印度',
  Japan: '日本',
  Singapore: '新加坡',
  Australia: '澳大利亚',
  'the United Arab Emirates': '阿联酋',
  'Saudi Arabia': '沙特阿拉伯',
  Egypt: '埃及',
});

/**
 * When and where a review was written, in the UI's language: the page's own words in English
 * ("Reviewed in Canada on March 8, 2023"), the parsed date in Chinese ("2023年3月8日 · 加拿大"), where the
 * page's English sentence stood in the middle of a Chinese panel. The page's text when no date was read.
 */
export function reviewDateLine(lang: Lang, r: { date: string | null; dateText: string }): string {
  if (lang === 'en' || !r.date) return r.dateText || r.date || '';
  const [y, m, d] = r.date.split('-').map(Number) as [number, number, number];
  const country = /^Reviewed in (.+?) on /.exec(r.dateText)?.[1];
  const where = country ? ` · ${COUNTRIES_ZH[country] ?? country}` : '';
  return `${y}年${m}月${d}日${where}`;
}
