/**
 * Side panel → Reviews: pick a product that has reviews, see its sentiment over time and what customers
 * praise or complain about (aspects), and read the reviews with the aspect spans highlighted, filtered
 * by sentiment or aspect. Labels come from the background worker (the panel never runs the model).
 */
import { useMemo, useState } from 'react';
import type { Lang } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { useUiStore } from '@/lib/stores/ui-store';
import {
  ASPECT_ORDER,
  aspectBreakdown,
  filterReviews,
  labelCounts,
  polarityByPeriod,
  sortNewestFirst,
  type LabelFilter,
} from './reviews/aggregate';
import { AspectChart, PolarityChart } from './reviews/review-charts';
import { ReviewList } from './reviews/review-list';
import { reviewsCsv, reviewsCsvName } from './reviews/export';
import { downloadText } from './download';
import { aspectLabel, reviewCount, reviewSummary, rt, shownOf } from './reviews/strings';
import { useProductReviews, useReviewedProducts } from './reviews/use-reviews';

const PAGE = 50;
const LABELS: LabelFilter[] = ['all', 'negative', 'neutral', 'positive', 'unknown', 'pending'];

export function ReviewsView({ lang }: { lang: Lang }) {
  const products = useReviewedProducts();
  const fromProducts = useUiStore((s) => s.selectedListingId);
  const [picked, setPicked] = useState<string | null>(null);
  const [label, setLabel] = useState<LabelFilter>('all');
  const [aspect, setAspect] = useState<string>('all');
  const [limit, setLimit] = useState(PAGE);

  // The product chosen here, else the one open in the Products tab, else the most reviewed one.
  const listingId =
    (picked && products?.some((p) => p.listingId === picked) ? picked : null) ??
    (fromProducts && products?.some((p) => p.listingId === fromProducts) ? fromProducts : null) ??
    products?.[0]?.listingId ??
    null;
  const reviews = useProductReviews(listingId);
  const current = products?.find((p) => p.listingId === listingId);

  const sorted = useMemo(() => sortNewestFirst(reviews ?? []), [reviews]);
  const series = useMemo(() => polarityByPeriod(sorted), [sorted]);
  const aspects = useMemo(() => aspectBreakdown(sorted), [sorted]);
  const counts = useMemo(() => labelCounts(sorted), [sorted]);
  const filtered = useMemo(() => filterReviews(sorted, { label, aspect }), [sorted, label, aspect]);

  if (products === undefined) return <p className="muted">{t(lang, 'loading')}</p>;
  if (products.length === 0) return <p className="empty">{rt(lang, 'noReviewed')}</p>;

  const choose = (id: string) => {
    setPicked(id);
    setLabel('all');
    setAspect('all');
    setLimit(PAGE);
  };

  return (
    <section className="reviews-view" aria-label={t(lang, 'tabReviews')}>
      <label className="row">
        <span>{rt(lang, 'product')}</span>
        <select
          data-testid="review-product"
          value={listingId ?? ''}
          onChange={(e) => choose(e.target.value)}
        >
          {products.map((p) => (
            <option key={p.listingId} value={p.listingId}>
              {p.name} · {reviewCount(lang, p.count)}
            </option>
          ))}
        </select>
      </label>

      {reviews === undefined ? (
        <p className="muted">{t(lang, 'loading')}</p>
      ) : (
        <>
          {current && sorted.length > 0 && (
            <p className="muted review-summary" data-testid="review-summary">
              {reviewSummary(lang, current, counts)}
            </p>
          )}
          <h2>{rt(lang, 'polarityTitle')}</h2>
          <PolarityChart series={series} lang={lang} />

          <h2>{rt(lang, 'aspectTitle')}</h2>
          {aspects.length === 0 ? (
            <p className="empty">{rt(lang, 'noAspects')}</p>
          ) : (
            <AspectChart
              rows={aspects}
              lang={lang}
              onPick={(a) => {
                setAspect(a);
                setLimit(PAGE);
              }}
            />
          )}

          <h2>{rt(lang, 'reviewsTitle')}</h2>
          <div className="row review-filters">
            <label>
              {rt(lang, 'filterLabel')}{' '}
              <select
                data-testid="filter-label"
                value={label}
                onChange={(e) => {
                  setLabel(e.target.value as LabelFilter);
                  setLimit(PAGE);
                }}
              >
                {LABELS.map((l) => (
                  <option key={l} value={l}>
                    {rt(lang, l)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {rt(lang, 'filterAspect')}{' '}
              <select
                data-testid="filter-aspect"
                value={aspect}
                onChange={(e) => {
                  setAspect(e.target.value);
                  setLimit(PAGE);
                }}
              >
                <option value="all">{rt(lang, 'all')}</option>
                {ASPECT_ORDER.map((a) => (
                  <option key={a} value={a}>
                    {aspectLabel(lang, a)}
                  </option>
                ))}
              </select>
            </label>
            {(label !== 'all' || aspect !== 'all') && (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setLabel('all');
                  setAspect('all');
                }}
              >
                {rt(lang, 'clearFilters')}
              </button>
            )}
            <span className="muted" data-testid="review-count" aria-live="polite">
              {shownOf(lang, Math.min(limit, filtered.length), filtered.length)}
            </span>
            {filtered.length > 0 && (
              <button
                type="button"
                className="link"
                data-testid="export-reviews"
                title={rt(lang, 'exportCsvHint')}
                onClick={() =>
                  downloadText(
                    reviewsCsvName(filtered[0]!.productKey, new Date()),
                    reviewsCsv(filtered, lang),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {rt(lang, 'exportCsv')}
              </button>
            )}
          </div>
          {filtered.length === 0 ? (
            <p className="empty">{rt(lang, 'noMatch')}</p>
          ) : (
            <ReviewList reviews={filtered.slice(0, limit)} lang={lang} />
          )}
          {filtered.length > limit && (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              {rt(lang, 'showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
