import { table } from '@/lib/lookup';
import { useEffect, useRef } from 'react';
import { useLatestOffers, useLatestReviews, useListing } from './hooks/use-db';
import { t, formatMoney, formatDateTime, type Lang } from '@/lib/i18n';
import { useUiStore } from '@/lib/stores/ui-store';
import { BUY_BOX_MARKETS } from '@/lib/markets/names';
import { reviewDateLine } from './reviews/strings';
import { Stars } from './stars';

/** Listing states as Amazon's Chinese Seller Central names them; other text is shown as the page wrote it. */
const STATUS_ZH: Readonly<Record<string, string>> = table({
  active: '在售',
  inactive: '不可售',
  incomplete: '信息不完整',
  'out of stock': '缺货',
  suppressed: '已禁止显示',
  'search suppressed': '搜索中禁止显示',
  closed: '已关闭',
  blocked: '已屏蔽',
});
const statusText = (status: string, lang: Lang) =>
  lang === 'zh' ? (STATUS_ZH[status.trim().toLowerCase()] ?? status) : status;

export function ProductDetail({ listingId, lang }: { listingId: string; lang: Lang }) {
  const listing = useListing(listingId);
  const offers = useLatestOffers(listingId);
  const reviews = useLatestReviews(listingId, 10);
  const select = useUiStore((s) => s.selectListing);
  const ownOffer = offers?.find((o) => o.isOwn);
  const heading = useRef<HTMLHeadingElement>(null);
  const loadedId = listing ? listing.id : null;
  // Opening a product (from the list or an alert) moves the keyboard focus to its heading, so the
  // next Tab continues in the product, not at the top of the page.
  useEffect(() => {
    if (loadedId) heading.current?.focus();
  }, [loadedId]);
  if (listing === undefined) return <p className="muted">{t(lang, 'loading')}</p>;
  if (listing === null) return <p className="empty">{t(lang, 'noProducts')}</p>;
  return (
    <section className="product-detail" aria-label={t(lang, 'product')}>
      <button type="button" className="link" onClick={() => select(null)}>
        ← {t(lang, 'back')}
      </button>
      <h2 data-testid="detail-title" ref={heading} tabIndex={-1} dir="auto">
        {listing.title ?? listing.productKey}
      </h2>
      <dl className="facts">
        {/* A product page's price is the featured offer's, which may be a competitor's: say whose. */}
        <dt>
          {!listing.featuredSeller
            ? t(lang, 'currentPrice')
            : BUY_BOX_MARKETS.has(listing.market)
              ? t(lang, 'featuredOffer')
              : t(lang, 'pagePrice')}
        </dt>
        <dd data-testid="detail-price">
          {listing.price
            ? formatMoney(listing.price, lang)
            : listing.priceUnreadable
              ? t(lang, 'priceUnreadable')
              : '—'}
          {listing.featuredSeller && (
            <span data-testid="detail-featured">
              {' · '}
              <bdi>{listing.featuredSeller}</bdi>
            </span>
          )}
        </dd>
        {ownOffer?.landedPrice && (
          <>
            <dt>{t(lang, 'yourPrice')}</dt>
            <dd data-testid="detail-own-price">{formatMoney(ownOffer.landedPrice, lang)}</dd>
          </>
        )}
        {listing.rating !== undefined && listing.rating !== null && (
          <>
            <dt>{t(lang, 'rating')}</dt>
            <dd>
              <Stars rating={listing.rating} lang={lang} /> {listing.rating}
              {listing.ratingCount
                ? ` · ${listing.ratingCount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} ${t(lang, 'ratings')}`
                : ''}
            </dd>
          </>
        )}
        {listing.skus.length > 0 && (
          <>
            <dt>{t(lang, 'sku')}</dt>
            <dd>{listing.skus.join(', ')}</dd>
          </>
        )}
        {listing.status && (
          <>
            <dt>{t(lang, 'status')}</dt>
            <dd>{statusText(listing.status, lang)}</dd>
          </>
        )}
        {listing.quantity !== undefined && listing.quantity !== null && (
          <>
            <dt>{t(lang, 'quantity')}</dt>
            <dd>{listing.quantity}</dd>
          </>
        )}
        <dt>{t(lang, 'lastSeen')}</dt>
        <dd>{formatDateTime(listing.lastSeen, lang)}</dd>
      </dl>
      {listing.url && (
        <p>
          <a href={listing.url} target="_blank" rel="noreferrer noopener">
            {listing.url}
          </a>
        </p>
      )}

      <h3>{t(lang, 'competitorOffers')}</h3>
      {!offers || offers.length === 0 ? (
        <p className="empty">{t(lang, 'noOffers')}</p>
      ) : (
        // A narrow panel scrolls the table sideways rather than splitting prices or widening the page.
        <div className="table-scroll">
          <table className="offers" data-testid="offers-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'seller')}</th>
                <th scope="col">{t(lang, 'itemPrice')}</th>
                <th scope="col">{t(lang, 'shippingColumn')}</th>
                <th scope="col">{t(lang, 'landedPrice')}</th>
              </tr>
            </thead>
            <tbody>
              {offers.map((o) => (
                <tr key={o.id} className={o.isOwn ? 'own' : o.isFeatured ? 'featured' : ''}>
                  <td>
                    <bdi>{o.sellerName}</bdi>
                    {o.isFeatured && <span className="tag"> {t(lang, 'featuredOfferTag')}</span>}
                    {o.isOwn && <span className="tag"> {t(lang, 'ownListing')}</span>}
                  </td>
                  <td>{formatMoney(o.price, lang)}</td>
                  <td className="muted">
                    {o.shipping
                      ? o.shipping.amount === 0
                        ? t(lang, 'freeShipping')
                        : `+${formatMoney(o.shipping, lang)}`
                      : ''}
                  </td>
                  <td>
                    <strong>{formatMoney(o.landedPrice, lang)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t(lang, 'latestReviews')}</h3>
      {!reviews || reviews.length === 0 ? (
        <p className="empty">{t(lang, 'noReviews')}</p>
      ) : (
        <ul className="reviews">
          {reviews.map((r) => (
            <li key={r.id} data-testid="review-item">
              <div>
                <Stars rating={r.rating} lang={lang} /> <strong dir="auto">{r.title}</strong>
              </div>
              <div className="muted">
                <bdi>{reviewDateLine(lang, r)}</bdi>
                {r.verified ? ` · ${t(lang, 'verified')}` : ''}
              </div>
              {/* Review text is rendered as text (React escapes it): hostile HTML stays inert. */}
              <p className="review-body" dir="auto">
                {r.body}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
