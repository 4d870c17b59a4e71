// @vitest-environment jsdom
/**
 * The alert card's actions: a snooze, dismiss or resolve the background refused (a full disk, a
 * database error) or could not receive (a service worker being restarted) is said on the card, in
 * the UI language, instead of the click silently doing nothing.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlertCard } from '../../../components/alert-card';
import type { Alert } from '../../../lib/schemas/alert';

const AT = '2026-11-22T17:23:00.000Z';
const undercut: Alert = {
  id: 7,
  kind: 'undercut',
  severity: 'warning',
  subject: 'amazon:B0057OC5O8',
  dedupeKey: 'undercut:amazon:B0057OC5O8',
  at: AT,
  message: { en: 'SmartHome Deals undercuts you by 8.8%.', zh: 'SmartHome Deals 比您低 8.8%。' },
  nextStep: { en: 'Hold your price.', zh: '保持价格。' },
  evidence: {},
  state: 'open',
  createdAt: AT,
  updatedAt: AT,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('AlertCard actions', () => {
  it('sends the action for this alert and shows nothing more when it is stored', async () => {
    const sent = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, status: 'done' } as never);
    render(<AlertCard alert={undercut} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent.mock.calls[0]![0]).toEqual({
      type: 'updateAlert',
      id: 7,
      action: { state: 'dismissed' },
    });
    await Promise.resolve();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a full disk is said in the UI language', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'storage-full', message: 'QuotaExceededError' },
    } as never);
    render(<AlertCard alert={undercut} lang="zh" />);
    fireEvent.click(screen.getByRole('button', { name: '忽略' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '该提醒未能更新：浏览器存储空间已满，请释放磁盘空间后重试。',
    );
  });

  it('a background that cannot be reached is said, and a later success clears it', async () => {
    const sent = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(
        new Error('Could not establish connection. Receiving end does not exist.'),
      )
      .mockResolvedValue({ ok: true, status: 'done' } as never);
    render(<AlertCard alert={undercut} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 24 h' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This alert was not changed: Could not establish connection. Receiving end does not exist.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
