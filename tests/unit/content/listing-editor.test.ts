/**
 * The live listing check in an editor page (lib/content/listing-editor.ts + listing-marks.ts) on the
 * hand-made editor fixtures in jsdom: the marks come from the same whole-listing lint as the side panel,
 * a listing is linted again only when its text changed, drafts are delivered with retries, and the
 * inline marks show counts without touching the page.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';
import { RETRY_DELAYS } from '../../../lib/content/capture';
import {
  createLiveLint,
  VALUE_CHECK_MS,
  watchFieldValues,
  type FieldMark,
  type LiveLintDeps,
} from '../../../lib/content/listing-editor';
import { createMarkOverlay, MARK_TAG } from '../../../lib/content/listing-marks';
import { sourceText } from '../../../lib/i18n';
import { matchEditorUrl, readEditorPage } from '../../../lib/markets/editors';
import {
  messageSchema,
  type MessageResponse,
  type SaveDraftMessage,
} from '../../../lib/schemas/messages';
import { DRAFT_LIMITS } from '../../../lib/schemas/snapshot';
import { fixtureHtml, jsdomWindow } from '../markets/editors/dom';

const AMAZON_URL =
  'https://sellercentral.amazon.com/abis/listing/edit?sku=MG-ST-350&asin=B0CX4R8N2Q';
const TAOBAO_URL =
  'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50016348&itemId=730018455612';

function setup(
  fixture: string,
  url: string,
  respond: (msg: SaveDraftMessage, n: number) => MessageResponse | Error = () => ({
    ok: true,
    status: 'done',
  }),
) {
  const win = jsdomWindow(fixtureHtml(fixture), url);
  const sent: SaveDraftMessage[] = [];
  const renders: FieldMark[][] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const deps: LiveLintDeps = {
    document: win.document,
    editor: matchEditorUrl(url)!.editor,
    location: () => url,
    now: () => '2026-11-22T10:00:00.000Z',
    send: async (msg) => {
      sent.push(msg);
      const r = respond(msg, sent.length);
      if (r instanceof Error) throw r;
      return r;
    },
    setTimeout: (fn, ms) => {
      timers.push({ fn, ms });
      return timers.length;
    },
    isValid: () => true,
    render: (marks) => renders.push(marks),
  };
  return { win, doc: win.document, deps, sent, renders, timers, live: createLiveLint(deps) };
}

const key = (f: { field: string; index?: number; ruleId: string; start: number }) =>
  `${f.field}/${f.index ?? '-'}/${f.ruleId}@${f.start}`;

describe('live listing check (content script core)', () => {
  it('lints every field on load: the same findings as lintListing over the whole draft, marks per field and bullet', async () => {
    const s = setup('amazon/listing-edit/edit-listing_sellercentral-com.html', AMAZON_URL);
    await s.live.refresh();
    const reading = readEditorPage(s.doc, AMAZON_URL)!;
    const whole = lintListing(reading.draft, { market: 'amazon' });
    expect(whole.length).toBeGreaterThanOrEqual(5);
    expect(s.live.findings().map(key).toSorted()).toEqual(whole.map(key).toSorted());
    expect(s.renders).toHaveLength(1);
    const marks = s.renders[0]!;
    expect(marks.map((m) => m.key).toSorted()).toEqual(['bullets:2', 'description', 'title']);
    const title = marks.find((m) => m.key === 'title')!;
    expect(title.anchor.getAttribute('name')).toMatch(/^item_name\[/);
    expect(title.findings.map((f) => f.match)).toEqual([
      'Best Seller',
      '100% Quality Guaranteed',
      'FDA Approved',
    ]);
    expect(title.worst).toBe('error');
    expect(marks.find((m) => m.key === 'bullets:2')!.anchor.getAttribute('name')).toContain(
      '#3.value',
    );

    expect(s.sent).toEqual([
      {
        type: 'saveDraft',
        market: 'amazon',
        url: AMAZON_URL,
        at: '2026-11-22T10:00:00.000Z',
        draft: reading.draft,
      },
    ]);
  });

  it('an eBay description longer than a draft carries is checked up to the limit, the rest still delivered', async () => {
    const EBAY_URL = 'https://www.ebay.com/lstng?draftId=5100148827013&mode=AddItem';
    const s = setup('ebay/listing-edit/lstng_ebay-com.html', EBAY_URL);
    const before = readEditorPage(s.doc, EBAY_URL)!;
    const desc = before.refs.find((r) => r.field === 'description')!.element;
    // eBay accepts descriptions of up to 500,000 characters; this one is 105,000.
    desc.textContent =
      'Questions? Write to jeans.seller88@example.com before buying. ' +
      'Classic straight fit, 100% cotton, barely worn. '.repeat(2_200);
    await s.live.refresh();
    expect(s.sent).toHaveLength(1);
    const { draft } = s.sent[0]!;
    expect(messageSchema.safeParse(s.sent[0]).success).toBe(true);
    expect(draft.truncated).toEqual(['description']);
    expect(draft.description).toHaveLength(DRAFT_LIMITS.text);
    expect(draft.title).toBe(before.draft.title);
    // The part that is carried is still checked (the e-mail address at its start).
    expect(
      s.live.findings().some((f) => f.field === 'description' && f.match.includes('@example.com')),
    ).toBe(true);
  });

  it('lints again only when the listing changed, and sends nothing when nothing changed', async () => {
    const s = setup('taobao/listing-edit/publish-v2_item-upload-taobao-com.html', TAOBAO_URL);
    await s.live.refresh();
    expect(s.live.lintCount()).toBe(1); // the whole listing, once
    expect(s.renders[0]!.find((m) => m.key === 'title')!.findings.map((f) => f.match)).toEqual([
      '全网最低价',
      '国家级',
      '第一品牌',
    ]);
    await s.live.refresh();
    expect(s.live.lintCount()).toBe(1);
    expect(s.sent).toHaveLength(1);
    expect(s.renders).toHaveLength(1);

    const input = s.doc.querySelector<HTMLInputElement>('#struct-title input')!;
    input.value = '国家级 保温杯 316不锈钢 大容量';
    await s.live.refresh();
    expect(s.live.lintCount()).toBe(2);
    expect(
      s.renders
        .at(-1)!
        .find((m) => m.key === 'title')!
        .findings.map((f) => f.match),
    ).toEqual(['国家级']);
    expect(s.sent.at(-1)!.draft.title).toBe('国家级 保温杯 316不锈钢 大容量');

    // Fixing the text clears the mark (and the description's medical wording keeps its own mark, if any).
    input.value = '316不锈钢保温杯 大容量';
    await s.live.refresh();
    expect(s.renders.at(-1)!.some((m) => m.field === 'title')).toBe(false);
    expect(s.live.findings().filter((f) => f.field === 'title')).toEqual([]);
  });

  it('finds fields rendered after load and controls the page re-rendered', async () => {
    const url = 'https://www.etsy.com/your/shops/me/listing-editor/create';
    const s = setup('etsy/listing-edit/listing-editor-create_etsy-com.html', url);
    const old = s.doc.querySelector('#listing-title-input')!;
    const row = old.parentElement!;
    old.remove(); // the React form has not rendered the title yet
    await s.live.refresh();
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.draft.title).toBeUndefined();

    const late = s.doc.createElement('textarea');
    late.id = 'listing-title-input';
    late.value = 'Handmade ceramic mug ☕ cures anxiety';
    row.append(late);
    s.live.schedule(600, true); // what the content script does on a DOM mutation
    s.timers.at(-1)!.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.live.findings().map((f) => f.ruleId)).toEqual([
      'etsy/title-chars',
      'etsy/medical-claims',
    ]);

    // A re-render swaps the element without any event: the next refresh notices the stale control.
    const swapped = s.doc.createElement('textarea');
    swapped.id = 'listing-title-input';
    swapped.value = 'Handmade ceramic mug';
    late.replaceWith(swapped);
    await s.live.refresh();
    expect(s.live.findings()).toEqual([]);
    expect(s.renders.at(-1)).toEqual([]);
  });

  it('marks the same findings the side panel lists: a Japanese Amazon listing is not linted as Chinese', async () => {
    const s = setup('amazon/listing-edit/edit-listing_sellercentral-com.html', AMAZON_URL);
    const set = (prefix: string, value: string) =>
      s.doc.querySelector(`kat-input[name^="${prefix}"]`)!.setAttribute('value', value);
    set('item_name', 'ふわふわ 今治タオル バスタオル 日本製');
    set('bullet_point[marketplace_id=ATVPDKIKX0DER][language_tag=en_US]#1', '綿100% 日本製 最高級');
    await s.live.refresh();
    const draft = readEditorPage(s.doc, AMAZON_URL)!.draft;
    // Bullet 1 alone has no kana: linted alone it read as Chinese (最高级, an error under the PRC law).
    expect(lintListing({ bullets: [draft.bullets![0]!] }, { market: 'amazon' })).not.toEqual([]);
    expect(s.live.findings().map(key)).toEqual(lintListing(draft, { market: 'amazon' }).map(key));
    const marks = s.renders.at(-1)!;
    expect(marks.some((m) => m.key === 'bullets:0')).toBe(false);
    expect(marks.flatMap((m) => m.findings).some((f) => f.pack === 'cn-ad-law')).toBe(false);
  });

  it('a Shopee Taiwan listing: a title without Traditional-only characters is Info, as in the panel', async () => {
    const url = 'https://seller.shopee.cn/portal/product/new';
    const s = setup('shopee/listing-edit/product-new_seller-shopee-cn.html', url);
    s.doc.querySelector<HTMLInputElement>(
      '[data-product-edit-field-unique-id="name"] input',
    )!.value = '第一品牌 竹砧板';
    s.doc.querySelector<HTMLTextAreaElement>(
      '[data-product-edit-field-unique-id="description"] textarea',
    )!.value = '台灣製造，質感絕佳，檢驗合格，環保無毒。';
    await s.live.refresh();
    const draft = readEditorPage(s.doc, url)!.draft;
    const panel = lintListing(draft, { market: 'shopee' });
    expect(panel.filter((f) => f.field === 'title').map((f) => f.severity)).toEqual(['info']);
    const title = s.renders.at(-1)!.find((m) => m.key === 'title')!;
    expect(title.worst).toBe('info');
    expect(title.findings).toEqual(panel.filter((f) => f.field === 'title'));

    // Editing the description alone changes how the title reads: the title's mark follows.
    s.doc.querySelector<HTMLTextAreaElement>(
      '[data-product-edit-field-unique-id="description"] textarea',
    )!.value = '竹制砧板，耐用。';
    await s.live.refresh();
    expect(s.renders.at(-1)!.find((m) => m.key === 'title')!.worst).toBe('error');
  });

  it("an Amazon title may hold the brand's banned character: inline, and in the draft the panel lints", async () => {
    const s = setup('amazon/listing-edit/edit-listing_sellercentral-com.html', AMAZON_URL);
    const set = (prefix: string, value: string) =>
      s.doc.querySelector(`kat-input[name^="${prefix}"]`)!.setAttribute('value', value);
    set('brand', 'Oh Joy!');
    set('item_name', 'Oh Joy! Ceramic Planter 6 Inch with Drainage Hole');
    await s.live.refresh();
    expect(s.live.findings().filter((f) => f.field === 'title')).toEqual([]);
    expect(s.renders.at(-1)!.some((m) => m.field === 'title')).toBe(false);

    // The background keeps the draft as validated: the brand survives it, and the panel's lint of the
    // stored draft (all of it but the product key and the truncation note) agrees with the mark.
    const stored = messageSchema.parse(s.sent.at(-1)) as SaveDraftMessage;
    expect(stored.draft.brand).toBe('Oh Joy!');
    const { productKey: _key, truncated: _cut, ...input } = stored.draft;
    expect(lintListing(input, { market: 'amazon' }).filter((f) => f.field === 'title')).toEqual([]);

    // Another brand: the "!" is the title's own again, and banned.
    set('brand', 'Northvale');
    await s.live.refresh();
    expect(
      s.live
        .findings()
        .filter((f) => f.field === 'title')
        .map((f) => `${f.ruleId} ${f.match}`),
    ).toEqual(['amazon/title-banned-chars !']);
  });

  it('debounces a burst of edits into one refresh', async () => {
    const s = setup('taobao/listing-edit/publish-v2_item-upload-taobao-com.html', TAOBAO_URL);
    for (let i = 0; i < 6; i++) s.live.schedule();
    expect(s.timers).toHaveLength(6);
    expect(s.timers.every((t) => t.ms === 250)).toBe(true);
    for (const t of s.timers.splice(0)) t.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.live.lintCount()).toBe(1);
    expect(s.sent).toHaveLength(1);
  });

  it('retries delivery while the service worker wakes, and stops when the background says no', async () => {
    const asleep = setup(
      'taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
      TAOBAO_URL,
      (_m, n) =>
        n < 3
          ? new Error('Could not establish connection. Receiving end does not exist.')
          : { ok: true, status: 'done' },
    );
    asleep.deps.setTimeout = (fn, ms) => (asleep.timers.push({ fn, ms }), fn());
    const live = createLiveLint(asleep.deps);
    expect(await live.refresh()).toEqual({ ok: true, status: 'done' });
    expect(asleep.sent).toHaveLength(3);
    expect(asleep.timers.map((t) => t.ms)).toEqual(RETRY_DELAYS.slice(0, 2));

    const rejected = setup(
      'taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
      TAOBAO_URL,
      () => ({
        ok: false,
        error: { code: 'url-mismatch', message: 'no' },
      }),
    );
    const r = await rejected.live.refresh();
    expect(r).toMatchObject({ ok: false, error: { code: 'url-mismatch' } });
    expect(rejected.sent).toHaveLength(1);
  });

  it('drops an undelivered draft once a newer one exists', async () => {
    let wake: (() => void) | undefined;
    const s = setup(
      'taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
      TAOBAO_URL,
      (_m, n) => (n === 1 ? new Error('asleep') : { ok: true, status: 'done' }),
    );
    s.deps.setTimeout = (fn) => {
      wake = fn;
      return 1;
    };
    const live = createLiveLint(s.deps);
    const first = live.refresh();
    await new Promise((r) => setTimeout(r, 0));
    s.doc.querySelector<HTMLInputElement>('#struct-title input')!.value = '保温杯';
    await live.refresh();
    wake!();
    expect(await first).toBeNull();
    expect(s.sent.map((m) => m.draft.title)).toEqual([
      '全网最低价 国家级 第一品牌 保温杯 316不锈钢 大容量',
      '保温杯',
    ]);
  });
});

/** The Taobao editor with a value watcher on injected timers and a settable visibility. */
function watched() {
  const s = setup('taobao/listing-edit/publish-v2_item-upload-taobao-com.html', TAOBAO_URL);
  let visibility: DocumentVisibilityState = 'visible';
  Object.defineProperty(s.doc, 'visibilityState', { get: () => visibility, configurable: true });
  const intervals = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  let soon = 0;
  const stop = watchFieldValues({
    document: s.doc,
    check: () => void s.live.refresh(),
    soon: () => soon++,
    setInterval: (fn, ms) => (intervals.set(next, { fn, ms }), next++),
    clearInterval: (id) => intervals.delete(id as number),
  });
  const tick = async () => {
    for (const t of intervals.values()) t.fn();
    await new Promise((r) => setTimeout(r, 0));
  };
  const hide = (state: DocumentVisibilityState) => {
    visibility = state;
    s.doc.dispatchEvent(new s.win.Event('visibilitychange'));
  };
  return { ...s, intervals, tick, hide, stop, soon: () => soon };
}

