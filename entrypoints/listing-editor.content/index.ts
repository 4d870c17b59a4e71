/**
 * Listing editors (Seller Central, eBay, Etsy, Shopee, Taobao): live compliance marks next to the fields
 * and the draft streamed to the side panel's Listing check. The logic is in lib/content/listing-editor.ts
 * and lib/content/listing-marks.ts; this file only wires it to the page and to WXT's context.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardScriptStarted, scriptStartedEventType } from '@/lib/content/page-guard';
import { editorMatches, matchEditorUrl } from '@/lib/markets/editors';
import {
  createLiveLint,
  DEBOUNCE_MS,
  watchFieldValues,
  type LiveLint,
} from '@/lib/content/listing-editor';
import {
  createMarkOverlay,
  MARK_TAG,
  type MarkLang,
  type MarkOverlay,
} from '@/lib/content/listing-marks';
import { loadSettings, settingsItem } from '@/lib/background/settings-store';
import { uiLanguage } from '@/lib/i18n';
import type { MessageResponse } from '@/lib/schemas/messages';

/** DOM changes (fields rendered late, tag chips added) settle slower than keystrokes. */
const MUTATION_DEBOUNCE_MS = 600;

/** Our own mark hosts: adding or removing them is not a change of the page. */
const ours = (n: Node) => n.nodeName.toLowerCase() === MARK_TAG;

export default defineContentScript({
  matches: editorMatches,
  runAt: 'document_idle',
  // WXT's postMessage on start told every page the extension's id (lib/content/page-guard.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page must not be able to stop this script by faking WXT's "newer copy started" event.
    guardScriptStarted(window, scriptStartedEventType(), () => browser.runtime?.id != null);
    let lang: MarkLang = uiLanguage('auto', navigator.language);
    let session: { url: string; live: LiveLint; overlay: MarkOverlay } | null = null;

    const stop = () => {
      session?.overlay.destroy();
      session = null;
    };
    const start = () => {
      const url = location.href;
      if (session?.url === url) return;
      stop();
      const match = matchEditorUrl(url);
      if (!match) return;
      const overlay = createMarkOverlay(document, () => lang);
      const live = createLiveLint({
        document,
        editor: match.editor,
        location: () => location.href,
        now: () => new Date().toISOString(),
        send: (msg) => browser.runtime.sendMessage(msg) as Promise<MessageResponse | undefined>,
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        isValid: () => ctx.isValid,
        render: (marks) => overlay.render(marks),
      });
      session = { url, live, overlay };
      void live.refresh();
    };

    const applyLanguage = (setting: Parameters<typeof uiLanguage>[0]) => {
      const next = uiLanguage(setting, navigator.language);
      if (next === lang) return;
      lang = next;
      if (session) {
        // Re-render the marks in the new language.
        session.overlay.render([]);
        session.live.reset();
        void session.live.refresh();
      }
    };
    void loadSettings().then(({ settings }) => applyLanguage(settings.language));
    const unwatch = settingsItem.watch(
      () => void loadSettings().then(({ settings }) => applyLanguage(settings.language)),
    );

    // Document-level capture listeners: React/Vue-controlled inputs, fields rendered after load and the
    // inputs inside Katal's shadow roots (input events are composed) all reach them.
    const onEdit = () => session?.live.schedule(DEBOUNCE_MS);
    ctx.addEventListener(document, 'input', onEdit, { capture: true, passive: true });
    ctx.addEventListener(document, 'change', onEdit, { capture: true, passive: true });

    const observer = new MutationObserver((records) => {
      if (!session) return;
      const relevant = records.some(
        (r) =>
          !ours(r.target) &&
          !(
            [...r.addedNodes, ...r.removedNodes].length > 0 &&
            [...r.addedNodes, ...r.removedNodes].every(ours)
          ),
      );
      if (relevant) {
        session.live.schedule(MUTATION_DEBOUNCE_MS, true);
        session.overlay.reposition();
      }
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });

    // Values the page's own scripts set (no input event): read again on focus changes and, while the tab
    // is visible, once a second.
    const unwatchValues = watchFieldValues({
      document,
      check: () => void session?.live.refresh(),
      soon: () => session?.live.schedule(DEBOUNCE_MS),
      setInterval: (fn, ms) => ctx.setInterval(fn, ms),
      clearInterval: (id) => clearInterval(id as number),
    });

    // Single-page back offices (Shopee, 千牛) open the editor without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => start());
    start();

    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatchValues();
      unwatch();
      stop();
    });
  },
});
