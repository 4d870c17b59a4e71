import { table } from '@/lib/lookup';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLang, useSettings } from './hooks/use-settings';
import { useListings } from './hooks/use-db';
import { LangSwitch } from './lang-switch';
import { send } from './send';
import type { ErrorCode, ImportProblem } from '@/lib/schemas/messages';
import { t, colon, fillIn, formatMoney, type Lang } from '@/lib/i18n';
import { storefrontName } from '@/lib/markets/names';
import { downloadText } from './download';
import { getDb } from '@/lib/db/database';
import {
  exportAll,
  importFile,
  recoverInterruptedChange,
  undoneChangeItem,
} from '@/lib/background/data-transfer';
import { loadSettings, settingsItem } from '@/lib/background/settings-store';
import { minorUnitDigits, normalizeMoneyText, parseMoney, roundToMinor } from '@/lib/money';
import { ZodError, type core } from 'zod';
import {
  RATE_PAIR,
  thresholdsSchema,
  type Settings,
  type Thresholds,
  type ChannelGroup,
} from '@/lib/schemas/settings';

const L = {
  title: { en: 'Seller Radar settings', zh: 'Seller Radar 设置' },
  saved: { en: 'Saved.', zh: '已保存。' },
  notSaved: { en: 'Not saved.', zh: '未保存。' },
  savedExceptRefused: {
    en: 'Saved, except the boxes marked in red: they keep their stored values.',
    zh: '已保存；标红的输入框未保存，保留原值。',
  },
  notAPrice: {
    en: 'Not a price ({value}); nothing changed.',
    zh: '不是有效价格（{value}），未做更改。',
  },
  wrongCurrency: {
    en: 'This product is priced in {currency}: enter the amount in {currency}.',
    zh: '该商品以 {currency} 计价，请输入 {currency} 金额。',
  },
  tooManyDecimals: {
    en: '{currency} has {digits} decimals: {suggestion}?',
    zh: '{currency} 只有 {digits} 位小数：是否应为 {suggestion}？',
  },
  noDecimals: {
    en: '{currency} has no decimals: {suggestion}?',
    zh: '{currency} 没有小数：是否应为 {suggestion}？',
  },
  unclearSeparator: {
    en: '“{value}” is unclear: {currency} has {digits} decimals. Type {suggestion}, or {whole} without a separator for the larger amount.',
    zh: '“{value}”有歧义：{currency} 只有 {digits} 位小数。请输入 {suggestion}；如指更大的金额，请不带分隔符输入 {whole}。',
  },
  notANumber: { en: 'Enter a number.', zh: '请输入数字。' },
  emptyOrNotANumber: { en: 'empty or not a number', zh: '为空或不是数字' },
  line: { en: ', line {n}', zh: '第 {n} 行' },
  rateSameCurrency: {
    en: 'A rate needs two different currencies: {pair} is always 1.',
    zh: '汇率需要两种不同的货币：{pair} 始终为 1。',
  },
  badRateValue: {
    en: 'Not a rate ({value}): enter a number above 0, e.g. 0.92; the rate in use is still {current}.',
    zh: '不是有效汇率（{value}）：请输入大于 0 的数字，例如 0.92；当前仍使用 {current}。',
  },
  importConfirm: {
    en: 'Import this file? Its contents replace all products, prices, reviews, alerts and settings Seller Radar has stored now. This cannot be undone: export your data first if you may want it back.',
    zh: '确定导入此文件吗？文件内容将替换 Seller Radar 当前存储的全部商品、价格、评论、提醒和设置，且无法撤销。如果之后可能还需要现有数据，请先导出。',
  },
  save: { en: 'Save', zh: '保存' },
  invalidStored: {
    en: 'Some stored settings are invalid: the rest are in use and shown below; Save keeps them and replaces the invalid ones with the values shown.',
    zh: '部分已存储的设置无效：其余设置仍在使用并显示在下方；保存后将保留这些设置，并以下方显示的值替换无效项。',
  },
  ownSellers: {
    en: 'Your seller names or ids (one per line)',
    zh: '您的店铺名称或卖家 ID（每行一个）',
  },
  floors: { en: 'Floor price and cost per product', zh: '每个商品的底价与成本' },
  floor: { en: 'Floor', zh: '底价' },
  otherKeys: {
    en: 'Floors and costs under a product key or SKU (from an imported file or the command line)',
    zh: '按商品编号或 SKU 设置的底价与成本（来自导入的文件或命令行）',
  },
  appliesTo: { en: 'applies to {products}', zh: '适用于 {products}' },
  matchesNothing: { en: 'matches no tracked product yet', zh: '尚未匹配任何已跟踪的商品' },
  cost: { en: 'Cost', zh: '成本' },
  groups: {
    en: 'Channel groups (the same product on several markets)',
    zh: '渠道分组（同一商品在多个平台）',
  },
  groupsAuto: {
    en: 'Your own listings are compared without a group when they share a GTIN, or a SKU on two markets (your back offices show it). Add a group for the rest.',
    zh: '您自己的商品若 GTIN 相同，或在两个平台上 SKU 相同（后台显示的商家编码），无需分组即会自动比较。其他商品请添加分组。',
  },
  groupName: { en: 'Group name', zh: '分组名称' },
  addGroup: { en: 'Add group', zh: '添加分组' },
  remove: { en: 'Remove', zh: '删除' },
  rates: { en: 'Currency rates (entered by you; no network)', zh: '汇率（手动填写，不联网）' },
  addRate: { en: 'Add rate', zh: '添加汇率' },
  badRate: {
    en: 'A rate needs two 3-letter currency codes (USD, EUR) and a number above 0, e.g. USD / EUR 0.92.',
    zh: '汇率需要两个三位货币代码（USD、EUR）和一个大于 0 的数字，例如 USD / EUR 0.92。',
  },
  thresholds: { en: 'Alert thresholds', zh: '提醒阈值' },
  notifications: { en: 'Desktop notifications for critical alerts', zh: '紧急提醒时显示桌面通知' },
  retention: {
    en: 'Keep price history and resolved alerts for (days, 0 = forever; reviews are kept)',
    zh: '价格历史及已解决提醒保留天数（0 = 永久；评论始终保留）',
  },
  data: { en: 'Your data', zh: '您的数据' },
  imported: { en: 'Imported.', zh: '导入成功。' },
  importUndone: {
    en: 'An import (or a deletion) that did not finish was undone: your settings and data are as they were before it.',
    zh: '上次未完成的导入（或删除）已撤销：设置和数据均为操作前的状态。',
  },
  deleted: { en: 'All data deleted.', zh: '已删除全部数据。' },
  importing: { en: 'Importing…', zh: '正在导入…' },
  importUnreadable: {
    en: 'The file could not be read; nothing was changed.',
    zh: '无法读取该文件，未做任何更改。',
  },
  importedAlertsLater: {
    en: 'Imported. Seller Radar’s background did not refresh the alerts and the badge; they are refreshed at its next recompute.',
    zh: '导入成功。Seller Radar 后台未能更新提醒和图标角标，它们将在下次重新计算时更新。',
  },
  deleteNoAnswer: {
    en: 'Deleting could not be completed: Seller Radar’s background did not answer. Reload this page and try again.',
    zh: '删除未能完成：Seller Radar 后台没有响应。请重新加载此页面后重试。',
  },
  technicalDetail: { en: 'Technical details: ', zh: '技术详情（英文）：' },
  noListings: { en: 'Products appear here once captured.', zh: '采集到商品后会显示在这里。' },
  group: { en: 'Group', zh: '分组' },
  rateFrom: { en: 'From currency', zh: '源货币' },
  rateTo: { en: 'To currency', zh: '目标货币' },
  rate: { en: 'Rate', zh: '汇率' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * What each threshold does, in the seller's words (lib/schemas/settings.ts and the engines), named after
 * the alert it tunes: no "hysteresis" or "debounce".
 */
const THRESHOLD_LABELS: Record<keyof Thresholds, Record<Lang, string>> = {
  undercutPct: {
    en: 'Undercut: alert when a competitor is cheaper than you by more than (%)',
    zh: '被低价抢单：对手比您便宜超过多少时提醒（%）',
  },
  hysteresisPct: {
    en: 'Price alerts: how far past the threshold the gap must close before an alert resolves (%)',
    zh: '价格提醒：差距须比阈值再缩小多少才算已解决（%）',
  },
  priceWarMinCuts: { en: 'Price war: minimum alternating cuts', zh: '价格战：最少交替降价次数' },
  priceWarWindowHours: { en: 'Price war: window (hours)', zh: '价格战：时间窗口（小时）' },
  priceWarMinDeclinePct: {
    en: 'Price war: minimum total decline (%)',
    zh: '价格战：最小累计降幅（%）',
  },
  floorProximityPct: {
    en: 'Price war: critical when the price is within this much of your floor (%)',
    zh: '价格战：价格距底价不足多少时升级为紧急（%）',
  },
  channelMismatchPct: {
    en: 'Channel mismatch: alert when your prices across channels differ by more than (%)',
    zh: '渠道价格不一致：各渠道价差超过多少时提醒（%）',
  },
  debounceMinutes: {
    en: 'Price alerts: wait this long before alerting, unless two visits show the problem (minutes, 0 = at once)',
    zh: '价格提醒：问题持续多久才提醒，两次采集都出现则立即提醒（分钟，0 = 立即）',
  },
  maxAlertsPerProductPerDay: {
    en: 'Max alert openings per product per day (a first or critical alert always opens)',
    zh: '每个商品每天最多开启提醒次数（首次或紧急提醒不受限）',
  },
  negativeSpikeWindowDays: {
    en: 'Negative review spike: recent period (days)',
    zh: '负面评论激增：近期范围（天）',
  },
  negativeSpikeMarginPct: {
    en: 'Negative review spike: rise in the share of negative reviews over the earlier share (percentage points)',
    zh: '负面评论激增：负面评论占比比以往高出多少（百分点）',
  },
  negativeSpikeMinReviews: {
    en: 'Negative review spike: minimum reviews, recent and earlier each',
    zh: '负面评论激增：近期与以往各至少多少条评论',
  },
  recomputeMinutes: { en: 'Recompute every (minutes)', zh: '重新计算间隔（分钟）' },
};

const ERRORS: Record<ErrorCode, Record<Lang, string>> = {
  'invalid-message': {
    en: 'This file is not a Seller Radar export; nothing was changed.',
    zh: '该文件不是 Seller Radar 导出文件，未做任何更改。',
  },
  'foreign-sender': { en: 'Request refused.', zh: '请求被拒绝。' },
  'url-mismatch': { en: 'Request refused.', zh: '请求被拒绝。' },
  'storage-full': {
    en: 'Storage is full: nothing was written. Free disk space and try again.',
    zh: '存储空间已满，未写入任何数据。请释放磁盘空间后重试。',
  },
  'storage-error': {
    en: 'The database could not be written; nothing was changed. Try again.',
    zh: '数据库写入失败，未做任何更改。请重试。',
  },
  'partial-change': {
    en: 'Only part of the change was made; the technical details say which. Try again.',
    zh: '只完成了部分更改，具体见下方技术详情。请重试。',
  },
};

/** Why an import file was refused; the English detail from the background follows on its own line. */
const IMPORT_ERRORS: Record<ImportProblem['kind'], Record<Lang, string>> = {
  'not-export': ERRORS['invalid-message'],
  'newer-version': {
    en: 'This file was made by a newer version of Seller Radar (format {version}). Update Seller Radar to import it; nothing was changed.',
    zh: '该文件由更新版本的 Seller Radar 导出（格式 {version}）。请先更新 Seller Radar 再导入；未做任何更改。',
  },
  'unknown-version': {
    en: 'This Seller Radar export has a format version this version cannot read; nothing was changed.',
    zh: '无法识别该 Seller Radar 导出文件的格式版本，未做任何更改。',
  },
  'invalid-content': {
    en: 'This Seller Radar export is damaged or was edited, so it was not imported; nothing was changed.',
    zh: '该 Seller Radar 导出文件已损坏或被修改，未导入，未做任何更改。',
  },
};

/**
 * A refused save, said per field in the user's language ("Price war: minimum alternating cuts: at
 * least 2"), instead of zod's JSON list of issues.
 */
export function describeSettingsIssues(issues: readonly core.$ZodIssue[], lang: Lang): string {
  const zh = lang === 'zh';
  return issues
    .map((issue) => `${settingLabel(issue.path, lang)}${colon(lang)}${requirement(issue, lang)}`)
    .join(zh ? '；' : '; ');
}

/** A settings key in an issue path (a listing id, a currency pair), after the field's label. */
const named = (i: unknown) => (typeof i === 'string' ? ` ${i}` : '');

/** The setting an issue is about, as the form labels it. */
function settingLabel(path: core.$ZodIssue['path'], lang: Lang): string {
  const [field, item] = path;
  const line = (i: unknown) =>
    typeof i === 'number' ? L.line[lang].replace('{n}', String(i + 1)) : '';
  switch (field) {
    case 'thresholds':
      if (typeof item === 'string' && item in THRESHOLD_LABELS)
        return THRESHOLD_LABELS[item as keyof Thresholds][lang];
      return L.thresholds[lang];
    case 'retentionDays':
      return L.retention[lang];
    case 'ownSellers':
      return `${L.ownSellers[lang]}${line(item)}`;
    case 'floors':
      return `${L.floor[lang]}${named(item)}`;
    case 'costs':
      return `${L.cost[lang]}${named(item)}`;
    case 'rates':
      return `${L.rate[lang]}${named(item)}`;
    case 'channelGroups':
      return typeof item === 'number' ? `${L.group[lang]} ${item + 1}` : L.groups[lang];
    case 'notifications':
      return L.notifications[lang];
  }
  const key = path[path.length - 1];
  if (typeof key === 'string' && key in THRESHOLD_LABELS)
    return THRESHOLD_LABELS[key as keyof Thresholds][lang];
  return path.join('.');
}

/** ` (a)` after a name in English, `（a）` in Chinese (full-width brackets, no space). */
function bracketed(lang: Lang, text: string): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The seller-names box as saved: one name or id per line, trimmed, empty lines dropped. */
function sellerNames(text: string): string[] {
  return text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A number box's text: empty or unreadable is not a number (never 0). */
function readNumber(text: string): { ok: true; value: number } | { ok: false } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** The label of a number box (a threshold or `retentionDays`). */
function numberLabel(key: string, lang: Lang): string {
  return key in THRESHOLD_LABELS
    ? THRESHOLD_LABELS[key as keyof Thresholds][lang]
    : L.retention[lang];
}

/**
 * The thousands separator sellers of a currency type (1,299 dollars; 1.299 reais). Euros are grouped
 * with a point in Germany and Spain but a comma in Ireland, so they have none here.
 */
const GROUPING_SEPARATOR: Readonly<Record<string, ',' | '.'>> = table({
  USD: ',',
  GBP: ',',
  CAD: ',',
  AUD: ',',
  NZD: ',',
  SGD: ',',
  HKD: ',',
  CNY: ',',
  INR: ',',
  MXN: ',',
  PHP: ',',
  MYR: ',',
  THB: ',',
  AED: ',',
  SAR: ',',
  ILS: ',',
  JPY: ',',
  KRW: ',',
  BRL: '.',
  ARS: '.',
  CLP: '.',
  COP: '.',
  IDR: '.',
  VND: '.',
  TRY: '.',
  DKK: '.',
});

/**
 * Why a typed floor or cost is refused although parseMoney reads it: more decimals than the currency
 * has (rounding would change the amount silently), or a single separator followed by three digits
 * (12.345 in US dollars: a thousands separator or a typo?), which is not guessed.
 */
function moneyDecimalsProblem(text: string, currency: string, lang: Lang): string | undefined {
  const digits = minorUnitDigits(currency);
  const token = /\d(?:[\d.,' ]*\d)?/.exec(normalizeMoneyText(text))?.[0] ?? '';
  const separators = token.replace(/[^.,]/g, '');
  const fill = (template: string, suggestion: number, extra: Record<string, string> = {}) =>
    fillIn(template, { currency, digits, suggestion: suggestion.toFixed(digits), ...extra });
  if (separators.length === 1) {
    const [whole = '', fraction = ''] = token.replace(/[' ]/g, '').split(/[.,]/);
    const asDecimal = Number(`${whole}.${fraction}`);
    // Three digits after the one separator: grouping for yen (no decimals) and for 0.125 dinars, and
    // the currency's own thousands separator (1,299 dollars, 1.299 reais); else (12.345 dollars, or
    // euros, grouped either way) it is not guessed.
    const separator = separators[0]!;
    const grouping = GROUPING_SEPARATOR[currency];
    if (fraction.length === 3 && separator === grouping && Number(whole) !== 0) return undefined;
    if (fraction.length === 3 && digits > 0 && digits < 3 && Number(whole) !== 0)
      return fill(L.unclearSeparator[lang], roundToMinor(asDecimal, currency), {
        value: text.trim(),
        whole: `${whole}${fraction}`,
      });
    if (fraction.length > digits && !(digits === 0 && fraction.length === 3))
      return fill(
        (digits === 0 ? L.noDecimals : L.tooManyDecimals)[lang],
        roundToMinor(asDecimal, currency),
      );
    return undefined;
  }
  // Both separators (1.299,00 · 1,299.00): the last one is the decimal separator.
  const last = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
  if (separators.length > 1 && new Set(separators).size > 1) {
    const fraction = token.slice(last + 1).replace(/\D/g, '');
    if (fraction.length > digits) {
      const whole = token.slice(0, last).replace(/\D/g, '');
      return fill(
        (digits === 0 ? L.noDecimals : L.tooManyDecimals)[lang],
        roundToMinor(Number(`${whole}.${fraction}`), currency),
      );
    }
  }
  return undefined;
}

/** A typed rate (0.92 or 0,92): a finite number above 0, else null. */
function readRate(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d*[.,]?\d+$/.test(trimmed)) return null;
  const v = Number(trimmed.replace(',', '.'));
  return Number.isFinite(v) && v > 0 ? v : null;
}

/** What the setting must be, in words. */
function requirement(issue: core.$ZodIssue, lang: Lang): string {
  const zh = lang === 'zh';
  switch (issue.code) {
    case 'too_small':
      return zh ? `不能小于 ${String(issue.minimum)}` : `at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return zh
          ? `不能超过 ${String(issue.maximum)} 个字符`
          : `at most ${String(issue.maximum)} characters`;
      if (issue.origin === 'array')
        return zh ? `最多 ${String(issue.maximum)} 项` : `at most ${String(issue.maximum)} entries`;
      return zh ? `不能大于 ${String(issue.maximum)}` : `at most ${String(issue.maximum)}`;
    case 'invalid_type':
      // Worded by what was expected (QA pass: a list of seller names given as one string was "must be
      // a number").
      switch (issue.expected) {
        case 'int':
          return zh ? '须为整数' : 'a whole number';
        case 'number':
          return zh ? '须为数字' : 'a number';
        case 'array':
          return zh ? '须为列表（每行一项）' : 'a list (one entry per line)';
        case 'string':
          return zh ? '须为文字' : 'text';
        case 'boolean':
          return zh ? '须为开或关' : 'on or off';
        case 'object':
        case 'record':
          return zh ? '格式不正确' : 'not in the expected form';
        default:
          return zh ? '类型不正确' : 'the wrong kind of value';
      }
    case 'invalid_format':
      // A currency written "usd": zod's own text ("ISO-4217 currency code") is English.
      if (issue.path.at(-1) === 'currency')
        return zh
          ? '须为三个大写字母的货币代码，如 USD'
          : 'a currency code of three capital letters, such as USD';
      return zh ? '格式不正确' : 'not in the expected form';
    case 'invalid_value':
      return zh ? '不是可选的值之一' : 'not one of the allowed values';
    case 'invalid_key':
      if (issue.path[0] === 'rates')
        return zh
          ? '须为两种不同货币的代码，如 USD/EUR'
          : 'must be two different currency codes, such as USD/EUR';
      return zh ? '名称无效' : 'not a valid name';
    default:
      // zod's own message is English: in Chinese say what is known, never an English fragment.
      return zh ? '值无效' : issue.message;
  }
}

/**
 * The status line under Save: kept as what to say (a message and its values), worded when shown, so
 * that switching EN / 中文 re-words "Saved." or an import error instead of leaving the old language.
 */
interface Status {
  say: (lang: Lang) => string;
  /**
   * The technical detail of a failure (an exception's or the background's message), which is English:
   * shown on its own line, marked as such, never inside a Chinese sentence.
   */
  detail?: string;
  /** "Saved.": withdrawn once the form is edited again. */
  saved?: true;
}

/** One of the page's messages. */
function message(key: keyof typeof L): Status {
  return { say: (lang) => L[key][lang] };
}

/** A refusal from the background or the database: its sentence, then its (English) detail. */
function errorStatus(code: ErrorCode, detail: string): Status {
  return { say: (lang) => ERRORS[code][lang], detail };
}

/** `未保存。价格战：…` / `Not saved. Price war: …`: Chinese sets no space after 。. */
function sentences(lang: Lang, first: string, then: string): string {
  return `${first}${lang === 'zh' ? '' : ' '}${then}`;
}

function importErrorStatus(error: {
  code: ErrorCode;
  message: string;
  importProblem?: ImportProblem;
}): Status {
  const problem = error.importProblem;
  if (!problem) return errorStatus(error.code, error.message);
  // A newer release's file needs no English detail: the sentence says all there is to do.
  if (problem.kind === 'newer-version')
    return {
      say: (lang) =>
        IMPORT_ERRORS[problem.kind][lang].replace('{version}', String(problem.version)),
    };
  return { say: (lang) => IMPORT_ERRORS[problem.kind][lang], detail: error.message };
}

export function OptionsApp() {
  const { lang, setLang } = useLang();
  const { settings, problem, issues, save } = useSettings();
  const listings = useListings();
  // Unsaved edits; until the user edits, the form shows the stored settings as they load.
  const [edited, setDraft] = useState<Settings | null>(null);
  const draft = edited ?? settings;
  const [status, setStatus] = useState<Status | null>(null);
  const l = (k: keyof typeof L) => L[k][lang];
  // The seller-names box as typed (spaces, empty lines while typing); parsed only when saving.
  const [sellersText, setSellersText] = useState<string | null>(null);
  // Number boxes as typed; a box that is empty or not a number is refused on save, never read as 0.
  const [numberTexts, setNumberTexts] = useState<Record<string, string>>({});
  // The uncontrolled boxes (floors, costs, rates) show their values through defaultValue: a new key
  // remounts them after an import or a delete.
  const [formKey, setFormKey] = useState(0);
  // In the order of the form: the thresholds, then the retention.
  const invalidNumbers = [...Object.keys(thresholdsSchema.shape), 'retentionDays']
    .filter((k) => numberTexts[k] !== undefined && !readNumber(numberTexts[k]).ok)
    .map((k) => [k, numberTexts[k]] as const);

  // Unsaved edits (the header's language switch saves at once, so the language is left out): the page
  // asks before it is closed or reloaded, and an old "Saved." goes.
  const dirty =
    invalidNumbers.length > 0 ||
    (edited !== null &&
      JSON.stringify({ ...edited, language: settings.language }) !== JSON.stringify(settings)) ||
    (sellersText !== null &&
      sellerNames(sellersText).join('\n') !== settings.ownSellers.join('\n'));
  const shownStatus = dirty && status?.saved ? null : status;
  // An import in progress: closing the page aborts the tables' transaction after the file's settings
  // were stored (the background puts them back when the page closes), so the page asks first as well.
  const [importing, setImporting] = useState(false);
  // An import or delete left half-way by a closed page or a stopped worker is finished or undone
  // (data-transfer.ts) before the form shows the settings; one still running elsewhere is left alone.
  // The background usually undid it already, when the page making it closed: its notice is shown once.
  useEffect(() => {
    void recoverInterruptedChange(getDb())
      .then(async (outcome) => {
        const undone = (await undoneChangeItem.getValue()) !== null;
        if (outcome !== 'rolled-back' && !undone) return;
        await undoneChangeItem.removeValue();
        setStatus(message('importUndone'));
        setFormKey((k) => k + 1);
        if (outcome === 'rolled-back')
          void send({ type: 'recomputeAlerts' }).catch(() => undefined);
      })
      .catch((err: unknown) => console.warn('[seller-radar] pending change not resolved', err));
  }, []);
  useEffect(() => {
    if (!dirty && !importing) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Chromium and Firefox show their own "Leave site?" text; a value is still needed by some.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty, importing]);

  const commit = async () => {
    if (invalidNumbers.length > 0) {
      const keys = invalidNumbers.map(([k]) => k);
      setStatus({
        say: (to) =>
          sentences(
            to,
            L.notSaved[to],
            keys
              .map((k) => `${numberLabel(k, to)}${colon(to)}${L.emptyOrNotANumber[to]}`)
              .join(to === 'zh' ? '；' : '; '),
          ),
      });
      return;
    }
    try {
      const ownSellers = sellersText === null ? draft.ownSellers : sellerNames(sellersText);
      // The header's language switch saves at once; an older draft must not undo it.
      const stored = await save({ ...draft, ownSellers, language: settings.language });
      if (sellersText !== null) setSellersText(ownSellers.join('\n'));
      // The draft becomes what was stored (QA pass: it kept the seller names it had before they were
      // typed, so a first save of names and a floor never matched the stored settings: no "Saved.",
      // and the page still asked before it was closed).
      if (edited !== null) setDraft(stored);
      // A refused price or rate box (said next to it) kept its stored value: "Saved." alone would say
      // it was saved too (QA pass).
      const refused = Object.keys(moneyErrors).length + Object.keys(rateErrors).length > 0;
      setStatus(
        refused
          ? { say: (to) => L.savedExceptRefused[to], saved: true }
          : { ...message('saved'), saved: true },
      );
      // New floors, thresholds or channel groups apply now, not at the next alarm (up to 15 min): the
      // background recomputes in its queue, after any run under way. Asked here, once the settings
      // are stored, rather than by the background on every settings change: an import stores the
      // file's settings before its tables, and a run between the two would judge the old tables.
      // Unanswered, the alarm still does it.
      void send({ type: 'recomputeAlerts' }).catch((err: unknown) =>
        console.warn('[seller-radar] alerts are recomputed at the next alarm', err),
      );
    } catch (err) {
      const reason = err as Error;
      setStatus(
        reason instanceof ZodError
          ? {
              say: (to) => sentences(to, L.notSaved[to], describeSettingsIssues(reason.issues, to)),
            }
          : { say: (to) => L.notSaved[to], detail: reason.message },
      );
    }
  };
  // Typed floors and costs: "7,50", "$7.50", "1.299,00 €" are read like page prices; an empty box
  // clears the value; anything unreadable (or in another currency) is refused, said next to the box,
  // and the stored value is kept.
  const [moneyErrors, setMoneyErrors] = useState<Record<string, string>>({});
  const [rateError, setRateError] = useState('');
  const [rateErrors, setRateErrors] = useState<Record<string, string>>({});
  const setMoney = (field: 'floors' | 'costs', key: string, currency: string, value: string) => {
    const next = { ...draft[field] };
    const errorKey = `${field}:${key}`;
    let error: string | undefined;
    if (value.trim() === '') delete next[key];
    else {
      const { money } = parseMoney(value, { currencyHint: currency });
      if (!money || money.amount < 0) error = l('notAPrice').replace('{value}', value.trim());
      else if (money.currency !== currency)
        error = l('wrongCurrency').replaceAll('{currency}', currency);
      else error = moneyDecimalsProblem(value, currency, lang);
      if (money && !error) next[key] = money;
    }
    setMoneyErrors(({ [errorKey]: _old, ...rest }) =>
      error ? { ...rest, [errorKey]: error } : rest,
    );
    if (!error) setDraft({ ...draft, [field]: next });
  };
  const setNumberText = (key: string, text: string) => {
    setNumberTexts((texts) => ({ ...texts, [key]: text }));
    return readNumber(text);
  };
  const numberInvalid = (key: string) =>
    numberTexts[key] !== undefined && !readNumber(numberTexts[key]).ok;
  const numberErrorProps = (key: string) =>
    numberInvalid(key) ? { 'aria-invalid': true, 'aria-describedby': `number-error-${key}` } : {};
  const numberError = (key: string) =>
    numberInvalid(key) && (
      <span id={`number-error-${key}`} className="error" role="alert">
        {l('notANumber')}
      </span>
    );
  // After an import or a delete the stored settings are new: the draft and everything typed goes, and
  // the form shows what is stored now (read here: the storage watch may not have answered yet), so
  // that Save cannot write the old values back.
  const discardDraft = async () => {
    const stored = await loadSettings();
    setDraft(stored.problem ? null : stored.settings);
    setSellersText(null);
    setNumberTexts({});
    setMoneyErrors({});
    setRateErrors({});
    setRateError('');
    setFormKey((k) => k + 1);
  };
  // Floors and costs the table does not show: under a product key or SKU (floorFor reads them too,
  // the highest one wins), or under the id of a listing not tracked (yet).
  const listingIds = new Set((listings ?? []).map((x) => x.id));
  const otherKeys = (listings ? (['floors', 'costs'] as const) : []).flatMap((field) =>
    Object.entries(draft[field])
      .filter(([key]) => !listingIds.has(key))
      .map(([key, money]) => ({
        field,
        key,
        money,
        products: (listings ?? [])
          .filter((x) => x.productKey === key || x.skus.includes(key))
          .map(
            (x) =>
              `${x.title ?? x.productKey}${bracketed(lang, storefrontName(x.market, x.id, lang))}`,
          ),
      })),
  );
  const groups = draft.channelGroups;
  const setGroups = (channelGroups: ChannelGroup[]) => setDraft({ ...draft, channelGroups });
  const rates = Object.entries(draft.rates);

  return (
    <div className="app options">
      <header className="app-header">
        <h1>{l('title')}</h1>
        <LangSwitch lang={lang} setLang={(x) => void setLang(x)} />
      </header>
      <main>
        {problem && (
          <p role="alert" className="error">
            {sentences(
              lang,
              l('invalidStored'),
              issues ? describeSettingsIssues(issues, lang) : problem,
            )}
          </p>
        )}
        <p className="muted">{t(lang, 'privacy')}</p>

        <section>
          <h2>{l('ownSellers')}</h2>
          <textarea
            aria-label={l('ownSellers')}
            rows={3}
            value={sellersText ?? draft.ownSellers.join('\n')}
            onChange={(e) => setSellersText(e.target.value)}
          />
        </section>

        <section>
          <h2>{l('floors')}</h2>
          {!listings || listings.length === 0 ? (
            <p className="muted">{l('noListings')}</p>
          ) : (
            <div className="table-scroll" key={formKey}>
              <table>
                <thead>
                  <tr>
                    <th>{t(lang, 'product')}</th>
                    <th>{l('floor')}</th>
                    <th>{l('cost')}</th>
                  </tr>
                </thead>
                <tbody>
                  {listings.map((x) => {
                    const currency = x.currency ?? x.price?.currency ?? 'USD';
                    return (
                      <tr key={x.id}>
                        <td>
                          <bdi>{x.title ?? x.productKey}</bdi>
                          <span className="muted">
                            {bracketed(
                              lang,
                              `${storefrontName(x.market, x.id, lang)} · ${x.productKey}${lang === 'zh' ? '，' : ', '}${currency}`,
                            )}
                          </span>
                        </td>
                        {(['floors', 'costs'] as const).map((field) => {
                          const error = moneyErrors[`${field}:${x.id}`];
                          const errorId = `money-error-${field}-${x.id}`;
                          return (
                            <td key={field}>
                              <input
                                aria-label={`${l(field === 'floors' ? 'floor' : 'cost')} ${x.productKey}`}
                                inputMode="decimal"
                                aria-invalid={error ? true : undefined}
                                aria-describedby={error ? errorId : undefined}
                                defaultValue={draft[field][x.id]?.amount ?? ''}
                                onBlur={(e) => setMoney(field, x.id, currency, e.target.value)}
                              />
                              {error && (
                                <div id={errorId} className="error" role="alert">
                                  {error}
                                </div>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {otherKeys.length > 0 && (
            <>
              <h3>{l('otherKeys')}</h3>
              <ul className="other-keys">
                {otherKeys.map(({ field, key, money, products }) => (
                  <li key={`${field}:${key}`}>
                    {l(field === 'floors' ? 'floor' : 'cost')} <code>{key}</code>
                    {colon(lang)}
                    {formatMoney(money, lang)}{' '}
                    <span className="muted">
                      {products.length > 0
                        ? l('appliesTo').replace(
                            '{products}',
                            products.join(lang === 'zh' ? '、' : ', '),
                          )
                        : l('matchesNothing')}
                    </span>{' '}
                    <button
                      type="button"
                      aria-label={`${l('remove')} ${l(field === 'floors' ? 'floor' : 'cost')} ${key}`}
                      onClick={() => {
                        const next = { ...draft[field] };
                        delete next[key];
                        setDraft({ ...draft, [field]: next });
                      }}
                    >
                      {l('remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section>
          <h2>{l('groups')}</h2>
          <p className="muted">{l('groupsAuto')}</p>
          {groups.map((g, i) => (
            <fieldset key={g.id}>
              <input
                aria-label={l('groupName')}
                placeholder={`${l('group')} ${i + 1}`}
                value={g.name}
                onChange={(e) =>
                  setGroups(groups.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                }
              />
              <select
                multiple
                aria-label={`${l('groupName')} ${g.name.trim() || `${l('group')} ${i + 1}`}`}
                value={g.members}
                onChange={(e) =>
                  setGroups(
                    groups.map((x, j) =>
                      j === i
                        ? { ...x, members: [...e.target.selectedOptions].map((o) => o.value) }
                        : x,
                    ),
                  )
                }
              >
                {(listings ?? []).map((x) => (
                  <option key={x.id} value={x.id}>
                    {storefrontName(x.market, x.id, lang)} · {x.title ?? x.productKey}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => setGroups(groups.filter((_, j) => j !== i))}>
                {l('remove')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() =>
              setGroups([
                ...groups,
                // No name in the UI language is stored: alerts in either language call an unnamed
                // group "Group 2" / "分组 2", as the placeholder does (channelGroupName).
                { id: `g${Date.now()}`, name: '', members: [] },
              ])
            }
          >
            {l('addGroup')}
          </button>
        </section>

        <section>
          <h2>{l('rates')}</h2>
          {rates.map(([pair, value]) => (
            <div key={`${formKey}:${pair}`} className="row">
              <code>{pair}</code>
              <input
                aria-label={pair}
                inputMode="decimal"
                defaultValue={value}
                aria-invalid={rateErrors[pair] ? true : undefined}
                aria-describedby={rateErrors[pair] ? `rate-error-${pair}` : undefined}
                onBlur={(e) => {
                  const text = e.target.value.trim();
                  const v = readRate(text);
                  const { [pair]: _old, ...rest } = rateErrors;
                  if (v === null) {
                    setRateErrors({
                      ...rest,
                      [pair]: l('badRateValue')
                        .replace('{value}', text)
                        .replace('{current}', String(value)),
                    });
                    return;
                  }
                  setRateErrors(rest);
                  setDraft({ ...draft, rates: { ...draft.rates, [pair]: v } });
                }}
              />
              <button
                type="button"
                onClick={() => {
                  const next = { ...draft.rates };
                  delete next[pair];
                  const { [pair]: _old, ...rest } = rateErrors;
                  setRateErrors(rest);
                  setDraft({ ...draft, rates: next });
                }}
              >
                {l('remove')}
              </button>
              {rateErrors[pair] && (
                <span id={`rate-error-${pair}`} className="error" role="alert">
                  {rateErrors[pair]}
                </span>
              )}
            </div>
          ))}
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const pair = `${String(f.get('from')).toUpperCase()}/${String(f.get('to')).toUpperCase()}`;
              const v = readRate(String(f.get('rate')));
              const [from, to] = pair.split('/');
              if (from === to) setRateError(l('rateSameCurrency').replace('{pair}', pair));
              else if (RATE_PAIR.test(pair) && v !== null) {
                setDraft({ ...draft, rates: { ...draft.rates, [pair]: v } });
                setRateError('');
                e.currentTarget.reset();
              } else setRateError(l('badRate'));
            }}
          >
            <input
              name="from"
              aria-label={l('rateFrom')}
              placeholder="USD"
              maxLength={3}
              size={4}
            />
            <span>/</span>
            <input name="to" aria-label={l('rateTo')} placeholder="EUR" maxLength={3} size={4} />
            <input
              name="rate"
              aria-label={l('rate')}
              placeholder="0.92"
              inputMode="decimal"
              size={8}
            />
            <button type="submit">{l('addRate')}</button>
          </form>
          {rateError && (
            <p className="error" role="alert">
              {rateError}
            </p>
          )}
        </section>

        <section>
          <h2>{l('thresholds')}</h2>
          <div className="grid">
            {(Object.keys(thresholdsSchema.shape) as Array<keyof Thresholds>).map((k) => (
              <label key={k}>
                {THRESHOLD_LABELS[k][lang]}
                <input
                  type="number"
                  step="any"
                  value={numberTexts[k] ?? String(draft.thresholds[k])}
                  {...numberErrorProps(k)}
                  onChange={(e) => {
                    const read = setNumberText(k, e.target.value);
                    if (read.ok)
                      setDraft({ ...draft, thresholds: { ...draft.thresholds, [k]: read.value } });
                  }}
                />
                {numberError(k)}
              </label>
            ))}
          </div>
          <label>
            <input
              type="checkbox"
              checked={draft.notifications}
              onChange={(e) => setDraft({ ...draft, notifications: e.target.checked })}
            />
            {l('notifications')}
          </label>
          <label>
            {l('retention')}
            <input
              type="number"
              min={0}
              value={numberTexts['retentionDays'] ?? String(draft.retentionDays)}
              {...numberErrorProps('retentionDays')}
              onChange={(e) => {
                const read = setNumberText('retentionDays', e.target.value);
                if (read.ok) setDraft({ ...draft, retentionDays: read.value });
              }}
            />
            {numberError('retentionDays')}
          </label>
        </section>

        <p>
          <button type="button" className="primary" onClick={() => void commit()}>
            {l('save')}
          </button>{' '}
          <span role="status">
            {shownStatus?.say(lang)}
            {shownStatus?.detail && (
              <span className="status-detail">
                {l('technicalDetail')}
                {shownStatus.detail}
              </span>
            )}
          </span>
        </p>

        <section>
          <h2>{l('data')}</h2>
          <button
            type="button"
            onClick={async () => {
              // The stored value as it is: settings the page cannot validate (shown above) are still
              // the seller's names and floors, which a backup must keep; the in-memory defaults are not.
              const stored = await settingsItem.getValue();
              const file = await exportAll(getDb(), stored, new Date().toISOString());
              downloadText(
                `seller-radar-export-${file.exportedAt.slice(0, 10)}.json`,
                JSON.stringify(file),
                'application/json',
              );
            }}
          >
            {t(lang, 'exportData')}
          </button>{' '}
          <label className="file">
            {t(lang, 'importData')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                // The same file can be picked again after a cancel or an error.
                const done = () => (input.value = '');
                if (!file) return;
                if (!window.confirm(l('importConfirm'))) return done();
                setStatus(message('importing'));
                let json: string;
                try {
                  json = await file.text();
                } catch (err) {
                  setStatus({ ...message('importUnreadable'), detail: (err as Error).message });
                  return done();
                }
                // Here, not in the background: a message cannot carry a file of this size (data-transfer.ts).
                setImporting(true);
                const r = await importFile(getDb(), json).finally(() => setImporting(false));
                if (!r.ok) {
                  setStatus(importErrorStatus(r.error));
                  return done();
                }
                await discardDraft();
                // The data is in; the background recomputes the alerts and the badge from it.
                let refreshed: string | null;
                try {
                  const answer = await send({ type: 'recomputeAlerts' });
                  refreshed = answer.ok ? null : answer.error.message;
                } catch (err) {
                  refreshed = (err as Error).message;
                }
                setStatus(
                  refreshed === null
                    ? message('imported')
                    : { ...message('importedAlertsLater'), detail: refreshed },
                );
                done();
              }}
            />
          </label>{' '}
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!window.confirm(t(lang, 'deleteConfirm'))) return;
              // Worded in the language the seller asked in: the language setting is deleted with the
              // rest (first, before the tables), so the page falls back to the browser's language, and
              // a failure reported then came in English to a seller who reads Chinese (QA pass).
              const asked = lang;
              const inAsked = (st: Status): Status => ({ ...st, say: () => st.say(asked) });
              try {
                const r = await send({ type: 'deleteAllData', confirm: true });
                if (r.ok) await discardDraft();
                setStatus(
                  inAsked(r.ok ? message('deleted') : errorStatus(r.error.code, r.error.message)),
                );
              } catch (err) {
                setStatus(
                  inAsked({ ...message('deleteNoAnswer'), detail: (err as Error).message }),
                );
              }
            }}
          >
            {t(lang, 'deleteData')}
          </button>
        </section>
        <footer className="muted">v{browser.runtime.getManifest().version}</footer>
      </main>
    </div>
  );
}
