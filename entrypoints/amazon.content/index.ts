import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazon } from '@/lib/markets/amazon';
import { createCapturer } from '@/lib/content/capture';
import type { MessageResponse } from '@/lib/schemas/messages';

/** Re-parse this long after the last DOM mutation (rows loaded by XHR, infinite lists). */
const MUTATION_DEBOUNCE_MS = 1_200;

export default defineContentScript({
  matches: amazon.matches,
  runAt: 'document_idle',
  main(ctx) {
    const capturer = createCapturer({
      document,
      location: () => location.href,
      now: () => new Date().toISOString(),
      send: (msg) => browser.runtime.sendMessage(msg) as Promise<MessageResponse | undefined>,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      isValid: () => ctx.isValid,
    });
    void capturer.capture();

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      capturer.reset();
      void capturer.capture();
    });

    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => void capturer.capture(), MUTATION_DEBOUNCE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
