/** Side panel → Prices: products sorted by urgency, and the price history chart of the selected one. */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { severityRank, type Alert } from '@/lib/schemas/alert';
import { isPriceAlertKind } from '@/lib/pricing/types';
import { t, type Lang } from '@/lib/i18n';
import { listingPriceOwner, listingPriceText } from './listing-price';
import type { ListingRecord } from '@/lib/db/types';
import { useSettings } from './hooks/use-settings';
import { PriceChart } from './price-chart';
import { buildPriceSeries } from './price-series';
import { AlertCard } from './alert-card';
import { kindLabel } from './kind-label';

const L = {
  urgency: { en: 'Products by urgency', zh: '按紧急程度排序的商品' },
  noHistory: { en: 'No price history yet for this product.', zh: '该商品暂无价格历史。' },
  range: { en: 'Range', zh: '时间范围' },
  pick: { en: 'Pick a product to see its price history.', zh: '选择一个商品查看价格历史。' },
} satisfies Record<string, Record<Lang, string>>;

const RANGES = [
  { id: '7d', days: 7, label: { en: '7d', zh: '7天' } },
  { id: '30d', days: 30, label: { en: '30d', zh: '30天' } },
  { id: '1y', days: 365, label: { en: '1y', zh: '1年' } },
  { id: 'all', days: 0, label: { en: 'All', zh: '全部' } },
] as const;

interface Ranked {
  listing: ListingRecord;
  alerts: Alert[];
  worst: number;
}

function usePriceUrgency(): Ranked[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [listings, open] = await Promise.all([
      db.listings.toArray(),
      db.alerts.where('state').equals('open').toArray(),
    ]);
    const bySubject = new Map<string, Alert[]>();
    for (const a of open) {
      if (!isPriceAlertKind(a.kind)) continue;
      const list = bySubject.get(a.subject) ?? [];
      list.push(a);
      bySubject.set(a.subject, list);
    }
    return listings
      .map((listing) => {
        const alerts = bySubject.get(listing.id) ?? [];
        const worst = alerts.reduce((w, a) => Math.max(w, severityRank[a.severity] + 1), 0);
        return { listing, alerts, worst };
      })
      .toSorted(
        (a, b) =>
          b.worst - a.worst ||
          b.alerts.length - a.alerts.length ||
          (a.listing.lastSeen < b.listing.lastSeen ? 1 : -1),
      );
  }, []);
}

function History({ listing, lang }: { listing: ListingRecord; lang: Lang }) {
  const { settings } = useSettings();
  const [range, setRange] = useState<(typeof RANGES)[number]['id']>('all');
  const days = RANGES.find((r) => r.id === range)!.days;
  const data = useLiveQuery(async () => {
    const db = getDb();
    const from = days ? new Date(Date.now() - days * 86_400_000).toISOString() : '';
    const [points, offers, alerts] = await Promise.all([
      db.pricePoints
        .where('[listingId+at]')
        .between([listing.id, from], [listing.id, '\uffff'])
        .toArray(),
      db.offers
        .where('[listingId+at]')
        .between([listing.id, from], [listing.id, '\uffff'])
        .toArray(),
      db.alerts.where('subject').equals(listing.id).toArray(),
    ]);
    return { points, offers, alerts };
  }, [listing.id, days]);
  const floor =
    settings.floors[listing.id] ??
    settings.floors[listing.productKey] ??
    listing.skus.map((s) => settings.floors[s]).find(Boolean) ??
    null;
  const series = useMemo(
    () => (data ? buildPriceSeries(data.points, data.offers, data.alerts, floor) : null),
    [data, floor],
  );
  if (!data || !series) return <p className="muted">{t(lang, 'loading')}</p>;
  const openPrice = data.alerts.filter((a) => a.state === 'open' && isPriceAlertKind(a.kind));
  return (
    <div className="price-history" data-testid="price-history">
      <div className="row" role="group" aria-label={L.range[lang]}>
        {RANGES.map((r) => (
          <button
            key={r.id}
            type="button"
            aria-pressed={range === r.id}
            onClick={() => setRange(r.id)}
          >
            {r.label[lang]}
          </button>
        ))}
      </div>
      {series.currency === null ? (
        <p className="empty">{L.noHistory[lang]}</p>
      ) : (
        <PriceChart series={series} lang={lang} currency={series.currency} />
      )}
      {openPrice.map((a) => (
        <AlertCard key={a.id} alert={a} lang={lang} />
      ))}
    </div>
  );
}

export function PricesView({ lang }: { lang: Lang }) {
  const ranked = usePriceUrgency();
  const [selected, setSelected] = useState<string | null>(null);
  if (!ranked) return <p className="muted">{t(lang, 'loading')}</p>;
  if (ranked.length === 0) return <p className="empty">{t(lang, 'noProducts')}</p>;
  const current = ranked.find((r) => r.listing.id === selected) ?? ranked[0]!;
  return (
    <section aria-label={t(lang, 'tabPrices')}>
      <h2 className="sr-only">{L.urgency[lang]}</h2>
      <ul className="urgency-list" aria-label={L.urgency[lang]}>
        {ranked.map((r) => (
          <li key={r.listing.id}>
            <button
              type="button"
              className="product-row"
              aria-current={r.listing.id === current.listing.id}
              data-testid="urgency-row"
              onClick={() => setSelected(r.listing.id)}
            >
              <span className="product-title" dir="auto">
                {r.listing.title ?? r.listing.productKey}
              </span>
              <span className="product-price">{listingPriceText(r.listing, lang)}</span>
              <span className="product-meta">
                {[
                  ...(r.alerts.length > 0
                    ? r.alerts
                        .map((a) => kindLabel(a.kind, lang, a.subject))
                        .filter((v, i, all) => all.indexOf(v) === i)
                    : [r.listing.productKey]),
                  // The page's price may be a competitor's featured offer: say whose.
                  listingPriceOwner(r.listing, lang),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <History key={current.listing.id} listing={current.listing} lang={lang} />
    </section>
  );
}
