/**
 * An alert's evidence as a seller reads it: labelled facts and small tables, in the UI language, in
 * place of the engines' JSON. Pure. Evidence is stored as free-form JSON (and can come from an
 * imported file), so every value is read defensively: a field that is missing or of the wrong shape
 * is left out, never shown as "undefined" and never thrown on. Bookkeeping fields (capture ids,
 * hashes, rule-set versions, alert openings) are not shown; the export keeps all of it.
 */
import type { Alert } from '@/lib/schemas/alert';
import type { Lang } from '@/lib/i18n';
import { colon, fillIn, formatDateTime } from '@/lib/i18n';
import { isMarket, MARKET_NAMES, storefrontName } from '@/lib/markets/names';
import { formatDuration, formatMoney, formatPctValue } from '@/lib/pricing/format';
import { aspectLabel } from './reviews/strings';

export interface EvidenceFact {
  label: string;
  value: string;
}

export interface EvidenceTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** Long-text records (compliance findings) that a narrow panel cannot fit in table columns. */
export interface EvidenceList {
  caption: string;
  items: Array<{ head: string; lines: string[] }>;
}

export interface EvidenceView {
  facts: EvidenceFact[];
  tables: EvidenceTable[];
  lists: EvidenceList[];
}

const S = {
  competitor: { en: 'Competitor', zh: '竞争对手' },
  competitorPrice: { en: 'Their price', zh: '对方价格' },
  ownPrice: { en: 'Your price', zh: '您的价格' },
  gap: { en: 'Difference', zh: '差价' },
  threshold: { en: 'Alert threshold', zh: '提醒阈值' },
  floor: { en: 'Your floor', zh: '您的底价' },
  cost: { en: 'Your cost (used as the floor)', zh: '您的成本（作为底价）' },
  floorFrom: { en: 'Set for', zh: '设置对象' },
  winner: { en: 'Featured offer (buy box)', zh: '购物车归属' },
  lowest: { en: 'Lowest offer', zh: '最低报价' },
  winnerPrice: { en: 'At', zh: '售价' },
  topSeller: { en: 'Marked as a top seller', zh: '已标记为畅销商品' },
  stock: { en: 'Your stock', zh: '您的库存' },
  outOfStock: { en: 'out of stock', zh: '缺货' },
  buyBox: { en: 'Buy box', zh: '购物车（Buy Box）' },
  stillYours: { en: 'still yours', zh: '仍在您手中' },
  theirsNow: { en: 'theirs now', zh: '已归对方' },
  ownBelow: { en: 'Your own price below the floor', zh: '您自己的价格低于底价' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  participants: { en: 'Sellers', zh: '参与卖家' },
  warStart: { en: 'Lowest price before the war', zh: '价格战前最低价' },
  warLow: { en: 'Lowest price reached', zh: '价格战最低价' },
  decline: { en: 'Decline', zh: '降幅' },
  currentLow: { en: 'Lowest price now', zh: '当前最低价' },
  span: { en: 'Over', zh: '持续' },
  window: { en: 'Cuts counted within', zh: '统计窗口' },
  cuts: { en: 'Price cuts', zh: '降价记录' },
  when: { en: 'When', zh: '时间' },
  seller: { en: 'Seller', zh: '卖家' },
  from: { en: 'From', zh: '原价' },
  to: { en: 'To', zh: '降至' },
  you: { en: 'you', zh: '您' },
  steps: { en: '{n} cuts', zh: '{n} 次' },
  group: { en: 'Product group', zh: '商品组' },
  spread: { en: 'Price spread', zh: '价差' },
  channels: { en: 'Prices by channel', zh: '各渠道价格' },
  channel: { en: 'Channel', zh: '渠道' },
  price: { en: 'Price', zh: '价格' },
  converted: { en: 'In {c}', zh: '折合 {c}' },
  title: { en: 'Title', zh: '标题' },
  market: { en: 'Marketplace', zh: '平台' },
  errors: { en: 'Errors', zh: '错误' },
  findings: { en: 'Findings', zh: '问题' },
  fix: { en: 'Suggested fix', zh: '修改建议' },
  source: { en: 'Source', zh: '依据' },
  rating: { en: 'Rating', zh: '评分' },
  sentiment: { en: 'Sentiment', zh: '情感' },
  positive: { en: 'positive', zh: '正面' },
  neutral: { en: 'neutral', zh: '中性' },
  negative: { en: 'negative', zh: '负面' },
  unknown: { en: 'not analysed', zh: '未分析' },
  reviewDate: { en: 'Review date', zh: '评论日期' },
  firstSeen: { en: 'First seen', zh: '首次采集' },
  revised: { en: 'Revised by the buyer', zh: '买家修改评论' },
  wasStars: { en: 'was {r}', zh: '原为 {r}' },
  revisedTo: { en: 'Since revised by the buyer to', zh: '买家已将评论改为' },
  complaints: { en: 'Complaints', zh: '评论提到的问题' },
  aspect: { en: 'Aspect', zh: '方面' },
  text: { en: 'Text', zh: '原文' },
  windowNegative: { en: 'Negative reviews, last {d} days', zh: '近 {d} 天负面评论' },
  baselineNegative: { en: 'Negative reviews before', zh: '此前负面评论' },
  ofReviews: { en: '{n} of {total} ({pct}%)', zh: '{total} 条中 {n} 条（{pct}%）' },
  drivers: { en: 'Complaints by aspect', zh: '提到各方面问题的评论数' },
  thisWindow: { en: 'Last {d} days', zh: '近 {d} 天' },
  before: { en: 'Before', zh: '此前' },
  page: { en: 'Page', zh: '页面' },
  parser: { en: 'Parser', zh: '解析器（技术信息）' },
  status: { en: 'Result', zh: '结果' },
  statusFailed: { en: 'the page could not be read', zh: '页面无法解析' },
  statusEmpty: { en: 'nothing found on the page', zh: '页面上未读取到数据' },
  read: { en: 'Read', zh: '读取到' },
  previous: { en: 'Before', zh: '上次' },
  error: { en: 'Error', zh: '技术详情（英文，反馈问题时请附上）' },
  warnings: { en: 'Warnings', zh: '解析提示（英文）' },
  listings: { en: '{n} listings', zh: '{n} 个商品' },
  offers: { en: '{n} offers', zh: '{n} 条报价' },
  reviews: { en: '{n} reviews', zh: '{n} 条评论' },
  items: { en: '{n} items', zh: '{n} 条' },
  observed: { en: 'Seen', zh: '采集时间' },
  notes: { en: 'Notes', zh: '备注' },
  unnamed: { en: 'a seller with no name shown', zh: '未显示名称的卖家' },
} satisfies Record<string, Record<Lang, string>>;

type Key = keyof typeof S;

function s(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return fillIn(S[key][lang], vars);
}

/** `a (b)` / `a（b）`. */
function paren(lang: Lang, a: string, b: string): string {
  return lang === 'zh' ? `${a}（${b}）` : `${a} (${b})`;
}

// ---- defensive readers ----------------------------------------------------------------------

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x : undefined;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function money(x: unknown): string | undefined {
  if (!isRecord(x)) return undefined;
  const amount = num(x.amount);
  const currency = str(x.currency);
  if (amount === undefined || !currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  return formatMoney({ amount, currency });
}

function pct(x: unknown): string | undefined {
  const n = num(x);
  return n === undefined ? undefined : `${formatPctValue(n)}%`;
}

function date(x: unknown, lang: Lang): string | undefined {
  const v = str(x);
  if (!v || Number.isNaN(Date.parse(v))) return undefined;
  return formatDateTime(v, lang);
}

/** A calendar date (`2024-06-03`) or a timestamp, shown as a date. */
function day(x: unknown, lang: Lang): string | undefined {
  const v = str(x);
  if (!v) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeZone: /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'UTC' : undefined,
  });
}

