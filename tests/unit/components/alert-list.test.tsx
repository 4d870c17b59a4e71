// @vitest-environment jsdom
/**
 * The alert list names what each alert is about: the product (title and storefront, so amazon.com's
 * and amazon.de's copy of one ASIN are told apart) with a link that opens it under Products, or the
 * page a parser-health alert could not read. Real Dexie (fake-indexeddb).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertList } from '../../../components/alert-list';
import { getDb } from '../../../lib/db/database';
import { storefrontName } from '../../../lib/markets/names';
import type { Alert } from '../../../lib/schemas/alert';
import { useUiStore } from '../../../lib/stores/ui-store';
import { ownListing } from '../helpers';

const AT = '2026-11-22T17:23:00.000Z';
const alert = (over: Partial<Alert>): Alert => ({
  kind: 'undercut',
  severity: 'warning',
  subject: 'amazon:B0057OC5O8',
  dedupeKey: `x:${Math.random()}`,
  at: AT,
  message: { en: 'SmartHome Deals undercuts you by 8.8%.', zh: 'SmartHome Deals 比您低 8.8%。' },
  nextStep: { en: 'Hold your price.', zh: '保持价格。' },
  evidence: {},
  state: 'open',
  ...over,
  // Newest first: the list's order.
  createdAt: over.at ?? AT,
  updatedAt: over.at ?? AT,
});

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.alerts.clear(), db.listings.clear()]);
  await db.listings.bulkPut([
    ownListing('amazon:B0057OC5O8', {
      productKey: 'B0057OC5O8',
      title: 'SainSmart 4-Channel Relay Module',
    }),
    ownListing('amazon:B0D4KX7TQ2@amazon.de', {
      productKey: 'B0D4KX7TQ2',
      title: 'Voltkern 4-Kanal Relais Modul',
      currency: 'EUR',
    }),
  ]);
  await db.alerts.bulkAdd([
    alert({ at: '2026-11-22T17:25:00.000Z' }),
    alert({
      subject: 'amazon:B0D4KX7TQ2@amazon.de',
      kind: 'below-floor',
      at: '2026-11-22T17:24:00.000Z',
    }),
    alert({
      kind: 'parser-health',
      subject: 'amazon-product',
      at: '2026-11-22T17:20:00.000Z',
      message: { en: 'Amazon product page could not be read.', zh: '无法读取亚马逊商品页。' },
      evidence: { url: 'https://www.amazon.com/dp/B0BROKEN01?th=1', parser: 'amazon-product@2' },
    }),
  ]);
  useUiStore.setState({ tab: 'alerts', selectedListingId: null, showClosedAlerts: false });
});
afterEach(cleanup);

/** The three subject lines, once both live queries (alerts, listings) have answered. */
const allThreeSubjects = () =>
  waitFor(() => {
    const found = screen.getAllByTestId('alert-subject');
    expect(found).toHaveLength(3);
    return found;
  });

