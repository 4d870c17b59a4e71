/**
 * Turning findings into something a seller can act on in one click: the field text with the offending
 * words replaced (when the rule's suggestion is a direct replacement), and highlight segments for
 * showing a field with its findings marked. Pure; used by the side panel.
 */
import { compiledRules } from './lint';
import { isMostlyTraditional, normalizeTerm } from './normalize';
import type { Finding, Severity } from './types';

export type SuggestedFix =
  /** The whole field text with the match replaced: paste it over the field. */
  | { kind: 'replace'; text: string; replacement: string }
  /** The rule's advice (lengths, counts, claims that need evidence): nothing to paste. */
  | { kind: 'advice'; text: string };

const structural = new Set(compiledRules.rules.filter((r) => r.check).map((r) => r.id));
/** Per-term one-click wordings of the rules that have them (rule id → folded term → wording). */
const termWordings = new Map(
  compiledRules.rules.filter((r) => r.replace).map((r) => [r.id, r.replace!] as const),
);

/** `改为“优秀”“出色”`: the first alternative the rule offers for a Chinese term (ASCII quotes are read too). */
const ZH_REPLACEMENT = /改为[“"「]([^”"」]+)[”"」](?!之外|以外)/;
/** "Remove it", "Remove the words 驰名商标", "删除；…": the fix is deleting the match. */
const EN_REMOVE = /^(?:Remove|Drop) (?:it|the |any |them)/i;
const ZH_REMOVE = /^删除/;

function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

/** Separators between the parts of a title, Taobao's symbols (丨 ｜ ★ ✔ ·) included. */
const SEPARATORS = '\\s,，、;；:：|/–—\\-丨｜★☆✔✓·•+~';
const SEPARATORS_END = new RegExp(`[${SEPARATORS}]*$`);
const SEPARATORS_START = new RegExp(`^[${SEPARATORS}]*`);

/**
 * Deletes `text[start, end)` and the separator it leaves doubled: "Mug, Best Seller, Lid" → "Mug, Lid",
 * "全网最低价 保温杯" → "保温杯".
 */
export function removeSpan(text: string, start: number, end: number): string {
  let before = text.slice(0, start);
  // What belongs to a removed emoji: its variation selector (🕯️ is U+1F56F U+FE0F) and skin tone.
  let after = text.slice(end).replace(/^(?:[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF])+/, '');
  const sepBefore = SEPARATORS_END.exec(before)![0];
  const sepAfter = SEPARATORS_START.exec(after)![0];
  if (before.length === sepBefore.length) {
    // Removed at the start: drop the separator that followed.
    before = '';
    after = after.slice(sepAfter.length);
  } else if (after.length === sepAfter.length) {
    before = before.slice(0, before.length - sepBefore.length);
    after = '';
  } else if (sepBefore || sepAfter) {
    // Keep the stronger of the two separators once (a comma over a space).
    const keep = /[^\s]/.test(sepBefore) ? sepBefore : sepAfter || sepBefore;
    before = before.slice(0, before.length - sepBefore.length);
    after = after.slice(sepAfter.length);
    return before + (keep.trim() === '' ? ' ' : keep) + after;
  }
  return before + after;
}

/** How each rule's matches may be fixed, where its data says (the rule's `fix`: lib/compliance/rule-schema.ts). */
const fixKind = new Map(
  compiledRules.rules.filter((r) => r.fix).map((r) => [r.id, r.fix!] as const),
);

/** What may stand before a detachable part of a title: its start, or a separator (not a hyphen in a word). */
const PART_BEFORE = /(?:^\s*|[,;|/(（，、；：:·•]\s*|\s[-–—]\s*|[–—]\s*)$/;
/** What may follow it: its end, or a separator. */
const PART_AFTER = /^(?:\s*$|\s*[,;|/)），、；：:·•]|\s*[-–—]\s|\s*[–—])/;

/**
 * Whether the match is a whole part of the text, so replacing or deleting it leaves the rest intact:
 * "Mug, Best Seller, Lid" or a keyword of a Taobao title (全网最低价 保温杯), but not "Relieves
 * Arthritis" in "Relieves Arthritis Pain" (deleting it leaves "Pain"), 最大 in 最大程度锁水 or Antibacterial
 * in "Non-Antibacterial Soap". A match at the very start or end of the field also counts ("Best Seller
 * Steel Travel Mug"): titles open and close with such add-ons.
 */
function wholePart(text: string, start: number, end: number, han: boolean): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Chinese titles are keywords separated by spaces (保温杯 国家级 大容量), so there a space ends a part.
  // Taobao sellers also separate them with symbols (保温杯|全网最低价|现货, ★, ✔, 🔥) and 丨.
  if (han) {
    return /(?:^|[\s\p{P}\p{S}丨])$/u.test(before) && /^(?:$|[\s\p{P}\p{S}丨])/u.test(after);
  }
  // Deleting the object of a preposition leaves the preposition hanging ("Weighted Blanket for
  // [Anxiety Relief]", "Not [FDA Approved]"): no part of its own then, even at the end of the field.
  if (DANGLING_BEFORE.test(before) || DANGLING_AFTER.test(after)) return false;
  const atEdge = before.trim() === '' || after.trim() === '';
  if (atEdge) return true;
  return PART_BEFORE.test(before) && PART_AFTER.test(after);
}

