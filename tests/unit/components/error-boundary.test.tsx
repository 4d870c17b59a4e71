// @vitest-environment jsdom
/**
 * The pages' error boundary: a view that throws while rendering shows what happened and a Reload
 * button instead of a blank page. The crash here is a real one: an alert row without its message (as an
 * unvalidated import used to store) given to the side panel's AlertCard.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertCard } from '../../../components/alert-card';
import { ErrorBoundary } from '../../../components/error-boundary';
import type { Alert } from '../../../lib/schemas/alert';

const alert: Alert = {
  id: 1,
  kind: 'undercut',
  severity: 'warning',
  state: 'open',
  subject: 'amazon:B0057OC5O8',
  dedupeKey: 'undercut:amazon:B0057OC5O8',
  at: '2026-11-01T11:00:00.000Z',
  createdAt: '2026-11-01T11:00:05.000Z',
  updatedAt: '2026-11-01T11:00:05.000Z',
  message: { en: 'A is 3% below you.', zh: 'A 比您低 3%。' },
  nextStep: { en: 'Check your floor.', zh: '请检查底价。' },
  evidence: { gapPct: 3 },
};
const { message: _message, ...withoutMessage } = alert;

beforeEach(() => {
  fakeBrowser.reset();
  // React and the boundary log the caught error; the test asserts on what the page shows.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the view as usual when nothing throws', () => {
    render(
      <ErrorBoundary>
        <AlertCard alert={alert} lang="en" />
      </ErrorBoundary>,
    );
    expect(screen.getByText('A is 3% below you.')).toBeDefined();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it('shows a bilingual message, the error and a Reload button instead of a blank page', () => {
    const onReload = vi.fn();
    const { container } = render(
      <ErrorBoundary onReload={onReload}>
        <AlertCard alert={withoutMessage as Alert} lang="zh" />
      </ErrorBoundary>,
    );
    const shown = screen.getByRole('alert');
    expect(shown.textContent).toContain('Something went wrong showing this view.');
    expect(shown.textContent).toContain('显示此页面时出错。');
    expect(shown.querySelector('.error')?.textContent).toMatch(/\S/); // the error's own message
    expect(container.textContent).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Reload / 重新加载' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
