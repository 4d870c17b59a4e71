import { useAlerts } from './hooks/use-db';
import { AlertCard } from './alert-card';
import { t, type Lang } from '@/lib/i18n';
import { useUiStore } from '@/lib/stores/ui-store';

export function AlertList({
  lang,
  limit,
  compact,
}: {
  lang: Lang;
  limit?: number;
  compact?: boolean;
}) {
  const showClosed = useUiStore((s) => s.showClosedAlerts);
  const setShowClosed = useUiStore((s) => s.setShowClosedAlerts);
  const alerts = useAlerts(showClosed);
  if (alerts === undefined) return <p className="muted">{t(lang, 'loading')}</p>;
  const shown = limit ? alerts.slice(0, limit) : alerts;
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
        shown.map((a) => <AlertCard key={a.id} alert={a} lang={lang} compact={compact} />)
      )}
    </section>
  );
}
