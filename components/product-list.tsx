import { useEffect, useRef } from 'react';
import { useListings } from './hooks/use-db';
import { t, formatDateTime, type Lang } from '@/lib/i18n';
import { storefrontName } from '@/lib/markets/names';
import { listingPriceOwner, listingPriceText } from './listing-price';
import { useUiStore } from '@/lib/stores/ui-store';

export function ProductList({ lang }: { lang: Lang }) {
  const listings = useListings();
  const query = useUiStore((s) => s.productQuery);
  const setQuery = useUiStore((s) => s.setProductQuery);
  const select = useUiStore((s) => s.selectListing);
  const returnTo = useUiStore((s) => s.returnToListingId);
  const clearReturnTo = useUiStore((s) => s.clearReturnTo);
  const list = useRef<HTMLUListElement>(null);
  // Back from a product puts the focus on that product's row (it was on <body> once the detail closed).
  useEffect(() => {
    if (!returnTo || listings === undefined) return;
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-listing-id]') ?? [];
    [...rows].find((r) => r.dataset.listingId === returnTo)?.focus();
    clearReturnTo();
  }, [returnTo, listings, clearReturnTo]);
  if (listings === undefined) return <p className="muted">{t(lang, 'loading')}</p>;
  const q = query.trim().toLowerCase();
  const shown = q
    ? listings.filter((l) =>
        `${l.title ?? ''} ${l.productKey} ${l.skus.join(' ')}`.toLowerCase().includes(q),
      )
    : listings;
  return (
    <section aria-label={t(lang, 'tabProducts')}>
      <input
        type="search"
        className="search"
        placeholder={t(lang, 'search')}
        aria-label={t(lang, 'search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="empty">{t(lang, 'noProducts')}</p>
      ) : (
        <ul className="product-list" ref={list}>
          {shown.map((l) => {
            const owner = listingPriceOwner(l, lang);
            return (
              <li key={l.id}>
                <button
                  type="button"
                  className="product-row"
                  data-testid="product-row"
                  data-listing-id={l.id}
                  onClick={() => select(l.id)}
                >
                  <span className="product-title" dir="auto">
                    {l.title ?? l.productKey}
                  </span>
                  <span className="product-price" data-testid="product-price">
                    {listingPriceText(l, lang)}
                  </span>
                  <span className="product-meta">
                    <span className="market">{storefrontName(l.market, l.id, lang)}</span> ·{' '}
                    {l.productKey}
                    {l.own && <span className="own"> · {t(lang, 'ownListing')}</span>}
                    {/* The price shown is the featured offer's: say whose, since it may not be yours. */}
                    {owner && (
                      <span className="featured">
                        {' · '}
                        {owner}
                      </span>
                    )}
                  </span>
                  <time className="muted" dateTime={l.lastSeen}>
                    {formatDateTime(l.lastSeen, lang)}
                  </time>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
