/**
 * Validates rule packs and turns them into the compiled form the matcher loads. Pure (no file access):
 * scripts/compile-rules.ts feeds it the files, and a unit test checks compiled.json is its exact output.
 */
import { PACKS, SEVERITY_RANK } from './types';
import { normalizeTerm } from './normalize';
import {
  packFileSchema,
  type CompiledPack,
  type CompiledRule,
  type CompiledRules,
  type PackFile,
} from './rule-schema';

export class RuleValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid rule packs:\n  ${problems.join('\n  ')}`);
    this.name = 'RuleValidationError';
  }
}

/** Escapes (\d, \p{L}, \B ...) may contain capitals; any other capital could never match folded text. */
function hasUnfoldedLetters(pattern: string): boolean {
  return /[A-Z]/.test(pattern.replace(/\\[pPuxc]\{[^}]*\}|\\[A-Za-z]/g, ''));
}

export function compilePacks(
  inputs: ReadonlyArray<{ file: string; data: unknown }>,
): CompiledRules {
  const problems: string[] = [];
  const files: PackFile[] = [];
  for (const { file, data } of inputs) {
    const parsed = packFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      continue;
    }
    if (file.replace(/^.*[\\/]/, '') !== `${parsed.data.pack}.json`) {
      problems.push(`${file}: pack "${parsed.data.pack}" must live in ${parsed.data.pack}.json`);
    }
    files.push(parsed.data);
  }

  const seenPacks = new Set<string>();
  const seenIds = new Set<string>();
  const packs: CompiledPack[] = [];
  const rules: CompiledRule[] = [];
  files.sort((a, b) => PACKS.indexOf(a.pack) - PACKS.indexOf(b.pack));

  for (const file of files) {
    const packStart = rules.length;
    if (seenPacks.has(file.pack)) problems.push(`pack "${file.pack}" is defined twice`);
    seenPacks.add(file.pack);
    packs.push({
      pack: file.pack,
      name: file.name,
      markets: file.markets,
      hanText: file.hanText,
      withoutMarket: file.withoutMarket,
    });
    const termOwner = new Map<string, string>();

    for (const rule of file.rules) {
      const where = `${file.pack}: ${rule.id}`;
      if (seenIds.has(rule.id)) problems.push(`${where}: duplicate rule id`);
      seenIds.add(rule.id);
      if (rule.pack !== file.pack)
        problems.push(`${where}: pack field "${rule.pack}" ≠ "${file.pack}"`);
      if (!rule.id.startsWith(`${file.pack}/`))
        problems.push(`${where}: id must start with "${file.pack}/"`);

      const isMatchRule = rule.terms !== undefined || rule.pattern !== undefined;
      if (isMatchRule === (rule.check !== undefined)) {
        problems.push(`${where}: needs terms and/or pattern, or a structural check (not both)`);
      }
      if (rule.check && rule.fields)
        problems.push(`${where}: a structural check names its own field`);

      const terms: string[] = [];
      for (const raw of rule.terms ?? []) {
        const term = normalizeTerm(raw);
        if (term === '') {
          problems.push(`${where}: term "${raw}" is empty after folding`);
          continue;
        }
        if (terms.includes(term)) continue;
        const owner = termOwner.get(term);
        if (owner)
          problems.push(`${where}: term "${raw}" is already used by ${owner} in this pack`);
        termOwner.set(term, rule.id);
        terms.push(term);
      }

      let regex: RegExp | undefined;
      if (rule.pattern !== undefined) {
        try {
          regex = new RegExp(rule.pattern, 'gu');
          if (new RegExp(rule.pattern, 'u').test('')) {
            problems.push(`${where}: pattern matches the empty string`);
          }
        } catch (err) {
          problems.push(`${where}: pattern does not compile: ${(err as Error).message}`);
        }
        if (hasUnfoldedLetters(rule.pattern)) {
          problems.push(`${where}: pattern must be lower case (it runs on folded text)`);
        }
      }

      const allow: string[] = [];
      for (const raw of rule.allow ?? []) {
        const phrase = normalizeTerm(raw);
        const coversTerm = terms.some((t) => phrase.includes(t));
        const coversPattern = regex !== undefined && new RegExp(regex.source, 'u').test(phrase);
        if (!coversTerm && !coversPattern) {
          problems.push(
            `${where}: allow phrase "${raw}" contains none of the rule's terms or pattern`,
          );
        }
        if (terms.includes(phrase)) problems.push(`${where}: allow phrase "${raw}" equals a term`);
        if (!allow.includes(phrase)) allow.push(phrase);
      }

      if (rule.allowPattern !== undefined) {
        try {
          if (new RegExp(rule.allowPattern, 'gu').test('')) {
            problems.push(`${where}: allowPattern matches the empty string`);
          }
        } catch (err) {
          problems.push(`${where}: allowPattern does not compile: ${(err as Error).message}`);
        }
        if (hasUnfoldedLetters(rule.allowPattern)) {
          problems.push(`${where}: allowPattern must be lower case (it runs on folded text)`);
        }
        if (!isMatchRule) problems.push(`${where}: allowPattern on a structural check`);
      }

      const replace: Record<string, string> = {};
      for (const [raw, wording] of Object.entries(rule.replace ?? {})) {
        const term = normalizeTerm(raw);
        if (!terms.includes(term))
          problems.push(`${where}: replace names "${raw}", not a term of the rule`);
        replace[term] = wording.trim();
      }

      if (rule.fix === 'advice' && rule.replace)
        problems.push(`${where}: replace wordings on a rule whose fix is advice only`);

      const out: CompiledRule = {
        id: rule.id,
        pack: rule.pack,
        severity: rule.severity,
        ...(rule.fix ? { fix: rule.fix } : {}),
        ...(terms.length > 0 ? { terms } : {}),
        ...(rule.pattern !== undefined ? { pattern: rule.pattern } : {}),
        ...(allow.length > 0 ? { allow } : {}),
        ...(rule.allowPattern !== undefined ? { allowPattern: rule.allowPattern } : {}),
        ...(Object.keys(replace).length > 0 ? { replace } : {}),
        ...(rule.fields ? { fields: rule.fields } : {}),
        ...(rule.supersedes ? { supersedes: rule.supersedes } : {}),
        ...(rule.check ? { check: rule.check } : {}),
        message: rule.message,
        suggestion: rule.suggestion,
        source: rule.source,
        ...(rule.sourceEn !== undefined ? { sourceEn: rule.sourceEn } : {}),
        checked: rule.checked,
      };
      rules.push(out);
    }
    shareAllowPhrases(rules.slice(packStart));
  }
  for (const rule of rules) {
    for (const id of rule.supersedes ?? []) {
      const target = rules.find((r) => r.id === id);
      if (!target) problems.push(`${rule.pack}: ${rule.id}: supersedes unknown rule "${id}"`);
      else if (target.pack !== rule.pack)
        problems.push(`${rule.pack}: ${rule.id}: supersedes "${id}" of another pack`);
      else if (target.check || rule.check)
        problems.push(`${rule.pack}: ${rule.id}: only word and pattern rules supersede each other`);
      if (id === rule.id) problems.push(`${rule.pack}: ${rule.id}: supersedes itself`);
    }
  }
  if (problems.length > 0) throw new RuleValidationError(problems);
  return { version: 1, packs, rules };
}

