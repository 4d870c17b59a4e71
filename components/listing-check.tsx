/**
 * Side panel "Listing check": the listing being edited in the active tab (streamed by the listing-editor
 * content script into storage.session), linted live with its findings highlighted per field, plus a box
 * to paste and check any text without an editor open. Findings and texts are rendered as text, never HTML.
 */
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '@/lib/i18n';
import { colon, formatDateTime, sourceText } from '@/lib/i18n';
import { draftsItem, type StoredDraft } from '@/lib/background/drafts';
import { lintListing, listingInputOf } from '@/lib/compliance/lint';
import { highlightSegments, suggestedFix } from '@/lib/compliance/fix';
import { FIELDS, type Field, type Finding, type ListingInput } from '@/lib/compliance/types';
import { DRAFT_LIMITS, MARKETS, type Market } from '@/lib/schemas/snapshot';
import { MARKET_NAMES } from '@/lib/markets/names';

type L10n = { en: string; zh: string };

const S = {
  intro: {
    en: 'Open a listing editor (Seller Central, eBay, Etsy, Shopee, Taobao): what you type is checked here as you type.',
    zh: '打开商品编辑页（Seller Central、eBay、Etsy、Shopee、淘宝），输入内容会在此实时检查。',
  },
  noDraft: {
    en: 'No listing being edited yet. Paste text below to check it.',
    zh: '暂无正在编辑的商品。可在下方粘贴文本进行检查。',
  },
  editing: { en: 'Editing', zh: '正在编辑' },
  market: { en: 'Rules for', zh: '适用平台规则' },
  marketAny: { en: 'Any market (general claims)', zh: '不限平台（通用宣称规则）' },
  clean: { en: 'No problems found.', zh: '未发现问题。' },
  problems: { en: 'problems', zh: '个问题' },
  problem: { en: 'problem', zh: '个问题' },
  rule: { en: 'Rule', zh: '规则' },
  source: { en: 'Source', zh: '依据' },
  suggestion: { en: 'Suggestion', zh: '建议' },
  copyFix: { en: 'Copy suggested fix', zh: '复制修改后的文本' },
  copyAdvice: { en: 'Copy suggestion', zh: '复制建议' },
  noRewrite: {
    en: 'No one-click rewrite keeps this text intact; edit it by hand. Suggestion: ',
    zh: '无法一键改写而不破坏原文，请手动修改。建议：',
  },
  copied: { en: 'Copied', zh: '已复制' },
  copyFailed: { en: 'Could not copy', zh: '复制失败' },
  pasteTitle: { en: 'Check any text', zh: '检查任意文本' },
  pastePlaceholder: {
    en: 'Paste a title, bullet points or a description…',
    zh: '粘贴标题、要点或描述……',
  },
  checkAs: { en: 'Check as', zh: '文本类型' },
  onePerLine: { en: 'one per line', zh: '每行一条' },
} satisfies Record<string, L10n>;

const FIELD_NAMES: Record<Field, L10n> = {
  title: { en: 'Title', zh: '标题' },
  bullets: { en: 'Bullet point', zh: '要点' },
  description: { en: 'Description', zh: '描述' },
  tags: { en: 'Tags / item specifics', zh: '标签 / 商品属性' },
};

/** Which fields were too long to check whole, and how much of each is checked. */
export function truncatedNote(fields: readonly Field[], lang: Lang): string {
  const zh = lang === 'zh';
  const n = DRAFT_LIMITS.text.toLocaleString(zh ? 'zh-CN' : 'en-US');
  const clause = (f: Field): string => {
    const name = FIELD_NAMES[f][lang];
    if (f === 'bullets')
      return zh
        ? `${name}只检查前 ${DRAFT_LIMITS.bullets} 条（每条前 ${n} 个字符）`
        : `${name}: only the first ${DRAFT_LIMITS.bullets}, up to ${n} characters each, are checked`;
    if (f === 'tags')
      return zh
        ? `${name}只检查前 ${DRAFT_LIMITS.tags} 个`
        : `${name}: only the first ${DRAFT_LIMITS.tags} are checked`;
    return zh
      ? `${name}只检查前 ${n} 个字符`
      : `${name}: only the first ${n} characters are checked`;
  };
  return zh
    ? `内容过长：${fields.map(clause).join('；')}。`
    : `Too long to check whole. ${fields.map(clause).join('; ')}.`;
}

const SEVERITY_NAMES: Record<Finding['severity'], L10n> = {
  error: { en: 'Error', zh: '错误' },
  warning: { en: 'Warning', zh: '警告' },
  info: { en: 'Info', zh: '提示' },
};

