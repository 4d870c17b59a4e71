import { describe, expect, it } from 'vitest';
import {
  brandFromByline,
  parseCount,
  parseHelpfulVotes,
  parseRating,
  parseReviewDate,
  ratingFromStarClass,
} from '../../../../lib/markets/amazon/text';

describe('star ratings', () => {
  it.each([
    ['4.3 out of 5 stars', 4.3],
    ['4.6 out of 5', 4.6],
    ['5.0 out of 5 stars', 5],
    ['4 out of 5 stars ', 4],
    ['4,0 de 5 estrellas', 4],
    ['4,1 von 5 Sternen', 4.1],
    ['4,5 sur 5 étoiles', 4.5],
    ['4,5 su 5 stelle', 4.5],
    ['4,2 van 5 sterren', 4.2],
    ['4,4 av 5 stjärnor', 4.4],
    ['4,3 z 5 gwiazdek', 4.3],
    ['5つ星のうち4.3', 4.3],
    ['5 yıldız üzerinden 4,5', 4.5],
    ['4.5 من 5 نجوم', 4.5],
    ['', null],
    ['out of stars', null],
    ['7 out of 10', null],
  ])('%j → %s', (text, rating) => expect(parseRating(text)).toBe(rating));

  it.each([
    ['a-icon a-icon-star a-star-4-5 review-rating', 4.5],
    ['a-icon a-icon-star-medium a-star-medium-5 averageStarRating', 5],
    ['a-icon a-icon-star a-star-3', 3],
    ['a-icon a-icon-popover', null],
  ])('star class %j → %s', (cls, rating) => expect(ratingFromStarClass(cls)).toBe(rating));
});

describe('counts', () => {
  it.each([
    ['422 ratings', 422],
    ['1,234 ratings', 1234],
    ['5.182 valoraciones', 5182],
    ['5.182 Sternebewertungen', 5182],
    ['1 234 évaluations', 1234],
    ['1\u202f234 évaluations', 1234],
    ["1'234 Bewertungen", 1234],
    ['6 customer reviews', 6],
    ['5,849 total ratings, 504 with reviews', 5849],
    ['12,345,678 ratings', 12345678],
    ['1,23,456 ratings', 123456], // Indian grouping (amazon.in)
    ['12,34,567 ratings', 1234567],
    ['4,5', 4], // a decimal is not a count: the integer part, as before
    ['ratings', null],
  ])('%j → %s', (text, n) => expect(parseCount(text)).toBe(n));

  it.each([
    ['8 people found this helpful', 8],
    ['One person found this helpful', 1],
    ['Eine Person fand das hilfreich', 1],
    ['Una persona lo ha encontrado útil', 1],
    ['12 Personen fanden das hilfreich', 12],
    ['1,024 people found this helpful', 1024],
    ['1,02,345 people found this helpful', 102345],
    ['Één persoon vond dit nuttig', 1],
    ['', undefined],
    ['Helpful', undefined],
  ])('helpful votes %j → %s', (text, n) => expect(parseHelpfulVotes(text)).toBe(n));
});

describe('review dates', () => {
  it.each([
    ['Reviewed in the United States on March 3, 2024', '2024-03-03'],
    ['Reviewed in the United States on March 28, 2013', '2013-03-28'],
    ['Reviewed in the United Kingdom on 8 April 2016', '2016-04-08'],
    ['Reviewed in Canada on March 8, 2023', '2023-03-08'],
    ['Reviewed in Japan on May 7, 2013', '2013-05-07'],
    ['Rezension aus Deutschland vom 3. März 2024', '2024-03-03'],
    ['Rezension aus Deutschland vom 28. Februar 2024', '2024-02-28'],
    ['Commenté en France le 3 mars 2024', '2024-03-03'],
    ['Commenté en France le 1 août 2023', '2023-08-01'],
    ['Recensito in Italia il 3 marzo 2024', '2024-03-03'],
    ['Revisado en España el 14 de febrero de 2024', '2024-02-14'],
    ['Calificado en México el 3 de marzo de 2024', '2024-03-03'],
    ['Avaliado no Brasil em 3 de março de 2024', '2024-03-03'],
    ['Beoordeeld in Nederland op 3 maart 2024', '2024-03-03'],
    ['Recenserad i Sverige den 3 mars 2024', '2024-03-03'],
    ['Oceniono w Polsce dnia 3 września 2024', '2024-09-03'],
    ["3 Mart 2024 tarihinde Türkiye'de değerlendirildi", '2024-03-03'],
    ['2024年3月3日に日本でレビュー済み', '2024-03-03'],
    ['２０２４年３月３日に日本でレビュー済み', '2024-03-03'],
    ['March 2, 2024', '2024-03-02'],
    ['2024-03-03', '2024-03-03'],
    ['03.03.2024', '2024-03-03'],
    ['Commenté en France le 3 févr. 2024', '2024-02-03'],
    ['Commenté en France le 14 juil. 2023', '2023-07-14'],
    ['Recensito in Italia il 3 mag 2024', '2024-05-03'],
    ['Recensito in Italia il 21 set 2023', '2023-09-21'],
    ['Revisado en España el 3 de ene. de 2024', '2024-01-03'],
    ['Rezension aus Deutschland vom 3. Okt. 2024', '2024-10-03'],
    ['Rezension aus Deutschland vom 24. Dez. 2023', '2023-12-24'],
    ['You may 3 like it', null],
    ['Reviewed in the United States on February 30, 2024', null],
    ['Reviewed in the United States', null],
    ['', null],
  ])('%j → %s', (text, iso) => expect(parseReviewDate(text)).toBe(iso));

  it.each([
    ['03/02/2024', 'en-US', '2024-03-02'],
    ['01/31/2024', 'en-US', '2024-01-31'],
    ['13/02/2024', 'en-US', null], // impossible month first: not swapped to day first
    ['03/02/2024', 'en-GB', '2024-02-03'],
    ['03/02/2024', undefined, '2024-02-03'],
    ['31.01.2024', 'de-DE', '2024-01-31'],
    ['2024/01/31', 'en-US', '2024-01-31'],
  ])('numeric %j in %s → %s', (text, locale, iso) =>
    expect(parseReviewDate(text, locale)).toBe(iso),
  );
});

describe('brand bylines', () => {
  it.each([
    ['Visit the SainSmart Store', 'SainSmart'],
    ['Brand: SainSmart', 'SainSmart'],
    ['Besuche den Voltkern-Store', 'Voltkern'],
    ['Marke: Voltkern', 'Voltkern'],
    ['Visiter la boutique Voltkern', 'Voltkern'],
    ['Visita la tienda de Voltkern', 'Voltkern'],
    ['Voltkernのストアを表示', 'Voltkern'],
    ['by Mat Follas (Author)', undefined],
    ['', undefined],
  ])('%j → %s', (text, brand) => expect(brandFromByline(text)).toBe(brand));
});