function yesNo(x: unknown, lang: Lang): string | undefined {
  return typeof x === 'boolean' ? s(lang, x ? 'yes' : 'no') : undefined;
}

/** The aspect as the Reviews view names it ("Shipping", 物流). */
function aspect(x: unknown, lang: Lang): string | undefined {
  const v = str(x);
  return v ? aspectLabel(lang, v) : undefined;
}

/** Facts with a value; the rest are dropped. */
function facts(lang: Lang, rows: Array<[Key, string | undefined]>): EvidenceFact[] {
  return rows
    .filter((r): r is [Key, string] => r[1] !== undefined)
    .map(([key, value]) => ({ label: s(lang, key), value }));
}

function table(
  caption: string,
  head: string[],
  rows: Array<Array<string | undefined>>,
): EvidenceTable[] {
  const kept = rows.filter((r) => r.some((c) => c !== undefined));
  return kept.length ? [{ caption, head, rows: kept.map((r) => r.map((c) => c ?? '—')) }] : [];
}

// ---- per kind ----------------------------------------------------------------------------------

/** A seller's name; an engine records null for a seller the page shows without a name. */
function sellerName(x: unknown, lang: Lang): string | undefined {
  if (x === null) return s(lang, 'unnamed');
  return str(x);
}

function floorFacts(e: Record<string, unknown>, lang: Lang): EvidenceFact[] {
  const source = isRecord(e.floorSource) ? e.floorSource : {};
  // The floor as the seller typed it, when it is in another currency than the listing's.
  const typed = money(source.price);
  const floor = money(e.floor);
  const value = floor && typed && typed !== floor ? paren(lang, floor, typed) : (floor ?? typed);
  return facts(lang, [
    [source.kind === 'cost' ? 'cost' : 'floor', value],
    ['floorFrom', str(source.key)],
  ]);
}