/** The draft of the active tab; else (the panel opened in a tab of its own, no editor) the most recent. */
export function pickDraft(
  drafts: Record<string, StoredDraft> | undefined,
  activeTabId: number | null,
): StoredDraft | null {
  if (!drafts) return null;
  if (activeTabId !== null) {
    const own = drafts[String(activeTabId)];
    if (own) return own;
  }
  let latest: StoredDraft | null = null;
  for (const d of Object.values(drafts)) if (!latest || d.at > latest.at) latest = d;
  return latest;
}

function useDrafts(): Record<string, StoredDraft> | undefined {
  const [drafts, setDrafts] = useState<Record<string, StoredDraft>>();
  useEffect(() => {
    let alive = true;
    void draftsItem.getValue().then((v) => alive && setDrafts(v));
    const unwatch = draftsItem.watch((v) => setDrafts(v ?? {}));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return drafts;
}

function useActiveTabId(): number | null {
  const [id, setId] = useState<number | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => alive && setId(tabs[0]?.id ?? null))
        .catch(() => undefined);
    refresh();
    const onActivated = (info: { tabId: number }) => setId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged?.addListener(refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged?.removeListener(refresh);
    };
  }, []);
  return id;
}

interface RowProps {
  finding: Finding;
  text: string;
  lang: Lang;
  /** The findings of the same field text: overlapping ones are fixed together. */
  others: readonly Finding[];
}

function CopyButton({ finding, text, lang, others }: RowProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fix = suggestedFix(finding, text, lang, others);
  const label = fix.kind === 'replace' ? S.copyFix[lang] : S.copyAdvice[lang];
  return (
    <button
      type="button"
      data-testid="copy-fix"
      title={fix.kind === 'replace' ? fix.text : `${S.noRewrite[lang]}${fix.text}`}
      onClick={() =>
        void navigator.clipboard.writeText(fix.text).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }
    >
      {state === 'copied' ? `${S.copied[lang]} ✓` : state === 'failed' ? S.copyFailed[lang] : label}
    </button>
  );
}

function FindingRow({ finding, text, lang, others }: RowProps) {
  return (
    <li
      className={`lc-finding severity-${finding.severity}`}
      data-testid="finding"
      data-rule={finding.ruleId}
    >
      <div className="lc-finding-head">
        <span className={`badge lc-sev-${finding.severity}`}>
          {SEVERITY_NAMES[finding.severity][lang]}
        </span>
        {finding.match && <q className="lc-match">{finding.match}</q>}
        <span className="lc-message">{finding.message[lang]}</span>
      </div>
      <div className="lc-meta">
        <span>
          {S.suggestion[lang]}
          {colon(lang)}
          {finding.suggestion[lang]}
        </span>
        <span>
          {S.rule[lang]}
          {colon(lang)}
          <code>{finding.ruleId}</code>
        </span>
        <span>
          {S.source[lang]}
          {colon(lang)}
          {sourceText(finding, lang)}
        </span>
      </div>
      <CopyButton finding={finding} text={text} lang={lang} others={others} />
    </li>
  );
}

