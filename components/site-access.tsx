/**
 * "Seller Radar may not read these marketplace pages": shown at the top of the popup and the side panel
 * when the user (or the browser) has withheld some of the marketplace hosts, with one button that asks
 * for them again. Nothing is shown while everything is granted.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n';
import { marketName } from '@/lib/markets/names';
import {
  missingAccess,
  siteCount,
  type MarketAccess,
  type PermissionsApi,
} from '@/lib/site-access';

interface PermissionEvents {
  onAdded?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  onRemoved?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
}

const browserPermissions = (): (PermissionsApi & PermissionEvents) | undefined =>
  (browser as unknown as { permissions?: PermissionsApi & PermissionEvents }).permissions;

/** The missing hosts by market, kept current when permissions change (undefined while checking). */
export function useMissingAccess(
  api: (PermissionsApi & PermissionEvents) | undefined,
): MarketAccess[] | undefined {
  const [missing, setMissing] = useState<MarketAccess[]>();
  const refresh = useCallback(() => {
    if (!api) return;
    missingAccess(api).then(setMissing, (err: unknown) => {
      console.error('[seller-radar] cannot check site access', err);
      setMissing([]);
    });
  }, [api]);
  useEffect(() => {
    refresh();
    api?.onAdded?.addListener(refresh);
    api?.onRemoved?.addListener(refresh);
    return () => {
      api?.onAdded?.removeListener(refresh);
      api?.onRemoved?.removeListener(refresh);
    };
  }, [api, refresh]);
  return missing;
}

export function SiteAccessBanner({
  lang,
  api = browserPermissions(),
}: {
  lang: Lang;
  /** Injected in tests; the browser's permissions API otherwise. */
  api?: (PermissionsApi & PermissionEvents) | undefined;
}) {
  const missing = useMissingAccess(api);
  const [denied, setDenied] = useState(false);
  if (!api || !missing || missing.length === 0) return null;
  const allow = () => {
    // permissions.request must be called synchronously inside the click: no await before it.
    api.request({ origins: missing.flatMap((m) => m.origins) }).then(
      (granted) => setDenied(!granted),
      (err: unknown) => {
        console.error('[seller-radar] permission request failed', err);
        setDenied(true);
      },
    );
  };
  return (
    <section className="site-access" role="alert" data-testid="site-access">
      <p>{t(lang, 'siteAccessMissing')}</p>
      <ul>
        {missing.map((m) => {
          const sites = siteCount(m.origins);
          return (
            <li key={m.market} data-market={m.market}>
              {marketName(m.market, lang)}
              {sites > 1 && (
                <span className="muted">
                  {' '}
                  ({t(lang, 'siteAccessSites').replace('{n}', String(sites))})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="primary" onClick={allow} data-testid="site-access-allow">
        {t(lang, 'siteAccessAllow')}
      </button>
      {denied && <p className="muted">{t(lang, 'siteAccessDenied')}</p>}
    </section>
  );
}
