/**
 * A member's Feedback profile (`/fdbk/feedback_profile/<user>`, and the same list at
 * `/fdbk/mweb_profile?username=<user>` where the item page's "See all feedback" leads): every feedback
 * entry the page shows, each under the item it names (feedback.ts: rating 5/3/1 for positive, neutral,
 * negative; buyer's masked name; the time as shown; verified purchase; replies appended). No listing
 * rows: the page names items but none of their prices, and a public page reports at most one listing
 * (the background refuses more); each entry's listing is created from its item id, the id the item
 * page and Seller Hub use.
 *
 * Left out, each counted in a warning: entries naming no item (there is no product to keep them
 * under), feedback left by sellers (the member's purchases) and eBay's automated feedback. The tabs
 * that list the member's feedback as a buyer or the feedback they left for others
 * (`filter=feedback_page:RECEIVED_AS_BUYER`, `…:LEFT_FOR_OTHERS`, `fdbkType=FeedbackReceivedAsBuyer`,
 * `FeedbackLeftForOthers`) are not about the member's items: nothing is read there, with a warning.
 *
 * A page with entries none of which can be read, or with neither entries nor a feedback list, is a
 * layout we no longer understand (LayoutChangedError → parser-health). The list renders after the
 * page on some builds (the content script re-reads on mutations): a list without entries yet is zero
 * reviews and a warning.
 */
import { LayoutChangedError, type MarketParser, type ParseContext } from '../types';
import { querySelectorFirst } from '../dom';
import { feedbackCards, readFeedback } from './feedback';
import { ebayFeedbackUserFromUrl } from './match';
import { feedbackSelectors } from './selectors';

/** The profile tabs whose entries are not about the member's own items. */
const NOT_AS_SELLER =
  /RECEIVED_AS_BUYER|LEFT_FOR_OTHERS|FeedbackReceivedAsBuyer|FeedbackLeftForOthers/i;

function tabOf(url: URL): string {
  return [url.searchParams.get('filter'), url.searchParams.get('fdbkType')]
    .filter((v): v is string => v !== null)
    .join(' ');
}

/** The Feedback profile's entries (see the header). */
export function parseFeedbackProfile(
  doc: Document,
  ctx: ParseContext,
): ReturnType<MarketParser['parse']> {
  const warnings: string[] = [];
  if (!ebayFeedbackUserFromUrl(ctx.url)) {
    throw new LayoutChangedError('ebay/reviews: no member in the URL');
  }
  const tab = tabOf(ctx.url);
  if (NOT_AS_SELLER.test(tab)) {
    return {
      reviews: [],
      warnings: [
        `this tab (${tab.slice(0, 80)}) lists feedback about the member's purchases or left by them: only feedback received as a seller is read`,
      ],
    };
  }
  const cards = feedbackCards(doc);
  const read = readFeedback(cards, (_card, named) => named, warnings);
  if (cards.length > 0 && read.reviews.length === 0 && read.unreadable > 0) {
    throw new LayoutChangedError(
      `ebay/reviews: ${cards.length} feedback entries on the page but none could be read (no comment, no rating) — the feedback layout may have changed`,
    );
  }
  if (cards.length === 0) {
    if (!querySelectorFirst(doc, feedbackSelectors.list)) {
      throw new LayoutChangedError(
        'ebay/reviews: no feedback list (li.fdbk-container, table#feedback-cards) on the page — the page layout may have changed',
      );
    }
    warnings.push('no feedback entries on the page (none yet, or not rendered yet)');
  }
  if (read.noItem > 0) {
    warnings.push(
      `${read.noItem} feedback entr${read.noItem === 1 ? 'y' : 'ies'} naming no item left out`,
    );
  }
  if (read.notBuyers > 0) {
    warnings.push(
      `${read.notBuyers} entr${read.notBuyers === 1 ? 'y' : 'ies'} left by sellers or by eBay (automated feedback) left out`,
    );
  }
  if (read.unreadable > 0) {
    warnings.push(
      `${read.unreadable} entr${read.unreadable === 1 ? 'y' : 'ies'} with neither a comment nor a rating left out`,
    );
  }
  return {
    reviews: read.reviews,
    ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
  };
}
