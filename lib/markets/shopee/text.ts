/**
 * The text Shopee's storefront prints around a review: the time line ("2024-03-12 14:21 | Variation:
 * Black,L", 規格 / Phân loại hàng / Variasi … in the region's language), the like count and the label
 * of a seller's reply.
 */
import { isoDate } from '../amazon/text';

export interface TimeLine {
  /** The date and time as shown ("2024-03-12 14:21"). */
  dateText: string;
  /** Its calendar date, null when the text is no date we know. */
  date: string | null;
  /** The variation bought, without its label ("Black,L"); '' when the line names none. */
  variant: string;
}

/**
 * Splits a review's time line. Shopee writes the buyer's date year first on every region's page
 * ("2024-03-12 14:21"), then, after " | ", the variation behind a label in the page's language. The date
 * is the calendar date as printed (the region's own time), never shifted.
 */
export function parseTimeLine(text: string): TimeLine {
  const bar = text.indexOf('|');
  const dateText = (bar >= 0 ? text.slice(0, bar) : text).trim();
  const rest = bar >= 0 ? text.slice(bar + 1).trim() : '';
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(dateText);
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  // "Variation: Black,L", "規格: 黑色,L", "Phân loại hàng: Hk3 Xanh lam" → what follows the label.
  const variant = rest.replace(/^[^:：]{1,40}[:：]\s*/, '').trim();
  return { dateText, date, variant };
}

/** "12" → 12; "Helpful?" / "Hữu ích?" / "" beside a like button (no likes yet) → 0; else undefined. */
export function parseLikes(text: string, hasButton: boolean): number | undefined {
  const m = /\d[\d.,]*/.exec(text);
  if (m) {
    const n = Number(m[0].replace(/[.,]/g, ''));
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return hasButton ? 0 : undefined;
}

/**
 * The label Shopee puts over a seller's reply to a review, in the storefronts' languages: the reply is
 * the seller's text, never part of the buyer's review.
 */
export const SELLER_REPLY =
  /^(?:seller'?s? respon[sc]es?|response from (?:the )?seller|賣家回覆|卖家回复|phản hồi của người bán|respon penjual|tanggapan penjual|balasan penjual|การตอบกลับจากผู้ขาย|resposta do vendedor|respuesta del vendedor)(?![a-z])/i;