function FieldText({ text, findings }: { text: string; findings: Finding[] }) {
  return (
    <p className="lc-text" data-testid="field-text">
      {highlightSegments(text, findings).map((seg, i) =>
        seg.severity ? (
          <mark key={i} className={`finding-${seg.severity}`}>
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </p>
  );
}

interface FieldItem {
  field: Field;
  index?: number;
  text: string;
  findings: Finding[];
}

/** One block per title / description / bullet / tag that has text, findings attached to each. */
function fieldItems(input: ListingInput, findings: Finding[]): FieldItem[] {
  const items: FieldItem[] = [];
  for (const field of FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const list = typeof value === 'string' ? [value] : value;
    const own = findings.filter((f) => f.field === field);
    list.forEach((text, i) => {
      const index = typeof value === 'string' ? undefined : i;
      const mine = own.filter(
        (f) => f.index === index || (f.index === undefined && i === 0 && index !== undefined),
      );
      if (text.trim() === '' && mine.length === 0) return;
      items.push({ field, index, text, findings: mine });
    });
    // List-level findings (too many tags) on an empty list.
    if (list.length === 0 && own.length > 0) items.push({ field, text: '', findings: own });
  }
  return items;
}

export function Findings({
  input,
  market,
  lang,
}: {
  input: ListingInput;
  market: Market | null;
  lang: Lang;
}) {
  const findings = useMemo(() => lintListing(input, market ? { market } : {}), [input, market]);
  const items = fieldItems(input, findings);
  // Single fields always show (the seller sees the title checked); of list fields (bullets, tags)
  // only the items with findings: Etsy's 13 clean tags as 13 headings pushed the paste box off screen.
  const listed = items.filter((it) =>
    it.index === undefined ? it.text !== '' || it.findings.length > 0 : it.findings.length > 0,
  );
  return (
    <div className="lc-findings" data-testid="listing-findings" data-count={findings.length}>
      <p
        className={findings.length ? 'lc-summary' : 'lc-summary lc-clean'}
        data-testid="findings-summary"
      >
        {findings.length
          ? `${findings.length} ${(findings.length === 1 ? S.problem : S.problems)[lang]}`
          : S.clean[lang]}
      </p>
      {listed.map((it) => (
        <section
          key={`${it.field}:${it.index ?? '-'}`}
          className="lc-field"
          data-testid="lc-field"
          data-field={it.field}
        >
          <h3>
            {FIELD_NAMES[it.field][lang]}
            {it.index !== undefined ? ` ${it.index + 1}` : ''}
            {it.findings.length > 0 && <span className="count">{it.findings.length}</span>}
          </h3>
          {it.text && <FieldText text={it.text} findings={it.findings} />}
          {it.findings.length > 0 && (
            <ul className="lc-list">
              {it.findings.map((f, i) => (
                <FindingRow
                  key={`${f.ruleId}:${f.start}:${i}`}
                  finding={f}
                  text={it.text}
                  lang={lang}
                  others={it.findings}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** ` (one per line)` in English, `（每行一条）` in Chinese (full-width brackets, no space). */
function bracketed(lang: Lang, text: string): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

function MarketSelect({
  value,
  onChange,
  lang,
}: {
  value: Market | null;
  onChange: (m: Market | null) => void;
  lang: Lang;
}) {
  return (
    <label className="lc-market">
      {S.market[lang]}{' '}
      <select
        data-testid="market-select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? (e.target.value as Market) : null)}
      >
        <option value="">{S.marketAny[lang]}</option>
        {MARKETS.map((m) => (
          <option key={m} value={m}>
            {MARKET_NAMES[m][lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

type PasteField = 'title' | 'description' | 'bullets' | 'tags';

function PasteBox({ market, lang }: { market: Market | null; lang: Lang }) {
  const [text, setText] = useState('');
  const [as, setAs] = useState<PasteField>('title');
  const input = useMemo<ListingInput>(() => {
    if (as === 'bullets' || as === 'tags') {
      return {
        [as]: text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      };
    }
    return { [as]: text };
  }, [text, as]);
  return (
    <section className="lc-paste">
      <h2>{S.pasteTitle[lang]}</h2>
      <label>
        {S.checkAs[lang]}{' '}
        <select
          data-testid="paste-as"
          value={as}
          onChange={(e) => setAs(e.target.value as PasteField)}
        >
          {(['title', 'description', 'bullets', 'tags'] as const).map((f) => (
            <option key={f} value={f}>
              {FIELD_NAMES[f][lang]}
              {f === 'bullets' || f === 'tags' ? bracketed(lang, S.onePerLine[lang]) : ''}
            </option>
          ))}
        </select>
      </label>
      <textarea
        data-testid="paste-text"
        rows={4}
        value={text}
        placeholder={S.pastePlaceholder[lang]}
        onChange={(e) => setText(e.target.value)}
      />
      {text.trim() !== '' && <Findings input={input} market={market} lang={lang} />}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function ListingCheck({ lang }: { lang: Lang }) {
  const drafts = useDrafts();
  const activeTabId = useActiveTabId();
  const current = pickDraft(drafts, activeTabId);
  // The market selector follows the draft's market until the user picks another one for this draft.
  const [chosen, setChosen] = useState<{ url: string; market: Market | null } | null>(null);
  const market: Market | null =
    chosen && (!current || chosen.url === current.url) ? chosen.market : (current?.market ?? null);
  const input = useMemo<ListingInput | null>(
    () => (current ? listingInputOf(current.draft) : null),
    [current],
  );

  return (
    <div className="listing-check" data-testid="listing-check">
      <p className="muted">{S.intro[lang]}</p>
      <MarketSelect
        value={market}
        onChange={(m) => setChosen({ url: current?.url ?? '', market: m })}
        lang={lang}
      />
      {drafts === undefined ? null : current && input ? (
        <section className="lc-draft" data-testid="listing-draft" data-market={current.market}>
          <h2>
            {S.editing[lang]}
            {colon(lang)}
            {MARKET_NAMES[current.market][lang]} ·{' '}
            <span className="muted">{hostOf(current.url)}</span>
          </h2>
          <p className="muted">
            {current.draft.productKey ? `${current.draft.productKey} · ` : ''}
            <time dateTime={current.at}>{formatDateTime(current.at, lang)}</time>
          </p>
          {current.draft.truncated?.length ? (
            <p className="muted" role="note" data-testid="draft-truncated">
              {truncatedNote(current.draft.truncated, lang)}
            </p>
          ) : null}
          <Findings input={input} market={market} lang={lang} />
        </section>
      ) : (
        <p className="empty" data-testid="no-draft">
          {S.noDraft[lang]}
        </p>
      )}
      <PasteBox market={market} lang={lang} />
    </div>
  );
}
