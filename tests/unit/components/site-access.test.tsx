// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteAccessBanner } from '../../../components/site-access';

afterEach(cleanup);

/** A permissions API backed by a set of withheld origins, with change events like the browser's. */
function fakePermissions(withheld: string[], grant = true) {
  const held = new Set(withheld);
  const added = new Set<() => void>();
  const api = {
    asked: [] as string[][],
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => !held.has(o)),
    request: async ({ origins }: { origins: string[] }) => {
      api.asked.push(origins);
      if (!grant) return false;
      for (const o of origins) held.delete(o);
      for (const cb of added) cb();
      return true;
    },
    onAdded: {
      addListener: (cb: () => void) => added.add(cb),
      removeListener: (cb: () => void) => added.delete(cb),
    },
    onRemoved: { addListener: () => undefined, removeListener: () => undefined },
  };
  return api;
}

describe('SiteAccessBanner', () => {
  it('shows nothing while every marketplace host is granted', async () => {
    const { container } = render(<SiteAccessBanner lang="en" api={fakePermissions([])} />);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
  });

  it('names the markets whose pages it may not read and asks for exactly those hosts', async () => {
    const etsy = 'https://www.etsy.com/your/shops/*/listing-editor/*';
    const api = fakePermissions(['https://www.amazon.de/*', 'https://amazon.de/*', etsy]);
    render(<SiteAccessBanner lang="en" api={api} />);
    const banner = await screen.findByTestId('site-access');
    expect(banner.textContent).toContain('may not read these marketplace pages');
    expect([...banner.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Amazon (2 sites)',
      'Etsy',
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    });
    expect(api.asked).toEqual([['https://amazon.de/*', 'https://www.amazon.de/*', etsy]]);
    // Granted: the permission event refreshes the banner away.
    await act(async () => undefined);
    expect(screen.queryByTestId('site-access')).toBeNull();
  });

  it('says so in Chinese when the user declines', async () => {
    const api = fakePermissions(['https://item.upload.taobao.com/sell/*'], false);
    render(<SiteAccessBanner lang="zh" api={api} />);
    const banner = await screen.findByTestId('site-access');
    expect(banner.querySelector('li')!.textContent).toBe('淘宝/天猫');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '允许访问' }));
    });
    expect(screen.getByTestId('site-access').textContent).toContain('未获得授权');
  });
});
