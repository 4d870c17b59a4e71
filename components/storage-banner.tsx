/**
 * "Storage is full": shown at the top of the popup and the side panel while captures are being
 * refused for lack of disk space (lib/background/storage-health.ts), with how many pages were lost
 * since when. Gone as soon as a capture is stored again.
 */
import { useEffect, useState } from 'react';
import { formatDateTime, type Lang } from '@/lib/i18n';
import { storageHealthItem, type StorageHealth } from '@/lib/background/storage-health';

export function storageFullText(h: StorageHealth, lang: Lang): string {
  const since = formatDateTime(h.since, lang);
  return lang === 'zh'
    ? `存储空间已满：自 ${since} 起，您打开的 ${h.lostPages} 个页面未被保存。请释放磁盘空间（或在设置中缩短价格历史的保留天数）；有空间后会自动恢复保存，需要的页面请重新打开。`
    : `Storage is full: ${h.lostPages === 1 ? '1 page' : `${h.lostPages} pages`} you opened since ${since} ${h.lostPages === 1 ? 'was' : 'were'} not saved. Free disk space (or keep less price history in Settings); saving resumes as soon as there is room, so reopen the pages you need.`;
}

export function useStorageHealth(): StorageHealth | null {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true;
    storageHealthItem.getValue().then(
      (v) => live && setHealth(v),
      (err: unknown) => console.error('[seller-radar] cannot read storage state', err),
    );
    const unwatch = storageHealthItem.watch((v) => setHealth(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return health;
}

export function StorageBanner({ lang }: { lang: Lang }) {
  const health = useStorageHealth();
  if (!health) return null;
  return (
    <section className="site-access storage-full" role="alert" data-testid="storage-full">
      <p>{storageFullText(health, lang)}</p>
    </section>
  );
}
