import { useMemo, useState } from 'react';
import { useAlerts, useListings } from './hooks/use-db';
import { AlertCard, pageSubject, type AlertSubject } from './alert-card';
import { t, type Lang } from '@/lib/i18n';
import type { Alert } from '@/lib/schemas/alert';
import type { ListingRecord } from '@/lib/db/types';
import { storefrontName } from '@/lib/markets/names';
import { useUiStore } from '@/lib/stores/ui-store';

/** The product an alert is about, "title · storefront", or the page of a parser-health alert. */
function subjectOf(
  alert: Alert,
  listings: ReadonlyMap<string, ListingRecord>,
  lang: Lang,
  open: ((id: string) => void) | undefined,
): AlertSubject | undefined {
  const listing = listings.get(alert.subject);
  if (!listing) return pageSubject(alert);
  const title = listing.title ?? listing.productKey;
  const short = title.length > 70 ? `${title.slice(0, 69)}…` : title;
  return {
    label: short,
    where: storefrontName(listing.market, listing.id, lang),
    ...(open ? { onOpen: () => open(listing.id) } : {}),
  };
}

/** Alert cards the side panel renders at a time (more on request). */
export const ALERT_PAGE = 50;

export function AlertList({
  lang,
  limit,
  compact,
}: {
  lang: Lang;
  limit?: number;
  compact?: boolean;
}) {
  const [pageEnd, setPageEnd] = useState(ALERT_PAGE);
  const showClosed = useUiStore((s) => s.showClosedAlerts);
  const setShowClosed = useUiStore((s) => s.setShowClosedAlerts);
  const alerts = useAlerts(showClosed);
  const listings = useListings();
  const byId = useMemo(() => new Map((listings ?? []).map((l) => [l.id, l])), [listings]);
  const selectListing = useUiStore((s) => s.selectListing);
  const setTab = useUiStore((s) => s.setTab);
  // The popup has no product view to open; the side panel opens the product under Products.
  const open = compact
    ? undefined
    : (id: string) => {
        selectListing(id);
        setTab('products');
      };
  if (alerts === undefined) return <p className="muted">{t(lang, 'loading')}</p>;
  // The popup is a summary of what needs the seller now: snoozed alerts wait in the side panel.
  const relevant = compact ? alerts.filter((a) => a.state === 'open') : alerts;
  // The side panel shows a page of cards at a time: a seller with months of review alerts had 2,660
  // cards rendered at once, and the Alerts tab took 2–3 s to appear.
  const shown = relevant.slice(0, limit ?? pageEnd);
  return (
    <section aria-label={t(lang, 'tabAlerts')}>
      {!compact && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={showClosed}
            onChange={(e) => setShowClosed(e.target.checked)}
          />
          {t(lang, 'showAll')}
        </label>
      )}
      {shown.length === 0 ? (
        <p className="empty">{t(lang, 'noAlerts')}</p>
      ) : (
        shown.map((a) => (
          <AlertCard
            key={a.id}
            alert={a}
            lang={lang}
            compact={compact}
            subject={subjectOf(a, byId, lang, open)}
          />
        ))
      )}
      {relevant.length > shown.length &&
        (limit ? (
          <p className="muted" data-testid="more-alerts">
            {t(lang, 'moreAlerts').replace('{n}', String(relevant.length - shown.length))}
          </p>
        ) : (
          <button
            type="button"
            data-testid="show-more-alerts"
            onClick={() => setPageEnd((n) => n + ALERT_PAGE)}
          >
            {t(lang, 'showMoreAlerts')
              .replace('{n}', String(Math.min(ALERT_PAGE, relevant.length - shown.length)))
              .replace('{left}', String(relevant.length - shown.length))}
          </button>
        ))}
    </section>
  );
}