/**
 * Shares the allow phrases of a pack's word rules with the other word rules of the pack that match the
 * same word, in place (compiled `allow` lists). An allow phrase says that its rule's term, in that
 * context, is not a claim: 第一次 is an ordinal, 最好用温水 advice. Another rule whose term overlaps that
 * same word is then looking at the same harmless text, and must not flag it either:
 *
 * its term lies inside the phrase, overlapping the phrase's own term: 最 (absolute-zui) inside 最好用温水
 * (absolute-zuihao) → absolute-zui allows 最好用温水.
 *
 * Never a term that runs on past either end of the phrase: its words are ones the phrase has not vouched
 * for. Lending 第一位 (an ordinal alone) to 全网第一 made 全网第一位 and 中国第一位 pass, and 第一款 made
 * 全网销量第一款 pass: after a ranking word the same ordinal is a ranking claim. Ordinals that stay
 * ordinals after one (中国第一次, 全国第一届) are the ranking rule's own allow phrases. Never to a more severe rule: a warning's exceptions are looser (replica
 * is a warning that allows "replica jersey", since licensed ones exist; "1:1 replica" is an error, and
 * "1:1 replica jersey" a fake shirt). A phrase is not shared when it would equal one of the rule's terms, or
 * when one of the rule's terms also occurs in it apart from the harmless word (the matcher allows every
 * occurrence of a term in a phrase). Only original phrases are shared (no chains), and pattern rules
 * neither give nor take.
 */
export function shareAllowPhrases(packRules: CompiledRule[]): void {
  const derived = new Map<CompiledRule, string[]>();
  for (const giver of packRules) {
    if (!giver.terms || !giver.allow) continue;
    for (const phrase of giver.allow) {
      for (const own of giver.terms) {
        for (let at = phrase.indexOf(own); at !== -1; at = phrase.indexOf(own, at + 1)) {
          for (const taker of packRules) {
            if (taker === giver || !taker.terms) continue;
            if (SEVERITY_RANK[taker.severity] > SEVERITY_RANK[giver.severity]) continue;
            if (taker.terms.includes(phrase) || taker.allow?.includes(phrase)) continue;
            if (!onlyOnWord(phrase, at, at + own.length, taker.terms)) continue;
            const list = derived.get(taker) ?? [];
            if (!list.includes(phrase)) list.push(phrase);
            derived.set(taker, list);
          }
        }
      }
    }
  }
  for (const [rule, phrases] of derived) rule.allow = [...(rule.allow ?? []), ...phrases];
}

/**
 * Whether `terms` occur in `phrase` and every occurrence overlaps its harmless word [at, end): the
 * matcher allows every occurrence of a term inside an allow phrase, so one elsewhere in it would be
 * allowed without the phrase vouching for it.
 */
function onlyOnWord(phrase: string, at: number, end: number, terms: readonly string[]): boolean {
  let found = false;
  for (const t of terms) {
    for (let p = phrase.indexOf(t); p !== -1; p = phrase.indexOf(t, p + 1)) {
      if (p >= end || p + t.length <= at) return false;
      found = true;
    }
  }
  return found;
}