/** An English word that needs what follows it (a preposition, article, negation, conjunction). */
const DANGLING_BEFORE =
  /(?:^|\s)(?:for|with|without|to|of|from|in|on|by|against|at|into|the|a|an|not|no|non|and|or|&|\+)\s*$/i;
/** A word that needs what precedes it, left at the start ("[Best Seller] for Kids", "[FDA Approved] and …"). */
const DANGLING_AFTER = /^\s*(?:for|of|and|or|&|\+|to|by|from|against)(?:\s|$)/i;

/** A single word with a space on both sides (or a separator after it), not the object of a preposition. */
function oneWord(text: string, start: number, end: number): boolean {
  if (/\s/.test(text.slice(start, end))) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (DANGLING_BEFORE.test(before) && /^\s*(?:$|[,;|)])/.test(after)) return false;
  return /\s$/.test(before) && /^(?:\s|[,;|)]|$)/.test(after);
}

/**
 * Terms that are also adverbs before a verb: 最好手洗 is "had better wash by hand", and its wording 很好
 * (很好手洗) is not Chinese. Their own wording fits only before 的 or at the end of a part (最好的 → 很好的).
 */
const ADVERB_TOO: ReadonlySet<string> = new Set(['最好']);

/**
 * A Chinese ordinal binds to the word after it: deleting 行业第一 from 我们是行业第一梯队 leaves 我们是梯队.
 */
const ORDINAL_END = /(?:第一|第1|第一名|冠军)$/;

const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Where a Chinese claim may be deleted from inside a keyword: a modifier (绝对正品 → 正品, 2024新款国家级
 * 保温杯 → 2024新款保温杯) wherever it stands, except an ordinal before the word it counts; a claim of
 * three characters or more before what it describes, at the start of a keyword (清热解毒凉茶 → 凉茶), or at
 * its end after a description (纯天然无副作用 → 纯天然); after a verb or modal it is the predicate, and
 * deleting it leaves 长期使用可以 or 可以帮助 hanging.
 */
function hanDeletable(text: string, start: number, end: number, ruleId: string): boolean {
  const next = text.slice(end, end + 1);
  if (fixKind.get(ruleId) === 'dropModifier') {
    return !(ORDINAL_END.test(text.slice(start, end)) && HAN_CHAR.test(next));
  }
  if (end - start < 3) return false;
  const before = text.slice(0, start);
  if (/(?:^|[\s\p{P}\p{S}丨])$/u.test(before)) return HAN_CHAR.test(next);
  // At the end of a keyword after a description (纯天然无副作用 → 纯天然), not after a modal or verb.
  return /^(?:$|[\s\p{P}\p{S}丨])/u.test(text.slice(end)) && !PREDICATE_BEFORE.test(before);
}

/** What a claim after it is the predicate of: a modal, a verb of helping or achieving, an adverb. */
const PREDICATE_BEFORE =
  /(?:可以|能够|能|可|会|帮助|有助于|助于|帮|用于|用来|起到|达到|具有|有效|专业|来|以|将|要|去|再|更|也|都|就|还|很|最|并|且)$/;

interface Span {
  start: number;
  end: number;
}

/**
 * The span to fix for `finding`: its own, or the union of the findings of the same field text that overlap
 * it, directly or through one another (根治 and 治脚气 in 根治脚气). Fixing one of two overlapping findings
 * alone cuts the other in half (根治脚气 → 根).
 */
function mergedSpan(
  finding: Finding,
  others: readonly Finding[],
): { span: Span; group: Finding[] } {
  const group = [finding];
  const span = { start: finding.start, end: finding.end };
  const same = others.filter(
    (f) =>
      f !== finding &&
      f.field === finding.field &&
      f.index === finding.index &&
      f.end > f.start &&
      !structural.has(f.ruleId),
  );
  for (let grown = true; grown;) {
    grown = false;
    for (const f of same) {
      if (group.includes(f) || f.end <= span.start || f.start >= span.end) continue;
      group.push(f);
      span.start = Math.min(span.start, f.start);
      span.end = Math.max(span.end, f.end);
      grown = true;
    }
  }
  return { span, group };
}

/**
 * The one-click fix for a finding in `fieldText` (the text of the field or list item it was found in).
 * `others` are the findings of the same listing (or at least of that field): overlapping ones are fixed
 * together, as one span. When no rewrite leaves the text whole, the fix is the rule's advice: better no
 * text to paste than a broken one.
 */
