/**
 * Language of a review: 'zh' and 'en' (the languages the model reads), otherwise an ISO 639-1 code
 * or 'und'. A review in a language we cannot read gets label `unknown`, never a guessed polarity.
 *
 * Script counts and stop words settle almost every review in microseconds; tinyld (≈0.4 ms a call,
 * too slow for the 20,000 reviews/s budget if called on everything) only breaks ties for Latin-script
 * text that has no English or other-language function words.
 */
import { detectAll } from 'tinyld/light';
import { isHanCode, isJapaneseKana } from '../cjk';

export type ReadableLang = 'zh' | 'en';

/** Function words (and very common review words) of the Latin-script languages we must not misread as English. */
// Null prototype: a review saying "constructor" must not find Object.prototype.constructor.
const OTHER_WORDS: Record<string, string> = Object.create(null) as Record<string, string>;
const addWords = (lang: string, words: string) => {
  for (const w of words.split(' ')) OTHER_WORDS[w] = lang;
};
addWords(
  'es',
  'el la los las del que y muy pero es por para con una un lo su fue está esta este producto bueno buena malo mala excelente calidad precio llegó envío recomiendo gracias también porque como todo nada bien mucho ' +
    // Short marketplace reviews ("Me encanta", "Genial, me encantó", "Buenísimo, super recomendado"):
    // "me" is in the English lexicon too, so it counts for neither and the verb decides.
    'me encanta encantó encantado encantada gusta gustó genial buenísimo buenisimo buenísima recomendado recomendada recomendable perfecto perfecta rápido rapido rápida lindo linda precioso hermoso vendedor',
);
addWords(
  'pt',
  'não muito produto bom boa ótimo qualidade entrega chegou recomendo obrigado também mas uma você está isso então foi ' +
    'adorei amei gostei perfeito perfeita ótima maravilhoso veio certinho ' +
    // Mercado Livre's opinions (analysis 17): "Faz um espresso encorpado e a limpeza é fácil" was English,
    // from "um" and "a" (the English training words hold "um", "com", "de": such words count for neither).
    'um com de do da dos em no na nos nas pela pelo ao aos os bem já só ainda ficou faz toda dia ano mês ' +
    'pouco funcionando recebi comprei embalado embalada pra demorou defeito quebrado quebrou pequeno',
);
addWords(
  'fr',
  'le les des est et très pas une du pour avec dans ce cette mais produit bon bonne qualité prix livraison reçu je vous il elle sont rien tout ' +
    "parfait parfaite génial géniale j'adore rapide conforme merci envoi recommande",
);
addWords(
  'de',
  'der die das und ist nicht sehr gut ein eine mit für auf ich es sie wir zu den dem aber auch leider schnell qualität preis produkt lieferung geliefert alles ' +
    // "Alles super, gerne wieder", "Top Ware, schneller Versand", "Passt perfekt": super and top are
    // English words too, so the German ones must decide.
    'gerne wieder ware schneller schnelle versand passt perfekt toll zufrieden danke empfehlenswert artikel beschrieben',
);
addWords(
  'it',
  'il lo gli della che è molto non ma per con una prodotto buono ottimo qualità prezzo consegna arrivato consiglio anche tutto ' +
    'perfetto perfetta ottima bellissimo bellissima consigliato spedizione veloce grazie',
);
addWords(
  'nl',
  'het een en niet zeer goed maar voor met ook van dat dit product kwaliteit levering',
);
addWords(
  'id',
  'yang dan tidak sangat bagus barang ini itu dengan untuk sudah sampai cepat terima kasih pengiriman ' +
    // Shopee's one-word praise (analysis 17: "Mantap" was English, −0.07).
    'mantap mantul',
);
// The other Shopee markets write these (Malaysia, the Philippines, Vietnam). Words shared with
// Indonesian stay Indonesian above; the ones here are Malay's own ("Kualiti teruk, tak berbaloi langsung"
// was read as English and scored positive). Tagalog and Taglish ("Hindi maganda, sira agad"; "Maganda ang
// quality, mabilis dumating") and Vietnamese typed without its accents ("Hang dep, giao nhanh") were
// English too. English loan words of these reviews (ok, seller, packing, order) are left out: they
// decide nothing.
addWords(
  'ms',
  'kualiti penghantaran berbaloi teruk kemas rosak tak dah je sgt brg tq terbaik sedap puas laju lambat ' +
    'mmg xde takde tapi harap semoga',
);
addWords(
  'tl',
  'ang ng mga po ay maganda mabilis dumating salamat hindi sira agad yung lang talaga sobrang ganda naman ' +
    'din rin kasi ito nito siya kami namin ako ko mo nag nang pa sana medyo pangit maayos',
);
addWords(
  'vi',
  'dep tot rat nhanh giao khong duoc goi pham luong nhiet tinh cua nhung minh mua lan shopp ung ho ' +
    'chuan dung kem',
);

