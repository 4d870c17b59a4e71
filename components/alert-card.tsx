import type { Alert } from '@/lib/schemas/alert';
import { t, formatDateTime, type Lang, type MessageKey } from '@/lib/i18n';
import { send } from './send';

const DAY_MS = 86_400_000;

function act(action: Parameters<typeof send>[0] & { type: 'updateAlert' }): void {
  void send(action);
}

export function AlertCard({
  alert,
  lang,
  compact = false,
}: {
  alert: Alert;
  lang: Lang;
  compact?: boolean;
}) {
  const id = alert.id ?? -1;
  return (
    <article
      className={`alert-card severity-${alert.severity} state-${alert.state}`}
      data-kind={alert.kind}
      data-testid="alert-card"
      aria-label={t(lang, `kind_${alert.kind}` as MessageKey)}
    >
      <header>
        <span className={`badge badge-${alert.severity}`}>
          {t(lang, `severity_${alert.severity}` as MessageKey)}
        </span>
        <strong>{t(lang, `kind_${alert.kind}` as MessageKey)}</strong>
        <time dateTime={alert.at}>{formatDateTime(alert.at, lang)}</time>
      </header>
      <p className="alert-message">{alert.message[lang]}</p>
      {!compact && (
        <p className="alert-next">
          <span>{t(lang, 'nextStep')}: </span>
          {alert.nextStep[lang]}
        </p>
      )}
      {!compact && Object.keys(alert.evidence).length > 0 && (
        <details>
          <summary>{t(lang, 'evidence')}</summary>
          <pre>{JSON.stringify(alert.evidence, null, 2)}</pre>
        </details>
      )}
      <footer>
        {alert.state === 'open' || alert.state === 'snoozed' ? (
          <>
            <button
              type="button"
              onClick={() =>
                act({
                  type: 'updateAlert',
                  id,
                  action: { state: 'snoozed', until: new Date(Date.now() + DAY_MS).toISOString() },
                })
              }
            >
              {t(lang, 'snooze')}
            </button>
            <button
              type="button"
              onClick={() => act({ type: 'updateAlert', id, action: { state: 'dismissed' } })}
            >
              {t(lang, 'dismiss')}
            </button>
            <button
              type="button"
              onClick={() => act({ type: 'updateAlert', id, action: { state: 'resolved' } })}
            >
              {t(lang, 'resolve')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => act({ type: 'updateAlert', id, action: { state: 'open' } })}
          >
            {t(lang, 'reopen')}
          </button>
        )}
      </footer>
    </article>
  );
}