describe('values the page sets by itself (no input event)', () => {
  it("a title the page's script replaced is linted within a check, on the page and in the draft sent", async () => {
    const s = watched();
    await s.live.refresh();
    expect(s.renders.at(-1)!.find((m) => m.key === 'title')!.findings).toHaveLength(3);
    expect([...s.intervals.values()].map((t) => t.ms)).toEqual([VALUE_CHECK_MS]);
    expect(VALUE_CHECK_MS).toBeLessThanOrEqual(1_000);

    // "Use the recommended title": the property is set, no event fires.
    s.doc.querySelector<HTMLInputElement>('#struct-title input')!.value = '316不锈钢保温杯 大容量';
    await s.tick();
    expect(s.renders.at(-1)!.some((m) => m.field === 'title')).toBe(false);
    expect(s.sent.at(-1)!.draft.title).toBe('316不锈钢保温杯 大容量');

    // Nothing changed: a check costs no lint, no render, no message.
    const [lints, renders, sent] = [s.live.lintCount(), s.renders.length, s.sent.length];
    await s.tick();
    await s.tick();
    expect([s.live.lintCount(), s.renders.length, s.sent.length]).toEqual([lints, renders, sent]);
  });

  it('focus moving in or out of a field reads the fields again soon', () => {
    const s = watched();
    const input = s.doc.querySelector<HTMLInputElement>('#struct-title input')!;
    input.focus();
    input.blur();
    expect(s.soon()).toBe(2);
  });

  it('no timer while the tab is hidden; one read as it comes back; none after stop', async () => {
    const s = watched();
    await s.live.refresh();
    s.hide('hidden');
    expect(s.intervals.size).toBe(0);
    s.doc.querySelector<HTMLInputElement>('#struct-title input')!.value = '保温杯';
    s.hide('visible');
    await new Promise((r) => setTimeout(r, 0));
    expect(s.sent.at(-1)!.draft.title).toBe('保温杯');
    expect(s.intervals.size).toBe(1);
    s.stop();
    expect(s.intervals.size).toBe(0);
  });
});

