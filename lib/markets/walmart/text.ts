/**
 * Walmart's review dates: `reviewSubmissionTime` is the US month/day/year without zero padding
 * ("6/5/2024" is 5 June 2024), the way walmart.com prints it under a review. Read strictly as
 * month first (never day first, whatever the browser's locale), as YYYY-MM-DD; an ISO date
 * ("2024-06-05T14:03:00Z") and a written-out date ("Jun 5, 2024") are read too.
 */
import { isoDate, parseReviewDate } from '../amazon/text';

/** "6/5/2024" → "2024-06-05"; null when the text is not a date. */
export function parseWalmartDate(text: string): string | null {
  const t = text.trim();
  if (t === '' || t.length > 100) return null;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|,|$)/.exec(t);
  if (mdy) return isoDate(+mdy[3]!, +mdy[1]!, +mdy[2]!);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(t);
  if (ymd) return isoDate(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  return /[a-z]/i.test(t) ? parseReviewDate(t, 'en-US') : null;
}
