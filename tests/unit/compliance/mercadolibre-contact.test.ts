/**
 * Mercado Libre forbids contact details in listings (phones, WhatsApp, e-mail, outside links). Latin-
 * American numbers are not written like US ones: +54 9 11 1234-5678 (Argentina, international mobile),
 * (11) 98765-4321 (Brazil), 55 1234 5678 (Mexico City), 011 4567-8901 (Buenos Aires landline), plus
 * wa.me links and digits written together after "cel"/"WhatsApp". Specs full of numbers (model numbers,
 * dimensions, EAN codes, capacities, model years of auto parts) must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const RULE = 'mercadolibre/contact-info';

const contact = (description: string, title = 'Auriculares Bluetooth JBL Tune 520BT') =>
  lintListing({ title, description }, { market: 'mercadolibre' })
    .filter((f) => f.ruleId === RULE)
    .map((f) => f.match);

describe('must flag: phone numbers, WhatsApp and links as sellers write them', () => {
  it.each([
    ['Consultas al +54 9 11 1234-5678 de lunes a viernes de 9 a 18 hs.', '+54 9 11 1234-5678'],
    ['Vendas no atacado: ligue (11) 98765-4321.', '(11) 98765-4321'],
    ['Pedidos por mayoreo al 55 1234 5678, envíos a toda la República.', '55 1234 5678'],
    ['Dudas? WhatsApp 11 2345 6789', '11 2345 6789'],
    ['Escribinos a wa.me/5491112345678 y te asesoramos.', 'wa.me/5491112345678'],
    ['Local a la calle, tel: 011 4567-8901, Palermo.', '011 4567-8901'],
    ['Atención personalizada (011) 15 4567-8901.', '(011) 15 4567-8901'],
    ['Chama no zap 11 9 8765-4321 para mais cores.', '11 9 8765-4321'],
    ['Más modelos: cel 1123456789', 'cel 1123456789'],
    ['Consultá por +5491112345678', '+5491112345678'],
    ['Llamanos al 0800 123 4567 sin cargo', '0800 123 4567'],
    ['Catálogo completo en tiendaonline.com.ar', 'tiendaonline.com.ar'],
    ['Link del catálogo: bit.ly/catalogo-2025', 'bit.ly/catalogo-2025'],
    ['Mayoristas: ventas@mitienda.com.ar', 'ventas@mitienda.com.ar'],
  ])('%s', (description, match) => {
    expect(contact(description)).toContain(match);
  });

  it('a WhatsApp number in the title is flagged as well', () => {
    expect(contact('', 'Funda iPhone 15 Silicona WhatsApp 11 2345 6789')).toEqual([
      'WhatsApp',
      '11 2345 6789',
    ]);
  });
});

describe('must not flag: numbers that are specifications', () => {
  it.each([
    ['Samsung Galaxy A54 128 GB Negro', 'Celular liberado, 8 GB RAM, pantalla 6.4"'],
    ['Escritorio Gamer', 'Medidas 120 x 60 x 75 cm. Peso 18,5 kg.'],
    ['Yerba Mate Playadito 1 kg', 'EAN 7891234567895. Pack x 12 unidades.'],
    ['Faro Trasero Toyota Corolla 2018 2019 2020 2021', 'Compatible con modelos 2015 2016 2017.'],
    ['Neumático Pirelli 205 55 R16 91V', 'Rodado 16, índice de carga 91.'],
    ['Notebook Lenovo IdeaPad 3 15.6 Ryzen 5 8 GB 512 GB SSD', 'Resolución 1920 x 1080, 60 Hz.'],
    [
      'Tornillos Autoperforantes 6 x 40 mm',
      'Caja 1000 unidades, código 12 3456 7890 del fabricante.',
    ],
    ['Pava Eléctrica Atma 1,7 L', 'Capacidad 1,7 l. 2200 W. 220 V. Garantía 12 meses.'],
    ['Cartucho HP 664 XL Negro F6V31AL', 'Rinde 480 páginas. Factura A y B.'],
    ['Libro El Principito', 'ISBN 978-950-07-1234-5, 96 páginas.'],
    ['Tienda Oficial Samsung', 'Comprá también en mercadolibre.com.ar/tienda/samsung'],
    ['Taladro Percutor Bosch 650 W', 'Velocidad 0 2800 rpm, mandril 13 mm.'],
  ])('%s', (title, description) => {
    expect(contact(description, title)).toEqual([]);
  });
});
