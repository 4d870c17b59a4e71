/**
 * The text JD prints around review data: dates ("2024-05-01 12:30", "2024-05-01", and "05-01" without
 * the year on the 2024 rate cards), star ratings ("star5", "5星") and vote counts ("12", "有用").
 */
import { parseReviewDate } from '../amazon/text';

/**
 * The calendar date of a review as YYYY-MM-DD, null when unreadable. A month-day without a year
 * ("05-01") is the latest such day not after the capture: the rate card leaves the year out for
 * reviews of the current year, so in January a "12-30" is last year's.
 */
export function parseJdDate(text: string, capturedAt: string): string | null {
  const full = parseReviewDate(text);
  if (full) return full;
  const md =
    /(?:^|[^\d-])(\d{1,2})-(\d{1,2})(?![\d-])/.exec(text) ?? /(\d{1,2})月(\d{1,2})日/.exec(text);
  if (!md) return null;
  const at = new Date(capturedAt);
  if (Number.isNaN(at.getTime())) return null;
  const m = Number(md[1]);
  const d = Number(md[2]);
  for (const year of [at.getUTCFullYear(), at.getUTCFullYear() - 1]) {
    const iso = parseReviewDate(`${year}-${m}-${d}`);
    if (iso && iso <= at.toISOString().slice(0, 10)) return iso;
  }
  return null;
}

/** A date at the start of a text: "2024-05-01 12:30 黑色 XL" → the date's text and the rest. */
export function splitLeadingDate(text: string): { date: string; rest: string } {
  const m =
    /^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}-\d{1,2})\s*/.exec(
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
