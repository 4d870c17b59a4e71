/**
 * The dates Mercado Libre prints on a review, in Spanish or Portuguese: absolute ("14 mar. 2025",
 * "20 mai. 2023", "14 de marzo de 2025", "10/03/2025", day first on every site), relative since 2025
 * ("hace 2 meses", "há 3 dias", "ayer", "ontem", "hoy", "hoje") and, on some lists, a month without
 * its day ("fev. 2025"), which names no calendar date.
 *
 * The month table is Mercado Libre's own rather than the shared one of amazon/text.ts: Portuguese
 * abbreviations such as "out" (outubro) would make the Amazon offer parser take "out 5" for a date.
 */
import { table } from '../../lookup';
import { isoDate, parseReviewDate } from '../amazon/text';

const MONTH_NAMES = [
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
  'jan fev mar abr mai jun jul ago set out nov dez',
];
const MONTHS: Readonly<Record<string, number>> = table({
  ...Object.fromEntries(
    MONTH_NAMES.flatMap((list) => list.split(' ').map((name, i) => [name, i + 1] as const)),
  ),
  setiembre: 9, // Peru, Uruguay
  sept: 9,
});

/** Lower case without accents: "Março" → "marco", "HÁ" → "ha". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const DAY_MS = 86_400_000;

/** The calendar day of an instant on a site whose clock is `utcOffsetHours` from UTC. */
function localDay(ms: number, utcOffsetHours: number): string {
  return new Date(ms + utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** A calendar day moved back by whole months or years, the day clamped to the month's last. */
function monthsBack(day: string, months: number): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(d, last));
}

const NAMED_DAYS: Readonly<Record<string, number>> = table({
  hoy: 0,
  hoje: 0,
  ayer: 1,
  ontem: 1,
  anteayer: 2,
  anteontem: 2,
});
const NUMBER_WORDS: Readonly<Record<string, number>> = table({ un: 1, una: 1, um: 1, uma: 1 });
const UNIT_DAYS: Readonly<Record<string, number>> = table({
  minuto: 0,
  minutos: 0,
  hora: 0,
  horas: 0,
  dia: 1,
  dias: 1,
  semana: 7,
  semanas: 7,
});
const UNIT_MONTHS: Readonly<Record<string, number>> = table({
  mes: 1,
  meses: 1,
  ano: 12,
  anos: 12,
});

export interface MeliDate {
  /** The calendar date, null when the text names none (a month without its day, or no date). */
  date: string | null;
  /** True when the text counts back from today ("hace 2 meses"), so it reads differently each day. */
  relative: boolean;
}

/**
 * A review date as YYYY-MM-DD. A relative date is counted back from the capture, in the site's local
 * days (`utcOffsetHours`): "hace 3 días" is three days before the capture's day, "hace 2 meses" the
 * same day two months before (the page says no more precisely than that), "hace un año" a year before.
 */
export function parseMeliDate(text: string, capturedAt: string, utcOffsetHours: number): MeliDate {
  const t = fold(text);
  if (t === '' || t.length > 80) return { date: null, relative: false };
  const rel =
    /^(?:hace|ha|faz)\s+(?:(?:mas|menos) de\s+)?(\d{1,3}|un|una|um|uma|unos|unas|alguns|algumas)\s+(minutos?|horas?|dias?|semanas?|mes|meses|anos?)(?:\s+atras)?$/.exec(
      t,
    );
  const named = /^(hoy|hoje|ayer|ontem|anteayer|anteontem)$/.exec(t);
  if (rel || named) {
    const atMs = Date.parse(capturedAt);
    if (Number.isNaN(atMs)) return { date: null, relative: true };
    const today = localDay(atMs, utcOffsetHours);
    if (named) {
      const back = NAMED_DAYS[named[1]!]!;
      return { date: localDay(atMs - back * DAY_MS, utcOffsetHours), relative: true };
    }
    const [, count, unit] = rel as RegExpExecArray;
    // "hace unos minutos", "há alguns dias": a few, which is no number of days.
    const n = /^\d/.test(count!) ? Number(count) : NUMBER_WORDS[count!];
    if (n === undefined) {
      return { date: UNIT_DAYS[unit!] === 0 ? today : null, relative: true };
    }
    const days = UNIT_DAYS[unit!];
    if (days !== undefined) {
      return { date: localDay(atMs - n * days * DAY_MS, utcOffsetHours), relative: true };
    }
    return { date: monthsBack(today, n * UNIT_MONTHS[unit!]!), relative: true };
  }
  // "14 mar. 2025", "20 mai. 2023", "14 de marzo de 2025", "3 de mar. de 2025"
  const dmy = /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})$/u.exec(t);
  if (dmy) {
    const month = MONTHS[dmy[2]!];
    return {
      date: month ? isoDate(Number(dmy[3]), month, Number(dmy[1])) : null,
      relative: false,
    };
  }
  // "10/03/2025", "10.03.2025" day first, as Latin America writes dates; "2025-03-10".
  if (/^[\d/.\s-]+$/.test(t)) return { date: parseReviewDate(t, 'es'), relative: false };
  return { date: null, relative: false };
}
