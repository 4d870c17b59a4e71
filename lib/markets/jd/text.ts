/**
 * The text JD prints around review data: dates ("2024-05-01 12:30", "2024-05-01", "05-01" without
 * the year on the 2024 rate cards, and relative ones such as 3天前), star ratings ("star5", "5星") and vote counts ("12", "有用").
 */
import { table } from '../../lookup';
import { isoDate, parseReviewDate } from '../amazon/text';

/** JD's dates are Beijing time (UTC+8): the calendar day of an instant there. */
function beijingDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

const RELATIVE_UNITS: Readonly<Record<string, number>> = table({
  分钟: 60_000,
  小时: 3_600_000,
  天: 86_400_000,
});

/**
 * The calendar date of a review as YYYY-MM-DD, null when unreadable. A month-day without a year
 * ("05-01") is the latest such day not after the capture: the rate card leaves the year out for
 * reviews of the current year, so in January a "12-30" is last year's. A relative date (刚刚, 5分钟前,
 * 3小时前, 今天, 昨天, 前天, 3天前) is counted back from the capture. Days are Beijing days.
 */
export function parseJdDate(text: string, capturedAt: string): string | null {
  const full = parseReviewDate(text);
  if (full) return full;
  const atMs = Date.parse(capturedAt);
  if (Number.isNaN(atMs)) return null;
  const today = beijingDay(atMs);
  const t = text.replace(/\s+/g, '');
  const named = /^(刚刚|今天|昨天|前天)/.exec(t);
  if (named) {
    const back = { 刚刚: 0, 今天: 0, 昨天: 1, 前天: 2 }[named[1] as '刚刚'];
    return beijingDay(atMs - back * 86_400_000);
  }
  const ago = /^(\d{1,4})(分钟|小时|天)前/.exec(t);
  if (ago) return beijingDay(atMs - Number(ago[1]) * RELATIVE_UNITS[ago[2]!]!);
  const md =
    /(?:^|[^\d-])(\d{1,2})-(\d{1,2})(?![\d-])/.exec(text) ?? /(\d{1,2})月(\d{1,2})日/.exec(text);
  if (!md) return null;
  const m = Number(md[1]);
  const d = Number(md[2]);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = isoDate(y, m, d);
    if (iso && iso <= today) return iso;
  }
  return null;
}

/** A date at the start of a text: "2024-05-01 12:30 黑色 XL", "3天前 黑色 XL" → the date's text and the rest. */
export function splitLeadingDate(text: string): { date: string; rest: string } {
  const m =
    /^\s*((?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}|今天|昨天|前天)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|刚刚|\d{1,4}\s*(?:分钟|小时|天)前)\s*/.exec(
      text,
    );
  if (!m) return { date: '', rest: text.trim() };
  return { date: m[1]!, rest: text.slice(m[0].length).trim() };
}

/** True for a text that is a date (and maybe a time) and nothing else: the last `.order-info` span. */
export function isDateText(text: string): boolean {
  const { date, rest } = splitLeadingDate(text);
  return date !== '' && rest === '';
}

/** A star rating from a class (`star5`, `star-4`) or a label ("5星", "4分", "5 stars"); null when none. */
export function starsFrom(text: string): number | null {
  const m = /\bstar-?([0-5])\b/i.exec(text) ?? /([0-5])\s*(?:星|分|颗星|stars?)/i.exec(text);
  return m ? Number(m[1]) : null;
}

/** A vote count: "12" → 12, "1.2万" → 12000, "有用" / "点赞" (none yet) → 0; undefined when unreadable. */
export function parseVotes(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const m = /(\d+(?:\.\d+)?)\s*(万)?/.exec(t);
  if (m) return Math.round(Number(m[1]) * (m[2] ? 10_000 : 1));
  return /^(?:有用|点赞|赞|回复)$/.test(t) ? 0 : undefined;
}