function undercut(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const gap = isRecord(e.gap) ? e.gap : {};
  const currency = isRecord(e.ownPrice) ? e.ownPrice.currency : undefined;
  const gapMoney = money({ amount: gap.amount, currency });
  const gapPct = pct(gap.pct);
  const theirs = money(e.competitorPrice);
  const item = money(e.competitorItemPrice);
  const ship = money(e.competitorShipping);
  const madeOf =
    item && ship && (lang === 'zh' ? `${item} + 运费 ${ship}` : `${item} + ${ship} shipping`);
  return {
    facts: [
      ...facts(lang, [
        ['competitor', sellerName(e.competitor, lang)],
        ['competitorPrice', theirs && madeOf ? paren(lang, theirs, madeOf) : theirs],
        ['ownPrice', money(e.ownPrice)],
        ['gap', gapMoney && gapPct ? paren(lang, gapMoney, gapPct) : (gapMoney ?? gapPct)],
        ['threshold', pct(e.thresholdPct)],
        [
          'buyBox',
          e.holdsBuyBox === true
            ? s(lang, 'stillYours')
            : e.alsoLost === 'buy-box'
              ? s(lang, 'theirsNow')
              : undefined,
        ],
        ['lowest', e.alsoLost === 'lowest-offer' ? s(lang, 'theirsNow') : undefined],
        ['stock', e.outOfStock === true ? s(lang, 'outOfStock') : undefined],
      ]),
      ...floorFacts(e, lang),
    ],
    tables: [],
    lists: [],
  };
}

function buyBoxLost(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const lowest = e.mode === 'lowest-offer';
  return {
    facts: [
      ...facts(lang, [
        [lowest ? 'lowest' : 'winner', sellerName(e.winner, lang)],
        ['winnerPrice', money(e.winnerPrice)],
        ['ownPrice', money(e.ownPrice)],
        ['topSeller', e.topSeller === true ? s(lang, 'yes') : undefined],
        ['stock', e.outOfStock === true ? s(lang, 'outOfStock') : undefined],
      ]),
      ...floorFacts(e, lang),
    ],
    tables: [],
    lists: [],
  };
}

