import { useListings } from './hooks/use-db';
import { t, formatMoney, formatDateTime, type Lang } from '@/lib/i18n';
import { BUY_BOX_MARKETS, storefrontName } from '@/lib/markets/names';
import { useUiStore } from '@/lib/stores/ui-store';

export function ProductList({ lang }: { lang: Lang }) {
  const listings = useListings();
  const query = useUiStore((s) => s.productQuery);
  const setQuery = useUiStore((s) => s.setProductQuery);
  const select = useUiStore((s) => s.selectListing);
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
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="empty">{t(lang, 'noProducts')}</p>
      ) : (
        <ul className="product-list">
          {shown.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="product-row"
                data-testid="product-row"
                onClick={() => select(l.id)}
              >
                <span className="product-title">{l.title ?? l.productKey}</span>
                <span className="product-price" data-testid="product-price">
                  {l.price
                    ? formatMoney(l.price, lang)
                    : l.priceUnreadable
                      ? t(lang, 'priceUnreadable')
                      : '—'}
                </span>
                <span className="product-meta">
                  <span className="market">{storefrontName(l.market, l.id, lang)}</span> ·{' '}
                  {l.productKey}
                  {l.own && <span className="own"> · {t(lang, 'ownListing')}</span>}
                  {/* The price shown is the featured offer's: say whose, since it may not be yours. */}
                  {l.featuredSeller && l.price && (
                    <span className="featured">
                      {' · '}
                      {t(lang, BUY_BOX_MARKETS.has(l.market) ? 'featuredBy' : 'sellerBy').replace(
                        '{seller}',
                        () => l.featuredSeller!,
                      )}
                    </span>
                  )}
                </span>
                <time className="muted" dateTime={l.lastSeen}>
                  {formatDateTime(l.lastSeen, lang)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
