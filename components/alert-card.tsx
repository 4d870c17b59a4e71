import { Fragment, useState } from 'react';
import type { Alert } from '@/lib/schemas/alert';
import { t, colon, formatDateTime, type Lang, type MessageKey } from '@/lib/i18n';
import { evidenceView, type EvidenceView } from './evidence';
import { kindLabel } from './kind-label';
import { send } from './send';

const DAY_MS = 86_400_000;

type AlertAction = Parameters<typeof send>[0] & { type: 'updateAlert' };

/**
 * Sends a snooze/dismiss/resolve/reopen and says why when it did not happen: a full disk, a database
 * error, or a background that could not be reached (the card stays as it was, so the seller can retry).
 */
async function act(action: AlertAction, lang: Lang): Promise<string | null> {
  try {
    const r = await send(action);
    if (r.ok) return null;
    return r.error.code === 'storage-full' ? t(lang, 'actionStorageFull') : r.error.message;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** What an alert is about, shown under its heading: a product (which can be opened) or a page. */
export interface AlertSubject {
  /** The product's title (page-provided, shown bidi-isolated) or the page. */
  label: string;
  /** The storefront, after a middle dot: "… · amazon.de". */
  where?: string;
  /** Opens the product in the side panel; absent where there is nowhere to go (popup, a page URL). */
  onOpen?: () => void;
}

/**
 * The subject line of an alert whose subject the list cannot name from a listing: the page of a
 * parser-health alert (its evidence keeps the URL), shown as host and path.
 */
export function pageSubject(alert: Pick<Alert, 'kind' | 'evidence'>): AlertSubject | undefined {
  const url = alert.evidence.url;
  if (alert.kind !== 'parser-health' || typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    const path = u.pathname.length > 48 ? `${u.pathname.slice(0, 47)}…` : u.pathname;
    return { label: `${u.hostname}${path}` };
  } catch {
    return undefined;
  }
}

/** The figures behind an alert, folded away: labelled facts, then its tables (price cuts, findings …). */
function Evidence({ view, label }: { view: EvidenceView; label: string }) {
  if (view.facts.length + view.tables.length + view.lists.length === 0) return null;
  return (
    <details className="evidence" data-testid="alert-evidence">
      <summary>{label}</summary>
      {view.facts.length > 0 && (
        <dl className="facts">
          {view.facts.map((f) => (
            <Fragment key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {view.tables.map((tb) => (
        <div key={tb.caption} className="table-scroll">
          <table>
            <caption>{tb.caption}</caption>
            <thead>
              <tr>
                {tb.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tb.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {view.lists.map((l) => (
        <section key={l.caption} className="evidence-list">
          <h4>{l.caption}</h4>
          <ol>
            {l.items.map((item, i) => (
              <li key={i}>
                {item.head && <strong>{item.head}</strong>}
                {item.lines.map((line, j) => (
                  <p key={j}>{line}</p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </details>
  );
}

/**
 * "Title · storefront", the title isolated: a title that ends in an unclosed right-to-left override
 * must not reverse the storefront after it.
 */
function SubjectLabel({ subject }: { subject: AlertSubject }) {
  return (
    <>
      <bdi>{subject.label}</bdi>
      {subject.where !== undefined && ` · ${subject.where}`}
    </>
  );
}

/** "Snoozed until 23 Nov, 10:19", "Dismissed …", "Resolved …": a card that is not open says so. */
function stateText(alert: Alert, lang: Lang): string {
  const when = (iso: string | undefined) => formatDateTime(iso ?? alert.updatedAt, lang);
  switch (alert.state) {
    case 'snoozed':
      return t(lang, 'stateSnoozed').replace('{when}', () => when(alert.snoozedUntil));
    case 'dismissed':
      return t(lang, 'stateDismissed').replace('{when}', () => when(alert.updatedAt));
    case 'resolved':
      return t(lang, 'stateResolved').replace('{when}', () => when(alert.resolvedAt));
    default:
      return '';
  }
}

export function AlertCard({
  alert,
  lang,
  compact = false,
  subject,
}: {
  alert: Alert;
  lang: Lang;
  compact?: boolean;
  subject?: AlertSubject;
}) {
  const id = alert.id ?? -1;
  const [failure, setFailure] = useState<string | null>(null);
  const run = (action: AlertAction['action']) =>
    void act({ type: 'updateAlert', id, action }, lang).then(setFailure);
  return (
    <article
      className={`alert-card severity-${alert.severity} state-${alert.state}`}
      data-kind={alert.kind}
      data-testid="alert-card"
      aria-label={kindLabel(alert.kind, lang, alert.subject)}
    >
      <header>
        <span className={`badge badge-${alert.severity}`}>
          {t(lang, `severity_${alert.severity}` as MessageKey)}
        </span>
        <strong>{kindLabel(alert.kind, lang, alert.subject)}</strong>
        <time dateTime={alert.at}>{formatDateTime(alert.at, lang)}</time>
      </header>
      {subject &&
        (subject.onOpen ? (
          <button
            type="button"
            className="link alert-subject"
            data-testid="alert-subject"
            onClick={subject.onOpen}
          >
            <SubjectLabel subject={subject} />
          </button>
        ) : (
          <p className="alert-subject muted" data-testid="alert-subject">
            <SubjectLabel subject={subject} />
          </p>
        ))}
      {alert.state !== 'open' && (
        <p className="alert-state" data-testid="alert-state">
          {stateText(alert, lang)}
        </p>
      )}
      <p className="alert-message">{alert.message[lang]}</p>
      {!compact && (
        <p className="alert-next">
          <span>
            {t(lang, 'nextStep')}
            {colon(lang)}
          </span>
          {alert.nextStep[lang]}
        </p>
      )}
      {!compact && <Evidence view={evidenceView(alert, lang)} label={t(lang, 'evidence')} />}
      {failure && (
        <p role="alert" className="alert-failure">
          {t(lang, 'actionFailed')}
          {colon(lang)}
          {failure}
        </p>
      )}
      <footer>
        {alert.state === 'open' || alert.state === 'snoozed' ? (
          <>
            {alert.state === 'snoozed' ? (
              <button type="button" onClick={() => run({ state: 'open' })}>
                {t(lang, 'reopen')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() =>
                  run({ state: 'snoozed', until: new Date(Date.now() + DAY_MS).toISOString() })
                }
              >
                {t(lang, 'snooze')}
              </button>
            )}
            <button type="button" onClick={() => run({ state: 'dismissed' })}>
              {t(lang, 'dismiss')}
            </button>
            <button type="button" onClick={() => run({ state: 'resolved' })}>
              {t(lang, 'resolve')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => run({ state: 'open' })}>
            {t(lang, 'reopen')}
          </button>
        )}
      </footer>
    </article>
  );
}