function belowFloor(e: Record<string, unknown>, lang: Lang): EvidenceView {
  return {
    facts: [
      ...floorFacts(e, lang),
      ...facts(lang, [
        ['ownPrice', money(e.ownPrice)],
        ['ownBelow', yesNo(e.ownBelowFloor, lang)],
        ['competitor', e.competitorPrice ? sellerName(e.competitor, lang) : undefined],
        ['competitorPrice', money(e.competitorPrice)],
      ]),
    ],
    tables: [],
    lists: [],
  };
}

function priceWar(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const names = list(e.participants)
    .map((p) => str(p))
    .filter((p): p is string => p !== undefined);
  const spanHours = num(e.spanHours);
  const windowHours = num(e.windowHours);
  const rows = list(e.cuts)
    .filter(isRecord)
    .map((c) => {
      const who = sellerName(c.who, lang) ?? s(lang, 'unnamed');
      const steps = num(c.steps);
      return [
        date(c.at, lang),
        c.own === true ? paren(lang, who, s(lang, 'you')) : who,
        money(c.from),
        steps && steps > 1
          ? `${money(c.to) ?? '—'} · ${s(lang, 'steps', { n: steps })}`
          : money(c.to),
      ];
    });
  return {
    facts: [
      ...facts(lang, [
        ['participants', names.length ? names.join(lang === 'zh' ? '、' : ', ') : undefined],
        ['warStart', money(e.start)],
        ['warLow', money(e.low)],
        ['decline', num(e.declinePct) !== undefined ? `\u2212${pct(e.declinePct)}` : undefined],
        ['currentLow', money(e.currentLow)],
        ['ownPrice', money(e.ownPrice)],
        ['span', spanHours !== undefined ? formatDuration(spanHours * 3_600_000, lang) : undefined],
        [
          'window',
          windowHours !== undefined ? formatDuration(windowHours * 3_600_000, lang) : undefined,
        ],
      ]),
      ...floorFacts(e, lang),
    ],
    tables: table(
      s(lang, 'cuts'),
      [s(lang, 'when'), s(lang, 'seller'), s(lang, 'from'), s(lang, 'to')],
      rows,
    ),
    lists: [],
  };
}

function channelMismatch(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const base = str(e.baseCurrency);
  const rows = list(e.members)
    .filter(isRecord)
    .map((m) => {
      const market = m.market;
      const id = str(m.listingId);
      const channel = isMarket(market)
        ? `${storefrontName(market, id ?? '', lang)}${id ? ` · ${id.replace(/^[a-z]+:/, '').replace(/@.*$/, '')}` : ''}`
        : id;
      return [channel, money(m.price), money(m.converted)];
    });
  return {
    facts: facts(lang, [
      // A group's name per language (`Group 1` / `分组 1` when the seller gave none); a string before.
      ['group', isRecord(e.group) ? str(e.group[lang]) : str(e.group)],
      ['spread', pct(e.spreadPct)],
      ['threshold', pct(e.thresholdPct)],
    ]),
    tables: table(
      s(lang, 'channels'),
      [
        s(lang, 'channel'),
        s(lang, 'price'),
        base ? s(lang, 'converted', { c: base }) : s(lang, 'price'),
      ],
      rows,
    ),
    lists: [],
  };
}

function localized(x: unknown, lang: Lang): string | undefined {
  if (isRecord(x)) return str(x[lang]) ?? str(x.en);
  return str(x);
}

function compliance(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const items = list(e.findings)
    .filter(isRecord)
    .map((f) => {
      const match = str(f.match);
      const rule = str(f.ruleId);
      const message = localized(f.message, lang);
      const fix = localized(f.suggestion, lang);
      const source = (lang === 'en' ? str(f.sourceEn) : undefined) ?? str(f.source);
      return {
        head: [match ? `“${match}”` : undefined, rule].filter(Boolean).join(' · '),
        lines: [
          message,
          fix ? `${s(lang, 'fix')}${colon(lang)}${fix}` : undefined,
          source ? `${s(lang, 'source')}${colon(lang)}${source}` : undefined,
        ].filter((l): l is string => l !== undefined),
      };
    })
    .filter((i) => i.head !== '' || i.lines.length > 0);
  return {
    facts: facts(lang, [
      ['title', str(e.title)],
      ['market', isMarket(e.market) ? MARKET_NAMES[e.market][lang] : undefined],
      ['errors', num(e.errorCount) !== undefined ? String(e.errorCount) : undefined],
    ]),
    tables: [],
    lists: items.length ? [{ caption: s(lang, 'findings'), items }] : [],
  };
}

