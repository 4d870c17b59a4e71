/**
 * The Reviews view's CSV export: the reviews shown (after the filters), with their sentiment and
 * aspects, for a spreadsheet or a colleague. Pure (no DOM): unit-tested on plain records.
 *
 * Review text is written by strangers, so a cell that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) is made inert with a leading apostrophe (OWASP "CSV
 * injection"); numbers are left as numbers, so a score of -0.64 stays a number. The file starts with
 * a byte-order mark so Excel opens Chinese text as UTF-8.
 *
 * The CSV writer is these few lines rather than papaparse's `unparse`: importing papaparse into the
 * side panel would ship its remote-file loader (XMLHttpRequest) in a bundle that must make no network
 * calls (tests/e2e/privacy.e2e.ts checks the built files).
 */
import type { ReviewRecord } from '@/lib/db/types';
import { colon, type Lang } from '@/lib/i18n';
import { reviewText } from '@/lib/alerts/review-text';
import { labelOf } from './aggregate';
import { aspectLabel, rt } from './strings';

const HEADERS: Record<Lang, string[]> = {
  en: [
    'Review ID',
    'Date',
    'Stars',
    'Sentiment',
    'Score',
    'Aspects',
    'Title',
    'Review',
    'Author',
    'Verified purchase',
    'Language',
    'First seen',
    'Revised by the buyer',
    'Stars before the revision',
  ],
  zh: [
    '评论 ID',
    '日期',
    '星级',
    '情感',
    '得分',
    '方面',
    '标题',
    '评论内容',
    '作者',
    '已验证购买',
    '语言',
    '首次采集',
    '买家修改时间',
    '修改前星级',
  ],
};

/** A leading =, +, -, @, tab or carriage return makes a spreadsheet evaluate the cell. */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "Shipping: Negative ("arrived late"); Price: Positive ("good value")". */
function aspectsCell(review: ReviewRecord, lang: Lang): string {
  const { text } = reviewText(review);
  return (review.aspects ?? [])
    .map((a) => {
      const span = text.slice(a.start, a.end).replace(/\s+/g, ' ').trim();
      const said = span.length > 80 ? `${span.slice(0, 79)}…` : span;
      const name = `${aspectLabel(lang, a.aspect)}${colon(lang)}${rt(lang, a.polarity)}`;
      return said ? (lang === 'zh' ? `${name}（“${said}”）` : `${name} ("${said}")`) : name;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** RFC 4180: a field with a quote, comma, line break or edge space is quoted, quotes doubled. */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const csvLine = (fields: ReadonlyArray<string | number>) => fields.map(csvField).join(',');

export function reviewsCsv(reviews: readonly ReviewRecord[], lang: Lang): string {
  const yes = lang === 'zh' ? '是' : 'yes';
  const no = lang === 'zh' ? '否' : 'no';
  const rows = reviews.map((r) => [
    inertCell(r.reviewId),
    r.date ?? inertCell(r.dateText),
    r.rating ?? '',
    rt(lang, labelOf(r)),
    r.score ?? '',
    inertCell(aspectsCell(r, lang)),
    inertCell(r.title),
    inertCell(r.body),
    inertCell(r.author ?? ''),
    r.verified === undefined ? '' : r.verified ? yes : no,
    r.lang ?? '',
    r.firstSeen,
    r.revisedAt ?? '',
    r.revisions?.at(-1)?.rating ?? '',
  ]);
  return `\uFEFF${[HEADERS[lang], ...rows].map(csvLine).join('\r\n')}\r\n`;
}

/** `seller-radar-reviews-B0BBPNPZTC-2026-11-22.csv` (the product key made safe for a file name). */
export function reviewsCsvName(productKey: string, now: Date): string {
  const key = productKey.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'product';
  return `seller-radar-reviews-${key}-${now.toISOString().slice(0, 10)}.csv`;
}
