/**
 * The text Taobao and Tmall print around review data: dates in four shapes ("2024年5月28日" on the
 * 2023 page, "2017年05月20日 18:24" on classic Taobao, "09.10" or "2016.11.20" on classic Tmall, which
 * leaves the year out for the current one, and 今天), the 2023 card's meta line ("2024年5月28日·已购:
 * 颜色分类:雾霾蓝;尺码:XL"), and the labels of follow-ups (收货1天后追加：, 15天后追评, [追加评论]).
 * Days are Beijing days, read with the JD helpers (the same conventions).
 */
import { parseJdDate, splitLeadingDate } from '../jd/text';

/**
 * The calendar date of a review as YYYY-MM-DD, null when unreadable. Tmall's month.day without a year
 * ("09.10") is the latest such day not after the capture, as JD's "09-10".
 */
export function parseTaobaoDate(text: string, capturedAt: string): string | null {
  const t = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})$/.exec(t);
  return parseJdDate(dotted ? `${dotted[1]}-${dotted[2]}` : t, capturedAt);
}

/** "(匿名)" and similar suffixes the page prints after a masked name. */
export function cleanAuthor(text: string): string {
  return text.replace(/[（(]\s*匿名\s*[）)]$/, '').trim();
}

/**
 * The 2023 card's meta line → its date and the variant the buyer bought. Parts are joined with "·"
 * (or "|"); the date is the part that reads as one, the rest is the variant without its "已购:" label.
 */
export function splitMeta(meta: string): { dateText: string; variant: string } {
  const parts = meta
    .split(/\s*[·•|｜]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  let dateText = '';
  const rest: string[] = [];
  for (const part of parts) {
    if (!dateText && isTaobaoDateText(part)) dateText = part;
    else rest.push(part.replace(/^已购\s*[:：]\s*/, ''));
  }
  return { dateText, variant: rest.join(' ').trim() };
}

const CJK_DATE =
  /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*/;

/**
 * A date at the start of a text → the date's text and the rest: "2017年05月20日 18:24 颜色分类：黑色"
 * (classic Taobao's info line), "2024-05-20 …", "3天前 …".
 */
export function splitLeadingDateText(text: string): { date: string; rest: string } {
  const cjk = CJK_DATE.exec(text);
  if (cjk) return { date: cjk[1]!, rest: text.slice(cjk[0].length).trim() };
  return splitLeadingDate(text);
}

function isTaobaoDateText(text: string): boolean {
  if (/^(?:\d{4}\.)?\d{1,2}\.\d{1,2}$/.test(text)) return true;
  const { date, rest } = splitLeadingDateText(text);
  return date !== '' && rest === '';
}

/**
 * When a follow-up was written, from its label: "收货1天后追加：" → "收货1天后", "15天后追评" →
 * "15天后", "收货当天追加：" → "收货当天", "[追加评论]" → "" (no time given).
 */
export function followUpWhen(label: string): string {
  return label
    .replace(/[[\]【】]/g, '')
    .replace(/^用户/, '')
    .replace(/[：:]\s*$/, '')
    .replace(/(?:追加评论|追加|追评)$/, '')
    .trim();
}

/** A follow-up label at the start of a text ("15天后追评 洗了两次…"): the label and the rest. */
export function splitFollowUpLabel(text: string): { label: string; rest: string } {
  const m =
    /^\s*((?:用户)?(?:收货)?(?:\d{1,4}天后|当天)?(?:追评|追加评论|追加)[：:]?|[[【]追加评论[\]】][：:]?)\s*/.exec(
      text,
    );
  if (!m) return { label: '', rest: text.trim() };
  return { label: m[1]!, rest: text.slice(m[0].length).trim() };
}