/** English function words and common review words; a word in both lists ("no", "me") counts for neither. */
const EN_WORDS = new Set(
  (
    'the a an and or but is are was were be been it this that these those i you he she we they my your ' +
    'its our their of to in on for with at by from as not no very so too all just would will can could ' +
    'have has had do does did what which who when if than then there here one more most some any only ' +
    'great good bad love like works work product item quality price shipping arrived fast slow easy use ' +
    'nice excellent poor broke broken cheap expensive recommend would buy bought after before well also ' +
    'battery screen size fits small large sound picture camera phone really about get got much little ' +
    'never ever even still because doesn out up down over into been being worth time first again new'
  ).split(' '),
);

function isLatinLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) // Latin Extended Additional (Vietnamese ả ấ ố ự …)
  );
}

/**
 * Letters only Vietnamese writes: a vowel with both a shape mark and a tone (ả ấ ầ ẩ ố ộ ợ ự …,
 * U+1EA0–U+1EF9) and ơ/ư. "Sản phẩm rất tốt, giao hàng nhanh" was read as Portuguese (tinyld).
 */
function isVietnameseLetter(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}

const MAX_SCAN = 2_000;

/**
 * Detects the language of `text` (at most its first 2,000 characters are read). `englishWords` (the
 * model asset ships the frequent words of its English training data) lets short phrases without
 * function words, e.g. pros/cons lists, be recognised without the slow fallback.
 */
export function detectLang(text: string, englishWords?: ReadonlySet<string>): string {
  const len = Math.min(text.length, MAX_SCAN);
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  let vietnamese = 0;
  let otherScript = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latin++;
      continue;
    }
    if (isHanCode(c)) han++;
    // Not the の that Chinese shop copy borrows ("小清新の") nor the middle dot ・ (lib/cjk.ts).
    else if (isJapaneseKana(c)) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (isLatinLetter(c)) {
      latin++;
      if (isVietnameseLetter(c)) vietnamese++;
    } else if (c >= 0x0370 && c <= 0x1fff) otherScript++; // Greek, Cyrillic, Arabic, Hebrew, Indic, Thai ...
  }
  // Japanese needs a real share of kana, but one is enough in a short text: 良い ("good") is
  // Japanese, and Chinese reviews have no kana but the borrowed の.
  if (kana >= 1 && kana * 5 >= han + kana) return 'ja';
  if (hangul > 0 && hangul >= han) return 'ko';
  // A Chinese character carries about as much as a Latin word (~5 letters): "iPhone 很好用" is Chinese.
  if (han > 0 && han * 5 >= latin && han >= otherScript) return 'zh';
  if (otherScript > latin) return tinyldGuess(text.slice(0, len)) || 'und';
  if (latin === 0) return 'und';
  // A few of its letters in a Latin text (not one name in an English review: "Nguyễn Thị shop").
  if (vietnamese >= 2 && vietnamese * 10 >= latin) return 'vi';
  return latinLang(text.slice(0, len), englishWords);
}

function latinLang(text: string, englishWords: ReadonlySet<string> | undefined): string {
  let en = 0;
  const other: Record<string, number> = Object.create(null) as Record<string, number>;
  let bestOther = '';
  let bestOtherHits = 0;
  let words = 0;
  let diacritics = 0;
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length && words < 200) {
    let c = lower.charCodeAt(i);
    if (!(isLatinLetter(c) || c === 39)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && (isLatinLetter((c = lower.charCodeAt(i))) || c === 39)) {
      if (c >= 0xc0) diacritics++;
      i++;
    }
    const w = lower.slice(start, i);
    words++;
    const isEn = EN_WORDS.has(w) || (englishWords !== undefined && englishWords.has(w));
    const o = OTHER_WORDS[w];
    if (isEn && o) continue;
    if (isEn) {
      en++;
      // Plenty of English and nothing else so far: stop reading (most reviews end here).
      if (en >= 6 && bestOtherHits === 0 && diacritics === 0) return 'en';
    } else if (o) {
      const k = (other[o] ?? 0) + 1;
      other[o] = k;
      if (k > bestOtherHits) {
        bestOtherHits = k;
        bestOther = o;
      }
    }
  }
  if (en > 0 && en >= 2 * bestOtherHits && diacritics <= en) return 'en';
  if (bestOtherHits > 0 && bestOtherHits > en) return bestOther;
  // No function words either way (short phrases such as "Compact, lightweight"): ask tinyld, and keep
  // English unless it is fairly sure of another language, since unaccented phrases are mostly English.
  const guess = tinyldGuess(text, diacritics === 0 ? 0.3 : 0);
  if (guess) return guess;
  return diacritics === 0 ? 'en' : 'und';
}

/** tinyld's best guess if its confidence reaches `minAccuracy`, else ''. */
function tinyldGuess(text: string, minAccuracy = 0): string {
  const top = detectAll(text)[0];
  if (!top || top.accuracy < minAccuracy) return '';
  return top.lang;
}

export function isReadable(lang: string): lang is ReadableLang {
  return lang === 'zh' || lang === 'en';
}

/** True for the function words of the other Latin-script languages (kept out of the English lexicon). */
export function isOtherLanguageWord(word: string): boolean {
  return OTHER_WORDS[word] !== undefined;
}