/** A DOMRect for a stubbed getBoundingClientRect (jsdom lays nothing out). */
const box = (top: number, left: number, width: number, height: number) =>
  ({
    top,
    left,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
  }) as DOMRect;

describe('inline marks (Shadow DOM overlay)', () => {
  it('shows one host per mark with the count and worst severity, as text, without touching the page', async () => {
    const s = setup('amazon/listing-edit/edit-listing_sellercentral-com.html', AMAZON_URL);
    const before = s.doc.querySelector('#root')!.outerHTML;
    const overlay = createMarkOverlay(s.doc, () => 'zh', { shadowMode: 'open' });
    s.deps.render = (marks) => overlay.render(marks);
    const live = createLiveLint(s.deps);
    await live.refresh();

    const hosts = [...s.doc.querySelectorAll(MARK_TAG)] as HTMLElement[];
    expect(
      hosts.map((h) => [h.dataset.field, h.dataset.index, h.dataset.count, h.dataset.severity]),
    ).toEqual([
      ['title', undefined, '3', 'error'],
      ['bullets', '2', '1', 'error'],
      ['description', undefined, '1', 'error'],
    ]);
    const title = hosts.find((h) => h.dataset.field === 'title')!;
    expect(title.parentElement).toBe(s.doc.body);
    const card = title.shadowRoot!.querySelector('.card')!;
    expect(card.textContent).toContain('标题');
    expect(card.textContent).toContain('amazon/fda-approved');
    expect(title.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toContain(
      '3 个合规问题',
    );
    // The page's own markup is exactly what it was.
    expect(s.doc.querySelector('#root')!.outerHTML).toBe(before);

    // A match that looks like markup stays text.
    const kat = s.doc.querySelector('kat-input[name^="item_name"]')!;
    kat.setAttribute('value', 'Mug <img src=x onerror=alert(1)> free shipping');
    await live.refresh();
    const again = s.doc.querySelector<HTMLElement>(`${MARK_TAG}[data-field="title"]`)!;
    expect(again.shadowRoot!.querySelector('img')).toBeNull();

    overlay.destroy();
    expect(s.doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('each finding in the card cites its source, in English and in Chinese', async () => {
    for (const [lang, label, law] of [
      ['en', 'Source: ', 'PRC Advertising Law'],
      ['zh', '依据：', '《中华人民共和国广告法》'],
    ] as const) {
      const s = setup('taobao/listing-edit/publish-v2_item-upload-taobao-com.html', TAOBAO_URL);
      const overlay = createMarkOverlay(s.doc, () => lang, { shadowMode: 'open' });
      s.deps.render = (marks) => overlay.render(marks);
      const live = createLiveLint(s.deps);
      await live.refresh();
      const host = s.doc.querySelector<HTMLElement>(`${MARK_TAG}[data-field="title"]`)!;
      const sources = [...host.shadowRoot!.querySelectorAll('.item')].map(
        (i) => i.querySelector('.source')?.textContent,
      );
      // The panel's wording: the English rendering of a Chinese law in English, the law itself in Chinese.
      const title = live.findings().filter((f) => f.field === 'title');
      expect(title).toHaveLength(3);
      expect(sources).toEqual(title.map((f) => `${label}${sourceText(f, lang)}`));
      expect(sources.every((t) => t!.includes(law))).toBe(true);
      overlay.destroy();
    }
  });

  it("sits above the field's top-right corner, never beside it where the page shows its counter", () => {
    const win = jsdomWindow(
      '<span><input id="t"><span id="len">44/60</span></span><textarea id="top"></textarea>',
    );
    const doc = win.document;
    doc.getElementById('t')!.getBoundingClientRect = () => box(100, 10, 520, 30);
    doc.getElementById('top')!.getBoundingClientRect = () => box(4, 10, 300, 60);
    const overlay = createMarkOverlay(doc, () => 'en', { shadowMode: 'open' });
    const finding = lintListing({ title: 'Mug, free shipping' }, { market: 'amazon' })[0]!;
    const mark = (markKey: string, id: string): FieldMark => ({
      key: markKey,
      field: markKey === 'title' ? 'title' : 'description',
      anchor: doc.getElementById(id)!,
      findings: [finding],
      worst: finding.severity,
    });
    overlay.render([mark('title', 't'), mark('description', 'top')]);
    const [title, desc] = overlay.hosts();
    // Right edge on the field's right edge (shifted left by its own width), bottom 2px above its top:
    // nothing right of x = 530 (the counter) nor below y = 100 (the field's text) is covered.
    expect(title!.style.transform).toBe('translateX(-100%)');
    expect([title!.style.left, title!.style.top]).toEqual(['530px', '78px']);
    // No room above a field at the top of the window: inside its top-right corner.
    expect([desc!.style.left, desc!.style.top]).toEqual(['308px', '6px']);
    // The badge stays a button in the tab order.
    const badge = title!.shadowRoot!.querySelector('button')!;
    expect(badge.tabIndex).toBe(0);
    expect(title!.style.display).toBe('block');
    overlay.destroy();
  });

  it('uses a closed shadow root by default', () => {
    const win = jsdomWindow('<input id="t">');
    const overlay = createMarkOverlay(win.document, () => 'en');
    const finding = lintListing({ title: 'Mug, free shipping' }, { market: 'amazon' })[0]!;
    overlay.render([
      {
        key: 'title',
        field: 'title',
        anchor: win.document.getElementById('t')!,
        findings: [finding],
        worst: finding.severity,
      },
    ]);
    const host = win.document.querySelector<HTMLElement>(MARK_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(host.dataset.count).toBe('1');
    overlay.render([]);
    expect(win.document.querySelector(MARK_TAG)).toBeNull();
  });
});
