/**
 * Localised text Amazon prints around the data: star ratings ("4,1 von 5 Sternen", "5つ星のうち4.3"),
 * counts ("5.182 valoraciones"), review dates ("Reviewed in the United States on March 3, 2024",
 * "Rezension aus Deutschland vom 3. März 2024", "2024年3月3日に日本でレビュー済み") and brand bylines.
 * Month names are a small table here rather than date-fns locales: the dates sit inside sentences
 * ("… on March 3, 2024", "… el 3 de marzo de 2024") that no single date-fns format string can skip over.
 */
import { normalizeMoneyText, parseNumberToken } from '../../money';

const NUM_RE = /\d+(?:[.,]\d+)?/g;

/**
 * A star rating out of 5 from its text. The text holds the rating and the scale 5 in either order
 * ("4.3 out of 5", "5つ星のうち4.3", "5 yıldız üzerinden 4,5"): with two numbers, the rating is the
 * one that is not the scale (both 5 → 5). Null when the text has no rating.
 */
export function parseRating(text: string): number | null {
  const t = normalizeMoneyText(text);
  const nums = (t.match(NUM_RE) ?? []).map((s) => Number(s.replace(',', '.')));
  if (nums.length === 0) return null;
  let rating: number | undefined;
  if (nums.length === 1) rating = nums[0];
  else {
    const [a, b] = nums as [number, number];
    rating = a === 5 ? b : b === 5 ? a : undefined;
  }
  if (rating === undefined || !Number.isFinite(rating) || rating < 0 || rating > 5) return null;
  return Math.round(rating * 10) / 10;
}

/** The star rating hidden in an icon class (`a-star-4-5` → 4.5), the fallback when the text is gone. */
export function ratingFromStarClass(className: string): number | null {
  const m = /\ba-star(?:-medium|-mini|-small)?-(\d)(?:-(5))?\b/.exec(className);
  if (!m) return null;
  return Number(m[1]) + (m[2] ? 0.5 : 0);
}

