/**
 * Keeps a web page from switching the content scripts off.
 *
 * WXT stops a content script when a newer copy of it starts in the same page (after an extension
 * update): the newer copy dispatches `<extension id>:<script>:wxt:content-script-started` on the
 * document, and the old copy's context listens for it and invalidates itself. A page's own scripts can
 * dispatch that event as well (the id of a store extension is public), and capture then stopped for
 * good without a word: a competitor's or a hostile page could hide price changes from the seller.
 *
 * A copy whose extension is still alive is never the one an update replaced (Chrome and Firefox cut an
 * old copy off from the runtime: `runtime.id` is gone), so while it is alive this guard swallows those
 * events in the capture phase at the window, before WXT's listener on the document sees them. Once
 * the extension was reloaded, the event passes and WXT stops this orphan as designed.
 *
 * The other half, WXT's `window.postMessage` announcing every start (which told any page the
 * extension's id), is switched off with `noScriptStartedPostMessage` in the entrypoints.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The event name WXT's context listens for (private in its types, public at run time); a unit test
 * fails if a WXT upgrade renames it, rather than the guard silently guarding nothing.
 */
export function scriptStartedEventType(): string {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof type !== 'string') throw new Error('WXT no longer exposes its script-started event');
  return type;
}

/** Swallows the script-started events a page dispatches while this copy's extension is alive. */
export function guardScriptStarted(
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  eventType: string,
  alive: () => boolean,
): () => void {
  const swallow = (event: Event) => {
    if (alive()) event.stopImmediatePropagation();
  };
  win.addEventListener(eventType, swallow, { capture: true });
  return () => win.removeEventListener(eventType, swallow, { capture: true });
}