/** `4★` for a rating in 0–5, else nothing. */
function starsOf(x: unknown): string | undefined {
  const r = num(x);
  return r !== undefined && r >= 0 && r <= 5 ? `${r}★` : undefined;
}

/** `negative (−0.82)` from a stored label and score. */
function sentimentOf(labelRaw: unknown, scoreRaw: unknown, lang: Lang): string | undefined {
  const score = num(scoreRaw);
  const label = str(labelRaw);
  const labelKey: Key | undefined =
    label === 'positive' || label === 'neutral' || label === 'negative' || label === 'unknown'
      ? label
      : undefined;
  const signed =
    score !== undefined ? `${score >= 0 ? '+' : '\u2212'}${Math.abs(score).toFixed(2)}` : undefined;
  return labelKey && (signed ? paren(lang, s(lang, labelKey), signed) : s(lang, labelKey));
}

function negativeReview(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const rows = list(e.negativeAspects)
    .filter(isRecord)
    .map((a) => [aspect(a.aspect, lang), str(a.text)]);
  const was = starsOf(e.previousRating);
  const revisedOn = date(e.revisedAt, lang);
  const to = isRecord(e.revisedTo) ? e.revisedTo : undefined;
  const toParts = to
    ? [starsOf(to.rating), sentimentOf(to.label, to.score, lang), date(to.at, lang)].filter(
        (p): p is string => p !== undefined,
      )
    : [];
  return {
    facts: facts(lang, [
      ['rating', starsOf(e.rating)],
      ['sentiment', sentimentOf(e.label, e.score, lang)],
      ['reviewDate', day(e.date, lang)],
      ['firstSeen', date(e.firstSeen, lang)],
      [
        'revised',
        revisedOn && (was ? paren(lang, revisedOn, s(lang, 'wasStars', { r: was })) : revisedOn),
      ],
      ['revisedTo', toParts.length ? toParts.join(lang === 'zh' ? '，' : ', ') : undefined],
    ]),
    tables: table(s(lang, 'complaints'), [s(lang, 'aspect'), s(lang, 'text')], rows),
    lists: [],
  };
}

function share(n: unknown, total: unknown, p: unknown, lang: Lang): string | undefined {
  const a = num(n);
  const b = num(total);
  const c = num(p);
  if (a === undefined || b === undefined) return undefined;
  return s(lang, 'ofReviews', { n: a, total: b, pct: c !== undefined ? formatPctValue(c) : '—' });
}

/**
 * "5 of 10 (50%)" / "10 条中 5 条（50%）": the reviews that complain about an aspect among the reviews of
 * the period, so that 5 in the last 14 days against 20 before reads as the rise it is (50% against
 * 20%), not as a fall. The count alone where the period's total is not known.
 */
function rateOf(n: unknown, total: unknown, lang: Lang): string | undefined {
  const a = num(n);
  const b = num(total);
  if (a === undefined) return undefined;
  if (b === undefined || b <= 0 || a > b) return String(a);
  return s(lang, 'ofReviews', {
    n: a,
    total: b,
    pct: formatPctValue(Math.round((a / b) * 1000) / 10),
  });
}