describe('alert list: what each alert is about', () => {
  it('names the product and storefront, and opens the product under Products', async () => {
    render(<AlertList lang="en" />);
    const subjects = await allThreeSubjects();
    expect(subjects.map((s) => s.textContent)).toEqual([
      'SainSmart 4-Channel Relay Module · Amazon.com',
      'Voltkern 4-Kanal Relais Modul · Amazon.de',
      'www.amazon.com/dp/B0BROKEN01',
    ]);
    // The page-provided title is bidi-isolated from the storefront after it (QA pass): an unclosed
    // right-to-left override in a title cannot reverse " · Amazon.de".
    expect(subjects.slice(0, 2).map((s) => s.querySelector('bdi')?.textContent)).toEqual([
      'SainSmart 4-Channel Relay Module',
      'Voltkern 4-Kanal Relais Modul',
    ]);
    // A page is not a product: plain text, nothing to open.
    expect(subjects[2]!.tagName).toBe('P');
    fireEvent.click(screen.getByRole('button', { name: /Voltkern/ }));
    expect(useUiStore.getState()).toMatchObject({
      tab: 'products',
      selectedListingId: 'amazon:B0D4KX7TQ2@amazon.de',
    });
  });

  it('in Chinese, with the storefront as Chinese sellers name it; the popup only names it', async () => {
    render(<AlertList lang="zh" limit={3} compact />);
    const subjects = await allThreeSubjects();
    expect(subjects.map((s) => s.textContent)).toEqual([
      'SainSmart 4-Channel Relay Module · 亚马逊美国站',
      'Voltkern 4-Kanal Relais Modul · 亚马逊德国站',
      'www.amazon.com/dp/B0BROKEN01',
    ]);
    expect(subjects.every((s) => s.tagName === 'P')).toBe(true);
  });

  it('the popup shows the first alerts and says how many more the side panel holds', async () => {
    render(<AlertList lang="en" limit={2} compact />);
    expect((await screen.findByTestId('more-alerts')).textContent).toBe(
      '+1 more in the side panel',
    );
    expect(screen.getAllByTestId('alert-card')).toHaveLength(2);
  });

  it('the popup leaves snoozed alerts to the side panel, which says until when they sleep', async () => {
    const db = getDb();
    const first = (await db.alerts.toArray()).toSorted((a, b) => (a.at < b.at ? 1 : -1))[0]!;
    await db.alerts.update(first.id!, {
      state: 'snoozed',
      snoozedUntil: '2026-11-23T17:25:00.000Z',
    });
    render(<AlertList lang="en" limit={3} compact />);
    await waitFor(() => expect(screen.getAllByTestId('alert-card')).toHaveLength(2));
    expect(screen.queryByTestId('alert-state')).toBeNull();
    expect(screen.queryByTestId('more-alerts')).toBeNull();
    cleanup();
    render(<AlertList lang="en" />);
    await waitFor(() => expect(screen.getAllByTestId('alert-card')).toHaveLength(3));
    const state = screen.getByTestId('alert-state');
    expect(state.textContent).toMatch(/^Snoozed until .*23/);
    const card = state.closest('article')!;
    // A snoozed alert can be woken, not snoozed again.
    expect([...card.querySelectorAll('footer button')].map((b) => b.textContent)).toEqual([
      'Reopen',
      'Dismiss',
      'Resolve',
    ]);
  });

  it('under Show all, dismissed and resolved alerts say which they are and when, in Chinese too', async () => {
    const db = getDb();
    const rows = await db.alerts.toArray();
    await db.alerts.update(rows[0]!.id!, {
      state: 'dismissed',
      updatedAt: '2026-11-22T18:00:00.000Z',
    });
    await db.alerts.update(rows[1]!.id!, {
      state: 'resolved',
      resolvedAt: '2026-11-22T19:00:00.000Z',
    });
    useUiStore.setState({ showClosedAlerts: true });
    render(<AlertList lang="zh" />);
    await waitFor(() => expect(screen.getAllByTestId('alert-state')).toHaveLength(2));
    const states = screen.getAllByTestId('alert-state').map((e) => e.textContent);
    expect(states.some((x) => /^已于 .+ 忽略$/.test(x ?? ''))).toBe(true);
    expect(states.some((x) => /^已于 .+ 解决$/.test(x ?? ''))).toBe(true);
  });

  it('storefront names', () => {
    expect(storefrontName('amazon', 'amazon:B01@amazon.co.uk', 'en')).toBe('Amazon.co.uk');
    expect(storefrontName('amazon', 'amazon:B01@amazon.co.uk', 'zh')).toBe('亚马逊英国站');
    expect(storefrontName('amazon', 'amazon:B01@amazon.eu', 'en')).toBe('Amazon Europe');
    expect(storefrontName('amazon', 'amazon:B01@amazon.com.ng', 'zh')).toBe(
      '亚马逊（amazon.com.ng）',
    );
    expect(storefrontName('taobao', 'taobao:6512', 'zh')).toBe('淘宝/天猫');
  });
});

describe('a long history of alerts', () => {
  it('the side panel shows them a page at a time (worst and newest first) and more on request', async () => {
    const db = getDb();
    await db.alerts.clear();
    const base = Date.parse('2026-11-22T00:00:00.000Z');
    await db.alerts.bulkAdd(
      Array.from({ length: 120 }, (_, i) =>
        alert({ at: new Date(base - i * 60_000).toISOString(), dedupeKey: `k${i}` }),
      ),
    );
    render(<AlertList lang="en" />);
    await waitFor(() => expect(screen.getAllByTestId('alert-card')).toHaveLength(50));
    const more = screen.getByTestId('show-more-alerts');
    expect(more.textContent).toBe('Show 50 more (70 not shown)');
    fireEvent.click(more);
    await waitFor(() => expect(screen.getAllByTestId('alert-card')).toHaveLength(100));
    fireEvent.click(screen.getByTestId('show-more-alerts'));
    await waitFor(() => expect(screen.getAllByTestId('alert-card')).toHaveLength(120));
    expect(screen.queryByTestId('show-more-alerts')).toBeNull();
    cleanup();
    render(<AlertList lang="zh" />);
    expect((await screen.findByTestId('show-more-alerts')).textContent).toBe(
      '再显示 50 条（还有 70 条未显示）',
    );
  });
});
