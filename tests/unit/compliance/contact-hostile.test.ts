/**
 * Contact-detail patterns (e-mail, bare domains) on long runs without a space: keyword slugs pasted into a
 * description (zapatillas-nike-hombre-…), rows of 1-1-1 or a.a.a. Each pattern may only start a match
 * where a run starts and bounds every repetition (RFC limits: 64 for a local part, 63 for a label), so
 * a run is read once rather than once per word boundary. Time is measured by the compliance benchmark
 * (`npm run bench -- --suite compliance`, rows "hostile runs" and "growth 10→40 KB"); here only the
 * findings on such input are checked.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';

const CONTACT: Record<string, string> = {
  amazon: 'amazon/contact-info',
  ebay: 'ebay/contact-outside',
  walmart: 'walmart/urls',
  shopee: 'shopee/off-platform',
  mercadolibre: 'mercadolibre/contact-info',
};

const contact = (description: string, market: Market) =>
  lintListing({ description }, { market })
    .filter((f) => f.ruleId === CONTACT[market])
    .map((f) => f.match);

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SLUG = fill('zapatillas-nike-hombre-running-negro-talle-42-', 200_000);

describe('a 200 KB run without spaces holds no contact detail', () => {
  it.each<[Market, string]>([
    ['mercadolibre', SLUG],
    ['mercadolibre', fill('1-', 200_000)],
    ['mercadolibre', fill('a.', 200_000)],
    ['amazon', fill('a.', 200_000)],
    ['amazon', fill('ab.cd-', 200_000)],
    ['ebay', fill('1-', 200_000)],
    ['walmart', fill('1-', 200_000)],
    ['walmart', SLUG],
    ['shopee', fill('a.', 200_000)],
  ])('%s', (market, text) => {
    expect(contact(text, market)).toEqual([]);
  });

  it('still finds the e-mail and the shop link written after such a run', () => {
    const text = `${SLUG} Mayoristas: ventas@mitienda.com.ar o tiendaonline.com.ar`;
    expect(contact(text, 'mercadolibre')).toEqual([
      'ventas@mitienda.com.ar',
      'tiendaonline.com.ar',
    ]);
    expect(contact(`${fill('1-', 200_000)} See shopnow.com for sizes`, 'walmart')).toEqual([
      'shopnow.com',
    ]);
    expect(contact(`${fill('a.', 200_000)} Email sales@example.com`, 'amazon')).toEqual([
      'sales@example.com',
    ]);
  });
});

describe('the rewritten patterns keep their cases', () => {
  it.each<[Market, string, string]>([
    [
      'amazon',
      'Questions? Email john.doe+shop@mail.example.co.uk',
      'john.doe+shop@mail.example.co.uk',
    ],
    ['ebay', 'Contact:seller_uk@gmail.com for bulk orders', 'seller_uk@gmail.com'],
    ['shopee', 'Order via email-orders@shop.sg', 'email-orders@shop.sg'],
    ['walmart', 'Visit my.acme-tools.com for sizes', 'acme-tools.com'],
    ['walmart', 'Sizing chart on acme-tools.store', 'acme-tools.store'],
    ['mercadolibre', 'Catálogo en tienda.shop.com.br', 'tienda.shop.com.br'],
    // A sub-domain of another site is an outside link even when its first label names Mercado Libre.
    ['mercadolibre', 'Catálogo en mercadolibre.tiendaonline.com', 'mercadolibre.tiendaonline.com'],
  ])('%s: %s', (market, text, match) => {
    expect(contact(text, market)).toEqual([match]);
  });

  it('Mercado Libre links of its own stay clean', () => {
    expect(contact('Ver más modelos en tienda.mercadolibre.com.ar', 'mercadolibre')).toEqual([]);
    expect(contact('Loja oficial: lista.mercadolivre.com.br', 'mercadolibre')).toEqual([]);
  });
});