/** "1,234 ratings", "5.182 valoraciones", "1 234 évaluations", "6 customer reviews" → the integer. */
export function parseCount(text: string): number | null {
  const t = normalizeMoneyText(text);
  // Indian grouping first ("1,23,456": 2-digit groups before the last 3), else groups of three.
  const m = /\d{1,3}(?:,\d{2})+,\d{3}(?!\d)|\d+(?:(?:[.,'’]|\s(?=\d{3}(?!\d)))\d{3})*/.exec(t);
  if (!m) return null;
  const n = Number(m[0].replace(/[^\d]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

const ONE_WORDS =
  /^(?:one|a|une|un|una|uma|eine|ein|een|en|ett|jedna|jeden|bir|شخص|واحد)\b|^1\s*人|^一/i;

/** "8 people found this helpful", "One person found this helpful", "Eine Person fand das hilfreich". */
export function parseHelpfulVotes(text: string): number | undefined {
  const t = normalizeMoneyText(text);
  if (!t) return undefined;
  const n = parseCount(t);
  if (n !== null) return n;
  // Accents stripped so "Één persoon vond dit nuttig" (Dutch) matches "een".
  return ONE_WORDS.test(t.normalize('NFD').replace(/\p{M}/gu, '')) ? 1 : undefined;
}

// Month names by number in the storefront languages (lower case, accents kept and stripped).
const MONTHS: Record<string, number> = Object.create(null) as Record<string, number>;
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  'setiembre',
  // Abbreviations as the storefronts print them ("3 févr. 2024", "3 mag 2024"); the trailing dot
  // is not part of the word token. "mar", "ago", "set" ... only count next to a day and a year.
  'janv févr mars avr mai juin juil août sept oct nov déc',
  'gen feb mar apr mag giu lug ago set ott nov dic',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'jan feb märz apr mai juni juli aug sept okt nov dez',
];
for (const list of MONTH_LISTS) {
  const names = list.split(' ');
  if (names.length === 1) continue;
  names.forEach((name, i) => {
    MONTHS[name] ??= i + 1;
    MONTHS[name.normalize('NFD').replace(/\p{M}/gu, '')] ??= i + 1;
  });
}
MONTHS['setiembre'] = 9;
MONTHS['sept'] = 9;
MONTHS['mär'] = 3;

/** True for a month name or abbreviation of the storefront languages ("März", "févr", "Mar"). */
export function isMonthName(word: string): boolean {
  const w = word.toLowerCase();
  return (MONTHS[w] ?? MONTHS[w.normalize('NFD').replace(/\p{M}/gu, '')]) !== undefined;
}

/** A calendar date as YYYY-MM-DD, null when it does not exist or lies outside 1995–2100. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1995 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar date in a review-date sentence, as YYYY-MM-DD; null when none can be read.
 * Handles "March 3, 2024", "3 March 2024", "3. März 2024", "3 de marzo de 2024", "2024年3月3日",
 * "2024/03/03" and "03.03.2024": day first, as every storefront but the US writes numeric dates;
 * month first when `locale` is a US one (`en-US`: amazon.com, sellercentral.amazon.com). A date that
 * is impossible in that order (13/02/2024 in the US) is null, never swapped: the order is a guess.
 */
export function parseReviewDate(text: string, locale?: string): string | null {
  const t = normalizeMoneyText(text).toLowerCase();
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t);
  if (cjk) return isoDate(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  const ymd = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(t);
  if (ymd) return isoDate(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  const words = t.match(/[\p{L}]+|\d+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS[words[i]!] ?? MONTHS[words[i]!.normalize('NFD').replace(/\p{M}/gu, '')];
    if (!month) continue;
    // The year is the first 4-digit number after the month; the day the nearest 1-2 digit number
    // before the month (most languages) or right after it (US English "March 3, 2024").
    let year: number | undefined;
    for (let j = i + 1; j < words.length && j <= i + 4; j++) {
      if (/^\d{4}$/.test(words[j]!)) {
        year = +words[j]!;
        break;
      }
    }
    if (year === undefined) continue;
    let day: number | undefined;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (/^\d{1,2}$/.test(words[j]!)) {
        day = +words[j]!;
        break;
      }
      if (/^\d/.test(words[j]!)) break;
    }
    if (day === undefined && /^\d{1,2}$/.test(words[i + 1] ?? '')) day = +words[i + 1]!;
    if (day === undefined) continue;
    const iso = isoDate(year, month, day);
    if (iso) return iso;
  }
  const dmy = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(t);
  if (dmy) {
    const monthFirst = /[-_]US$/i.test(locale ?? '');
    return monthFirst
      ? isoDate(+dmy[3]!, +dmy[1]!, +dmy[2]!)
      : isoDate(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  }
  return null;
}

const BRAND_PATTERNS = [
  /^visit the (.+?) store$/i,
  /^brand:\s*(.+)$/i,
  /^besuche den (.+?)-store$/i,
  /^marke:\s*(.+)$/i,
  /^visiter la boutique (.+)$/i,
  /^marque\s*:\s*(.+)$/i,
  /^visita lo store di (.+)$/i,
  /^visita la tienda de (.+)$/i,
  /^marca:\s*(.+)$/i,
  /^visite a loja (?:da |de |do )?(.+)$/i,
  /^bezoek de (.+?)-winkel$/i,
  /^merk:\s*(.+)$/i,
  /^besök (.+?)-butiken$/i,
  /^odwiedź sklep (.+)$/i,
  /^(.+?) mağazasını ziyaret edin$/i,
  /^(.+?)のストアを表示$/,
  /^ブランド:\s*(.+)$/,
  /^访问\s*(.+?)\s*(?:品牌)?(?:旗舰)?店$/,
];

/** The brand in a byline ("Visit the SainSmart Store" → SainSmart); undefined for author bylines. */
export function brandFromByline(text: string): string | undefined {
  const t = normalizeMoneyText(text);
  for (const re of BRAND_PATTERNS) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** Reads a price-like plain number such as a `kat-input` value; see money.ts for the separators. */
export function parsePlainNumber(text: string): number | null {
  const t = normalizeMoneyText(text);
  const m = /\d+(?:[.,'’ ]\d+)*/.exec(t);
  return m ? parseNumberToken(m[0], null) : null;
}
