/** CAPTCHA, robot-check and sign-in interstitials are skipped: never parsed, never stored. */
import { describe, expect, it } from 'vitest';
import { amazon } from '../../../../lib/markets/amazon';
import { parseDocument } from '../../../../lib/markets/index';
import {
  FIXTURE_URLS,
  fixtureHtml,
  linkedomDocument,
  parseFixture,
  REAL_SAVED_PAGES,
  type FixtureName,
} from './fixtures';

describe('blocked pages', () => {
  it.each([
    ['blocked/captcha_amazon-com.html', 'captcha', 'product'],
    ['blocked/robot-check_amazon-com.html', 'robot-check', 'reviews'],
    ['blocked/signin_amazon-com.html', 'sign-in', 'reviews'],
    ['blocked/signin_sellercentral-com.html', 'sign-in', 'inventory'],
  ] as [FixtureName, string, string][])('%s → %s', (name, reason, pageType) => {
    expect(parseFixture(name)).toEqual({
      kind: 'blocked',
      match: { market: 'amazon', pageType, parserId: `amazon/${pageType}` },
      reason,
    });
  });

  it.each([
    ...REAL_SAVED_PAGES,
    'inventory/manage-all-inventory_sellercentral-com.html',
    'inventory/manage-inventory-legacy_sellercentral-co-uk.html',
    'pricing/pricing-health_sellercentral-com.html',
    'back-office-reviews/brand-customer-reviews_sellercentral-com.html',
  ] as FixtureName[])(
    '%s is not blocked (it links to /ap/signin, but has no sign-in form)',
    (name) => {
      const doc = linkedomDocument(fixtureHtml(name));
      expect(amazon.detectBlocked(doc, new URL(FIXTURE_URLS[name]))).toBeNull();
    },
  );

  it('recognises a localised CAPTCHA heading without the form', () => {
    const html =
      '<html><head><title>Amazon.de</title></head><body><h4>Geben Sie die Zeichen unten ein</h4></body></html>';
    expect(
      parseDocument(
        linkedomDocument(html),
        'https://www.amazon.de/dp/B0D4KX7TQ2',
        '2024-03-05T08:00:00Z',
      ),
    ).toMatchObject({
      kind: 'blocked',
      reason: 'captcha',
    });
  });

  it('recognises the two-step verification page as sign-in', () => {
    const html =
      '<html><head><title>Two-Step Verification</title></head><body><form id="auth-mfa-form" method="post"><input id="auth-mfa-otpcode" name="otpCode"></form></body></html>';
    expect(
      amazon.detectBlocked(
        linkedomDocument(html),
        new URL('https://sellercentral.amazon.com/pricing/health'),
      ),
    ).toBe('sign-in');
  });
});