export function suggestedFix(
  finding: Finding,
  fieldText: string,
  lang: 'en' | 'zh',
  others: readonly Finding[] = [],
): SuggestedFix {
  const advice: SuggestedFix = { kind: 'advice', text: finding.suggestion[lang] };
  if (!fixable(finding, fieldText)) return advice;
  const { span, group } = mergedSpan(finding, others);
  if (group.length > 1) {
    // Several claims in one run of text: only deleting all of them, where that leaves the text whole.
    if (!group.every((f) => fixable(f, fieldText))) return advice;
    const han = hasHan(fieldText.slice(span.start, span.end));
    const removable =
      wholePart(fieldText, span.start, span.end, han) ||
      (!han && oneWord(fieldText, span.start, span.end));
    const rest = removeSpan(fieldText, span.start, span.end);
    if (removable && group.every(suggestsRemoval) && rest.trim() !== '') {
      return { kind: 'replace', replacement: '', text: rest };
    }
    return advice;
  }
  const han = hasHan(finding.match);
  const whole = wholePart(fieldText, finding.start, finding.end, han);
  // A term split by separators (最*佳, 国 家 级) is the term.
  const term = normalizeTerm(finding.match).replace(
    /(?<=\p{Script=Han})[^\p{L}\p{N}](?=\p{Script=Han})/gu,
    '',
  );
  const own = termWordings.get(finding.ruleId)?.[term];
  if (own === '') return advice;
  const zh = own === undefined ? ZH_REPLACEMENT.exec(finding.suggestion.zh) : null;
  // A term's own wording fits wherever the term stands (这款羽绒服是最佳的 → 是优秀的); the rule's first
  // wording only where the term is a part of its own (唯一正品 is not 独特正品).
  if (han && (own !== undefined || (zh && whole))) {
    // The offered wording is Simplified: pasting it into a Traditional (Taiwan) listing mixes scripts.
    if (isMostlyTraditional([finding.match])) return advice;
    if (ADVERB_TOO.has(term) && !whole && !/^(?:的|$)/.test(fieldText.slice(finding.end)))
      return advice;
    const replacement = own ?? zh![1]!;
    return {
      kind: 'replace',
      replacement,
      text: fieldText.slice(0, finding.start) + replacement + fieldText.slice(finding.end),
    };
  }
  // Deleting a Chinese modifier leaves the rest standing (2024新款国家级保温杯 → 2024新款保温杯, 绝对正品 →
  // 正品, 清热解毒凉茶 → 凉茶), as does deleting one English word between spaces (Stainless Steel
  // Antimicrobial Travel Mug); not a phrase with its object (Relieves Arthritis | Pain), half of a
  // hyphenated word (Non-Antibacterial), two characters of a claim that may sit across a word (理气 in
  // 调理气血 would leave 调血), a predicate (长期使用可以降血压) or an ordinal before its word (第一梯队).
  const removable =
    whole ||
    (han && hanDeletable(fieldText, finding.start, finding.end, finding.ruleId)) ||
    (!han && oneWord(fieldText, finding.start, finding.end)) ||
    SYMBOLS_ONLY.test(finding.match);
  if (removable && suggestsRemoval(finding)) {
    // Deleting the whole text leaves nothing to paste.
    const rest = removeSpan(fieldText, finding.start, finding.end);
    if (rest.trim() !== '') return { kind: 'replace', replacement: '', text: rest };
  }
  return advice;
}

/**
 * A banned symbol (™, ♥, ★, an emoji) says nothing the words around it need, wherever it stands:
 * "Locket™ Necklace" → "Locket Necklace". Not a fraction or a superscript digit (No, not S): ½ and the ²
 * of 2m² are part of a quantity, and deleting them changes it.
 */
const SYMBOLS_ONLY = /^[\p{S}\uFE0F\u200D\p{Emoji_Modifier}]+$/u;

/** Whether a rewrite of the finding may be offered at all: a word finding still found in the text as given. */
function fixable(finding: Finding, fieldText: string): boolean {
  const exact =
    finding.end > finding.start && fieldText.slice(finding.start, finding.end) === finding.match;
  if (!exact || structural.has(finding.ruleId) || fixKind.get(finding.ruleId) === 'advice')
    return false;
  // A match across markup (<b>Best</b> <i>Seller</i>) cannot be cut out without breaking the tags.
  return !/[<>]/.test(finding.match);
}

/** The rule's suggestion is to delete the match ("Remove it", 删除…). */
function suggestsRemoval(finding: Finding): boolean {
  return EN_REMOVE.test(finding.suggestion.en) || ZH_REMOVE.test(finding.suggestion.zh);
}

export interface Segment {
  text: string;
  /** The worst severity of the findings covering this segment; absent for plain text. */
  severity?: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Splits a field's text into plain and highlighted segments. Overlapping findings merge into one
 * highlight with the worst severity; findings without a span (end <= start) are not highlighted.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .filter((f) => f.end > f.start && f.start < text.length)
    .map((f) => ({ start: f.start, end: Math.min(f.end, text.length), severity: f.severity }))
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number; severity: Severity }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (RANK[s.severity] > RANK[last.severity]) last.severity = s.severity;
    } else {
      merged.push({ ...s });
    }
  }
  const out: Segment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), severity: m.severity });
    at = m.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
