/**
 * The marketplace pages Seller Radar reads (product, review, offer and back-office pages of every market
 * module in lib/markets/index.ts): one content script over all their match patterns. It only wires the
 * page to lib/content/capture.ts, which finds the market module for the URL (parseDocument), so a new
 * market needs no entrypoint of its own.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardScriptStarted, scriptStartedEventType } from '@/lib/content/page-guard';
import { marketMatches } from '@/lib/markets';
import { createCapturer } from '@/lib/content/capture';
import type { MessageResponse } from '@/lib/schemas/messages';

/**
 * Re-parse this long after DOM mutations start (rows loaded by XHR, infinite lists, JD's reviews
 * rendered after the page and re-rendered on paging) ...
 */
const MUTATION_DEBOUNCE_MS = 1_200;
/** ... but at most this often: product pages rotate carousels and ads forever. */
const MIN_REPARSE_INTERVAL_MS = 5_000;

export default defineContentScript({
  matches: marketMatches,
  runAt: 'document_idle',
  // WXT's postMessage on start told every page the extension's id (lib/content/page-guard.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page must not be able to stop this script by faking WXT's "newer copy started" event.
    guardScriptStarted(window, scriptStartedEventType(), () => browser.runtime?.id != null);
    const capturer = createCapturer({
      document,
      location: () => location.href,
      now: () => new Date().toISOString(),
      send: (msg) => browser.runtime.sendMessage(msg) as Promise<MessageResponse | undefined>,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      isValid: () => ctx.isValid,
    });
    void capturer.capture();

    // A single-page navigation starts a new capture. Only a real one: the page's own scripts can
    // dispatch WXT's event too, and would otherwise make us re-read and re-send the page at will; and
    // no more often than DOM changes are re-read, since a page script can also change the URL itself
    // (history.replaceState to another /dp/ in a loop stored hundreds of fake listings a minute: QA).
    // Throttled, not only debounced: a page that never stops mutating is still re-read every few seconds.
    let href = location.href;
    let pending = false;
    let navigated = false;
    let lastRun = Date.now();
    const schedule = (minDelay: number) => {
      if (pending) return;
      pending = true;
      const wait = Math.max(minDelay, lastRun + MIN_REPARSE_INTERVAL_MS - Date.now());
      ctx.setTimeout(() => {
        pending = false;
        lastRun = Date.now();
        if (navigated) {
          navigated = false;
          capturer.reset();
        }
        void capturer.capture();
      }, wait);
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (location.href === href) return;
      href = location.href;
      navigated = true;
      schedule(0);
    });
    const observer = new MutationObserver(() => schedule(MUTATION_DEBOUNCE_MS));
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
