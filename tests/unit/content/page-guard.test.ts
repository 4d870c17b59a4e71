// @vitest-environment jsdom
/**
 * A page cannot stop the content scripts by faking WXT's "newer copy started" event (the id of a store
 * extension is public, so the page can name the event): WXT's real ContentScriptContext stays valid
 * while the extension is alive, and an orphaned copy (runtime gone after an update) still stops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStarted, scriptStartedEventType } from '../../../lib/content/page-guard';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** What a hostile page script does: the event WXT's context listens for, naming our script. */
const fake = (type: string) =>
  document.dispatchEvent(
    new CustomEvent(type, { detail: { contentScriptName: 'amazon', messageId: 'evil' } }),
  );

describe('content scripts cannot be switched off by the page', () => {
  it("names WXT's script-started event (a WXT upgrade renaming it fails here)", () => {
    expect(scriptStartedEventType()).toMatch(/:wxt:content-script-started$/);
  });

  it('unguarded, a faked event invalidates the context (the attack this guards against)', () => {
    const ctx = new ContentScriptContext('amazon', { noScriptStartedPostMessage: true });
    cleanups.push(() => ctx.abort());
    fake(scriptStartedEventType());
    expect(ctx.isValid).toBe(false);
  });

  it('guarded and alive, the faked event is swallowed and the context stays valid', () => {
    const ctx = new ContentScriptContext('amazon', { noScriptStartedPostMessage: true });
    cleanups.push(() => ctx.abort());
    cleanups.push(guardScriptStarted(window, scriptStartedEventType(), () => true));
    fake(scriptStartedEventType());
    // Bubbling from an element of the page reaches the document too: swallowed as well.
    document.body.dispatchEvent(
      new CustomEvent(scriptStartedEventType(), {
        bubbles: true,
        detail: { contentScriptName: 'amazon', messageId: 'evil2' },
      }),
    );
    expect(ctx.isValid).toBe(true);
  });

  it('an orphaned copy (extension reloaded, runtime gone) still stops when the new copy starts', () => {
    const old = new ContentScriptContext('amazon', { noScriptStartedPostMessage: true });
    cleanups.push(() => old.abort());
    cleanups.push(guardScriptStarted(window, scriptStartedEventType(), () => false));
    const fresh = new ContentScriptContext('amazon', { noScriptStartedPostMessage: true });
    cleanups.push(() => fresh.abort());
    expect(old.signal.aborted).toBe(true);
    expect(fresh.isValid).toBe(true);
  });

  it('with noScriptStartedPostMessage, starting tells the page nothing through postMessage', async () => {
    const seen: unknown[] = [];
    const listen = (e: MessageEvent) => seen.push(e.data);
    window.addEventListener('message', listen);
    cleanups.push(() => window.removeEventListener('message', listen));
    const ctx = new ContentScriptContext('amazon', { noScriptStartedPostMessage: true });
    cleanups.push(() => ctx.abort());
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
  });
});