function negativeSpike(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const d = num(e.windowDays) ?? 7;
  const rows = list(e.drivers)
    .filter(isRecord)
    .map((r) => [
      aspect(r.aspect, lang),
      rateOf(r.windowReviews, e.windowReviews, lang),
      rateOf(r.baselineReviews, e.baselineReviews, lang),
    ]);
  const out: EvidenceFact[] = [];
  const now = share(e.windowNegative, e.windowReviews, e.windowSharePct, lang);
  if (now) out.push({ label: s(lang, 'windowNegative', { d }), value: now });
  const before = share(e.baselineNegative, e.baselineReviews, e.baselineSharePct, lang);
  if (before) out.push({ label: s(lang, 'baselineNegative'), value: before });
  return {
    facts: out,
    tables: table(
      s(lang, 'drivers'),
      [s(lang, 'aspect'), s(lang, 'thisWindow', { d }), s(lang, 'before')],
      rows,
    ),
    lists: [],
  };
}

function counted(x: unknown, lang: Lang): string | undefined {
  if (!isRecord(x)) return undefined;
  const parts = (['listings', 'offers', 'reviews'] as const)
    .map((k) => {
      const n = num(x[k]);
      return n && n > 0 ? s(lang, k, { n }) : undefined;
    })
    .filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(lang === 'zh' ? '，' : ', ') : s(lang, 'items', { n: 0 });
}

function parserHealth(e: Record<string, unknown>, lang: Lang): EvidenceView {
  const previous = num(e.previousCount);
  const warnings = list(e.warnings)
    .map((w) => str(w))
    .filter((w): w is string => w !== undefined);
  return {
    facts: facts(lang, [
      ['page', str(e.url)],
      ['parser', str(e.parser)],
      [
        'status',
        e.status === 'failed'
          ? s(lang, 'statusFailed')
          : e.status === 'empty'
            ? s(lang, 'statusEmpty')
            : str(e.status),
      ],
      ['read', counted(e.counts, lang)],
      ['previous', previous !== undefined ? s(lang, 'items', { n: previous }) : undefined],
      ['error', str(e.error)],
      ['warnings', warnings.length ? warnings.join('; ') : undefined],
    ]),
    tables: [],
    lists: [],
  };
}

/** The missing-rate notes the price engines write (in English), in the UI language. */
function note(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const ignored = /^no rate between ([A-Z]{3}) and ([A-Z]{3}): [A-Z]{3} prices ignored$/.exec(text);
  if (ignored) return `缺少 ${ignored[1]} 与 ${ignored[2]} 的汇率：已忽略 ${ignored[1]} 价格`;
  const left = /^no rate between ([A-Z]{3}) and ([A-Z]{3}): (\S+) left out of the comparison$/.exec(
    text,
  );
  if (left) return `缺少 ${left[1]} 与 ${left[2]} 的汇率：${left[3]} 未参与比较`;
  const floor = /^the (floor|cost) for (.+) is in ([A-Z]{3}) and no rate converts it$/.exec(text);
  if (floor)
    return `${floor[2]} 的${floor[1] === 'cost' ? '成本' : '底价'}以 ${floor[3]} 设置，缺少换算汇率`;
  return text;
}

const BY_KIND: Record<Alert['kind'], (e: Record<string, unknown>, lang: Lang) => EvidenceView> = {
  undercut,
  'buy-box-lost': buyBoxLost,
  'price-war': priceWar,
  'below-floor': belowFloor,
  'channel-mismatch': channelMismatch,
  compliance,
  'negative-review': negativeReview,
  'negative-spike': negativeSpike,
  'parser-health': parserHealth,
};

export function evidenceView(alert: Pick<Alert, 'kind' | 'evidence'>, lang: Lang): EvidenceView {
  const e = isRecord(alert.evidence) ? alert.evidence : {};
  const build = BY_KIND[alert.kind];
  const view = build ? build(e, lang) : { facts: [], tables: [], lists: [] };
  const notes = list(e.notes)
    .map((n) => str(n))
    .filter((n): n is string => n !== undefined)
    .map((n) => note(n, lang));
  const tail = facts(lang, [
    ['observed', date(e.observedAt, lang)],
    ['notes', notes.length ? notes.join(lang === 'zh' ? '；' : '; ') : undefined],
  ]);
  return { ...view, facts: [...view.facts, ...tail] };
}
