/**
 * Mercado Libre titles may not carry promotion or price wording ("Cómo armar un buen título"). Brazil
 * writes it in Portuguese and sellers use plurals: Descuentos, Descontos, Promoções, Liquidação, Queima de
 * Estoque. Product names that only share a stem (Liquidificador, Caneta Promocional) stay clean.
 */
import { expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const promo = (title: string) =>
  lintListing({ title }, { market: 'mercadolibre' })
    .filter((f) => f.ruleId === 'mercadolibre/title-promotional')
    .map((f) => f.match);

it.each([
  ['Camisa Polo Masculina Liquidação Total', 'Liquidação'],
  ['Kit Panelas Tramontina Promoções Imperdíveis', 'Promoções'],
  ['Zapatillas Nike Air Descuentos', 'Descuentos'],
  ['Tênis Adidas Descontos Exclusivos', 'Descontos'],
  ['Queima de Estoque Tênis Olympikus', 'Queima de Estoque'],
  ['Liquidaciones Zapatillas Puma Hombre', 'Liquidaciones'],
  ['Promociones Celular Motorola G54', 'Promociones'],
  ['Sandália Feminina Liquidacao Verao', 'Liquidacao'],
  ['Zapatillas Nike Hombre Envío-Gratis', 'Envío-Gratis'],
  ['Zapatillas Nike Hombre Envíos Gratis', 'Envíos Gratis'],
  ['Zapatillas Nike Hombre Sin Costo de Envío', 'Sin Costo de Envío'],
  ['Zapatillas Nike Hombre Envío Sin Cargo', 'Envío Sin Cargo'],
  ['Zapatillas Nike Hombre 30% OFF', '30% OFF'],
  ['Tênis Adidas Feminino Frete-Grátis', 'Frete-Grátis'],
])('%s', (title, match) => {
  expect(promo(title)).toEqual([match]);
});

it.each([
  'Liquidificador Philco 1200W 12 Velocidades',
  'Caneta Promocional Personalizada 100 Unidades',
  'Estoque de Parafusos Organizador 24 Divisórias',
  'Remera Algodón 100% Hombre Off White',
  'Bolsas de Envío 30x40 cm Pack 100',
])('leaves %s alone', (title) => {
  expect(promo(title)).toEqual([]);
});
