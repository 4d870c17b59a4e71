/**
 * The text Etsy prints around prices and reviews: review dates in the buyer's locale ("Nov 3, 2024"
 * in the US, "03 Nov, 2024" in the UK, "03.11.2024" or "3. Nov. 2024" in Germany), star ratings
 * ("Rating: 5 out of 5", "5 out of 5 stars", "5 von 5 Sternen") and the currency the page shows.
 */
import { parseReviewDate } from '../amazon/text';

/** Date shapes Etsy prints, most specific first; each candidate is checked by parseReviewDate. */
const DATE_SHAPES = [
  /(\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})/u, // Nov 3, 2024 · November 3 2024
  /(\d{1,2}\.?\s+\p{L}{3,10}\.?,?\s+\d{4})/u, // 03 Nov, 2024 · 3. Nov. 2024 · 3 novembre 2024
  /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})/u, // 2024-11-03 · 03.11.2024 · 11/03/2024
];

/** A review date as YYYY-MM-DD, null when unreadable. `locale` decides 11/03/2024 (en-US: Nov 3). */
export function parseEtsyDate(text: string, locale?: string): string | null {
  return findDate(text, locale)?.date ?? null;
}

/** The first date in a line of text ("Sarah Nov 3, 2024"): its text as shown and as YYYY-MM-DD. */
export function findDate(
  text: string,
  locale?: string,
): { date: string; text: string; index: number } | null {
  const t = text.replace(/\s+/g, ' ');
  let best: { date: string; text: string; index: number } | null = null;
  for (const shape of DATE_SHAPES) {
    const re = new RegExp(shape.source, 'gu');
    for (const m of t.matchAll(re)) {
      const date = parseReviewDate(m[1]!, locale);
      if (date && (!best || m.index! < best.index)) best = { date, text: m[1]!, index: m.index! };
      if (date) break;
    }
  }
  return best;
}

/** A star rating from a label: "Rating: 5 out of 5", "4 out of 5 stars", "5 von 5 Sternen", "4.5". */
export function starsFromLabel(text: string): number | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m =
    /rating:?\s*(\d(?:[.,]\d)?)/i.exec(t) ??
    /(\d(?:[.,]\d)?)\s*(?:out of|of|von|sur|de|su|van|z|av|af|из)\s*5\b/i.exec(t) ??
    /^(\d(?:[.,]\d)?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return n >= 0 && n <= 5 ? n : null;
}

/**
 * The currency the page says it shows prices in: Etsy's footer button "United States | English (US)
 * | $ (USD)" ends with the code in brackets. Null when the text has none.
 */
export function currencyFromLocaleText(text: string): string | null {
  const m = /\(([A-Z]{3})\)\s*$/.exec(text.replace(/\s+/g, ' ').trim());
  return m ? m[1]! : null;
}
